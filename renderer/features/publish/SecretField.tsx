import { useEffect } from 'react';
import type { SecretName } from '../../../shared/bridge/contract';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApp, useAppStore } from '../../store/store-context';
import { FIELD_HELP } from '../editor/portal-help';
import type { Secrets } from '../security/useSecrets';

/**
 * One host-held secret (API key, admin password), saved like every other field — after a pause, on
 * leaving the field or the tab, and before any host step — but into the host's secret store, then
 * forgotten here: never in the draft, the store or an export.
 */
export function SecretField({
  name,
  label,
  secrets,
  storageNoteId,
}: {
  name: SecretName;
  label: string;
  secrets: Secrets;
  storageNoteId: string;
}) {
  const { status, error, busy, save, clear, pending, setPending, settle } = secrets;
  const saves = useAppStore().secretSaves;
  const domainId = useApp((s) => s.draft?.id ?? '');
  const value = pending[name] ?? '';
  const isSet = status?.set[name] === true;
  const id = `publish-${name.replace('_', '-')}`;
  const key = `${domainId}:${name}`;
  // "API key" keeps its capitals; "Admin password" reads "admin password" inside a sentence.
  const noun = label.replace(/^Admin /, 'admin ');
  const help = FIELD_HELP[name];

  // Leaving the tab (or the domain) saves what was typed, like leaving the field does.
  useEffect(() => () => void saves.saveNow(key), [saves, key]);

  function onChange(next: string) {
    setPending(name, next);
    if (!next) return saves.cancel(key);
    saves.schedule(key, async () => {
      if (await save(name, next)) settle(name, next);
    });
  }

  function onClear() {
    saves.cancel(key);
    setPending(name, '');
    void clear(name);
  }

  return (
    <div className="form-field secret-field">
      <label htmlFor={id}>{label}</label>
      <div className="input-with-button">
        <input
          id={id}
          className="input"
          type="password"
          autoComplete={name === 'admin_password' ? 'current-password' : 'off'}
          spellCheck={false}
          value={value}
          placeholder={isSet ? '•••••••• (set — type to replace)' : ''}
          aria-describedby={`${id}-help ${id}-state ${storageNoteId}`}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => void saves.saveNow(key)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saves.saveNow(key);
          }}
        />
        {isSet && (
          <Button onClick={onClear} disabled={busy !== null}>
            Clear {noun}
          </Button>
        )}
      </div>
      <div id={`${id}-help`} className="field-hint">
        {help}
      </div>
      <div id={`${id}-state`} className="field-hint" role="status">
        {busy === name
          ? `Saving the ${noun}…`
          : value
            ? 'Typed: saved when you pause or leave the field.'
            : status === null
              ? 'Checking…'
              : isSet
                ? `The ${noun} is set.`
                : `No ${noun} set.`}
      </div>
      <ErrorAlert message={error?.name === name ? error.message : null} />
    </div>
  );
}
