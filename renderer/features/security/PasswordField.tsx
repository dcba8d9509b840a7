import { useEffect, useState } from 'react';
import type { Problem } from '../../../shared/validation/problem';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldMessages } from '../../components/FieldMessages';
import { useApp, useAppStore } from '../../store/store-context';
import { FIELD_HELP } from '../editor/portal-help';
import { fieldId } from '../problems/targets';
import { usePasswordStatus } from './usePasswordStatus';

const MEMORY_NOTE = 'Browser shell: the password is kept in memory only and forgotten when the host stops.';

/**
 * The OAuth password, saved like every other field (after a pause, on leaving the field, and before any
 * host step), but into the host's secret store: never the draft, the app store or an export.
 */
export function PasswordField({
  domainId,
  problems,
  onTouched,
}: {
  domainId: string;
  problems: readonly Problem[];
  onTouched(): void;
}) {
  const [value, setValue] = useState('');
  const [typed, setTyped] = useState(false);
  const { status, error, busy, save, clear } = usePasswordStatus(domainId);
  const saves = useAppStore().secretSaves;
  const fallbackStorage = useApp((s) => s.appInfo?.secrets ?? null);
  const storage = status?.storage ?? fallbackStorage;
  const isSet = status?.set.oauth_password === true;
  const id = fieldId({ section: 'security', field: 'password' });
  const key = `${domainId}:oauth_password`;

  // Leaving the tab (or the domain) saves what was typed, like leaving the field does.
  useEffect(() => () => void saves.saveNow(key), [saves, key]);

  function onChange(next: string) {
    setValue(next);
    onTouched();
    if (!next) return saves.cancel(key);
    setTyped(true);
    saves.schedule(key, async () => {
      if (await save(next)) setTyped(false);
    });
  }

  function onClear() {
    saves.cancel(key);
    setValue('');
    setTyped(false);
    void clear();
  }

  const state =
    status === null
      ? 'Checking…'
      : busy
        ? 'Saving the password…'
        : typed
          ? 'Typed: saved when you pause or leave the field.'
          : isSet
            ? 'A password is set.'
            : 'No password set.';

  return (
    <div className="form-field password-field">
      <label htmlFor={id}>Password</label>
      <div className="input-with-button">
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="new-password"
          value={value}
          placeholder={isSet ? '•••••••• (set — type to replace)' : ''}
          aria-describedby={`${id}-help ${id}-state ${id}-storage${problems.length ? ` ${id}-message` : ''}`}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => {
            onTouched();
            void saves.saveNow(key);
          }}
        />
        {isSet && (
          <Button onClick={onClear} disabled={busy}>
            Clear password
          </Button>
        )}
      </div>
      <div id={`${id}-help`} className="field-hint">
        {FIELD_HELP.oauth_password}
      </div>
      <div id={`${id}-state`} className="field-hint" role="status">
        {state}
      </div>
      <div
        id={`${id}-storage`}
        className={storage?.kind === 'memory' ? 'field-hint note-warning' : 'field-hint'}
      >
        {storage === null ? '' : storage.kind === 'keychain' ? 'Stored in the OS keychain.' : MEMORY_NOTE}
      </div>
      <ErrorAlert message={error} />
      <FieldMessages id={`${id}-message`} problems={problems} />
    </div>
  );
}
