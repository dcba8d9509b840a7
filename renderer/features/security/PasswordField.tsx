import { useState, type FormEvent } from 'react';
import type { Problem } from '../../../shared/validation/problem';
import { Button } from '../../components/Button';
import { FieldMessages } from '../../components/FieldMessages';
import { useApp } from '../../store/store-context';
import { FIELD_HELP } from '../editor/portal-help';
import { fieldId } from '../problems/targets';
import { usePasswordStatus } from './usePasswordStatus';

const MEMORY_NOTE = 'Browser shell: the password is kept in memory only and forgotten when the host stops.';

/**
 * The OAuth password: typed here, handed straight to the host's secret store and then forgotten. It
 * lives only in this input's state until saved, never in the draft, the store or an export.
 */
export function PasswordField({ domainId, problems }: { domainId: string; problems: readonly Problem[] }) {
  const [value, setValue] = useState('');
  const { status, error, busy, save, clear } = usePasswordStatus(domainId);
  const fallbackStorage = useApp((s) => s.appInfo?.secrets ?? null);
  const storage = status?.storage ?? fallbackStorage;
  const isSet = status?.set.oauth_password === true;
  const id = fieldId({ section: 'security', field: 'password' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value && (await save(value))) setValue('');
  }

  return (
    <form className="form-field password-field" onSubmit={onSubmit} data-native-undo>
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
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" variant="primary" disabled={!value || busy}>
          Save password
        </Button>
        {isSet && (
          <Button onClick={() => void clear()} disabled={busy}>
            Clear password
          </Button>
        )}
      </div>
      <div id={`${id}-help`} className="field-hint">
        {FIELD_HELP.oauth_password}
      </div>
      <div id={`${id}-state`} className="field-hint" role="status">
        {status === null ? 'Checking…' : isSet ? 'A password is set.' : 'No password set.'}
      </div>
      <div
        id={`${id}-storage`}
        className={storage?.kind === 'memory' ? 'field-hint note-warning' : 'field-hint'}
      >
        {storage === null ? '' : storage.kind === 'keychain' ? 'Stored in the OS keychain.' : MEMORY_NOTE}
      </div>
      {error && (
        <div className="field-messages field-messages-error" role="alert">
          {error}
        </div>
      )}
      <FieldMessages id={`${id}-message`} problems={problems} />
    </form>
  );
}
