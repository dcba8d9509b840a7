import { TextField } from '../../components/TextField';
import { setOAuth, setOAuthField } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { FIELD_HELP } from '../editor/portal-help';
import { problemsAt, spotKey } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';
import { PasswordField } from './PasswordField';

/** OAuth settings shared by both webhooks; the password goes to the host's secret store, never the draft. */
export function SecurityPanel() {
  const oauth = useApp((s) => s.draft?.config.security.oauth ?? null);
  const domainId = useApp((s) => s.draft?.id ?? '');
  const edit = useApp((s) => s.edit);
  const problems = useProblems();
  const tokenId = fieldId({ section: 'security', field: 'token_url' });
  const userId = fieldId({ section: 'security', field: 'username' });

  return (
    <div className="webhook-editor">
      <section className="card" aria-labelledby="security-heading">
        <h2 id="security-heading">Webhook Security</h2>
        <p className="section-description">{FIELD_HELP.oauth}</p>
        <div className="form-field">
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={oauth !== null}
              onChange={(e) =>
                edit((d) => setOAuth(d, e.target.checked ? { token_url: '', username: '' } : null))
              }
            />
            <span className="switch-track" aria-hidden="true" />
            Use OAuth authentication
          </label>
        </div>
        {oauth && (
          <>
            <TextField
              id={tokenId}
              label="Token URL"
              type="url"
              placeholder="https://hr.example.com/oauth/token"
              value={oauth.token_url}
              hint={FIELD_HELP.token_url}
              problems={problemsAt(problems, spotKey({ section: 'security', field: 'token_url' }))}
              onValue={(v) => edit((d) => setOAuthField(d, 'token_url', v), typingGroup(tokenId, v))}
            />
            <TextField
              id={userId}
              label="Username"
              value={oauth.username}
              hint={FIELD_HELP.oauth_username}
              problems={problemsAt(problems, spotKey({ section: 'security', field: 'username' }))}
              onValue={(v) => edit((d) => setOAuthField(d, 'username', v), typingGroup(userId, v))}
            />
            <PasswordField
              key={domainId}
              domainId={domainId}
              problems={problemsAt(problems, spotKey({ section: 'security', field: 'password' }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
