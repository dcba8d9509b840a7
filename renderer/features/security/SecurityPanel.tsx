import { TextField } from '../../components/TextField';
import { setOAuth, setOAuthField } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { FIELD_HELP } from '../editor/portal-help';
import { problemsAt, spotKey } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';
import { useShownProblems } from '../problems/useTouched';
import { PasswordField } from './PasswordField';

/** OAuth settings shared by both webhooks; the password goes to the host's secret store, never the draft. */
export function SecurityPanel() {
  const oauth = useApp((s) => s.draft?.config.security.oauth ?? null);
  const domainId = useApp((s) => s.draft?.id ?? '');
  const edit = useApp((s) => s.edit);
  const problems = useProblems();
  const tokenId = fieldId({ section: 'security', field: 'token_url' });
  const userId = fieldId({ section: 'security', field: 'username' });
  const touch = useApp((s) => s.touchSpot);
  // Messages show once a field was edited or left, not the moment OAuth is switched on.
  const spot = (field: 'token_url' | 'username' | 'password') => spotKey({ section: 'security', field });
  const tokenProblems = useShownProblems(spot('token_url'), problemsAt(problems, spot('token_url')));
  const userProblems = useShownProblems(spot('username'), problemsAt(problems, spot('username')));
  const passwordProblems = useShownProblems(spot('password'), problemsAt(problems, spot('password')));

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
              problems={tokenProblems}
              onBlur={() => touch(spot('token_url'))}
              onValue={(v) => {
                touch(spot('token_url'));
                edit((d) => setOAuthField(d, 'token_url', v), typingGroup(tokenId, v));
              }}
            />
            <TextField
              id={userId}
              label="Username"
              value={oauth.username}
              hint={FIELD_HELP.oauth_username}
              problems={userProblems}
              onBlur={() => touch(spot('username'))}
              onValue={(v) => {
                touch(spot('username'));
                edit((d) => setOAuthField(d, 'username', v), typingGroup(userId, v));
              }}
            />
            <PasswordField
              key={domainId}
              domainId={domainId}
              problems={passwordProblems}
              onTouched={() => touch(spot('password'))}
            />
          </>
        )}
      </section>
    </div>
  );
}
