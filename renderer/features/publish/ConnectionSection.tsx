import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { setAdminUsername } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { FIELD_HELP } from '../editor/portal-help';
import type { Secrets } from '../security/useSecrets';
import { ConnectionResult } from './ConnectionResult';
import { SecretField } from './SecretField';
import { usePublishActions, usePublishState } from './usePublish';

const MEMORY_NOTE =
  'Browser shell: the API key and the password are kept in memory only and forgotten when the host stops.';
const KEYCHAIN_NOTE = 'The API key and the password are stored in the OS keychain, never in the draft.';

/** Where to sign in: the domain URL, the admin account and its secrets, and a connection test. */
export function ConnectionSection({ secrets }: { secrets: Secrets }) {
  const baseUrl = useApp((s) => s.draft?.base_url ?? '');
  const username = useApp((s) => s.draft?.admin_username ?? '');
  const edit = useApp((s) => s.edit);
  const fallbackStorage = useApp((s) => s.appInfo?.secrets ?? null);
  const busy = usePublishState((p) => p.busy);
  const actions = usePublishActions();
  const storage = secrets.status?.storage ?? fallbackStorage;
  const userId = 'publish-admin-username';

  return (
    <section className="card" aria-labelledby="connection-heading">
      <h2 id="connection-heading" tabIndex={-1}>
        Connection
      </h2>
      <p className="section-description">
        Webhook Studio signs in to the domain’s admin API as a network admin to pull and publish the webhook
        settings.
      </p>
      <p className="field-hint" data-testid="connection-target">
        {baseUrl ? (
          <>
            Signs in to <strong>{baseUrl}</strong>, the Domain URL at the top of the page.
          </>
        ) : (
          'Set the Domain URL at the top of the page first.'
        )}
      </p>
      <TextField
        id={userId}
        label="Admin username"
        value={username}
        autoComplete="username"
        placeholder="ada@acme.com"
        hint={FIELD_HELP.admin_username}
        onValue={(v) => edit((d) => setAdminUsername(d, v), typingGroup(userId, v))}
      />
      <SecretField name="api_key" label="API key" secrets={secrets} storageNoteId="publish-secret-storage" />
      <SecretField
        name="admin_password"
        label="Admin password"
        secrets={secrets}
        storageNoteId="publish-secret-storage"
      />
      <p
        id="publish-secret-storage"
        className={storage?.kind === 'memory' ? 'field-hint note-warning' : 'field-hint'}
      >
        {storage === null ? '' : storage.kind === 'keychain' ? KEYCHAIN_NOTE : MEMORY_NOTE}
      </p>
      <ErrorAlert message={secrets.error?.name === null ? secrets.error.message : null} />
      <div className="form-actions">
        <Button
          variant="primary"
          onClick={() => void actions.testConnection(secrets.commitPending)}
          disabled={busy !== null}
        >
          {busy === 'test' ? 'Testing…' : 'Test connection'}
        </Button>
      </div>
      <ConnectionResult />
    </section>
  );
}
