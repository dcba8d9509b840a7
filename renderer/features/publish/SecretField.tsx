import type { FormEvent } from 'react';
import type { SecretName } from '../../../shared/bridge/contract';
import { Button } from '../../components/Button';
import { FIELD_HELP } from '../editor/portal-help';
import type { Secrets } from './useSecrets';

/**
 * One host-held secret (API key, admin password): typed here, handed to the host's secret store and then
 * forgotten. Until saved it lives only in the section's state (Test connection and Pull save it first),
 * never in the draft, the store or an export.
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
  const { status, error, busy, save, clear, pending, setPending } = secrets;
  const value = pending[name] ?? '';
  const setValue = (v: string) => setPending(name, v);
  const isSet = status?.set[name] === true;
  const id = `publish-${name.replace('_', '-')}`;
  // "API key" keeps its capitals; "Admin password" reads "admin password" inside a sentence.
  const noun = label.replace(/^Admin /, 'admin ');
  const help = FIELD_HELP[name];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value && (await save(name, value))) setValue('');
  }

  return (
    <form className="form-field secret-field" onSubmit={onSubmit} data-native-undo>
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
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" variant="primary" disabled={!value || busy !== null}>
          Save {noun}
        </Button>
        {isSet && (
          <Button onClick={() => void clear(name)} disabled={busy !== null}>
            Clear {noun}
          </Button>
        )}
      </div>
      <div id={`${id}-help`} className="field-hint">
        {help}
      </div>
      <div id={`${id}-state`} className="field-hint" role="status">
        {value
          ? `Typed: Test connection and Pull save it before they sign in.`
          : status === null
            ? 'Checking…'
            : isSet
              ? `The ${noun} is set.`
              : `No ${noun} set.`}
      </div>
      {error?.name === name && (
        <div className="field-messages field-messages-error" role="alert">
          {error.message}
        </div>
      )}
    </form>
  );
}
