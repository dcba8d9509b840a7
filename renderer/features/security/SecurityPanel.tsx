import { setOAuth } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { FIELD_HELP } from '../editor/portal-help';
import { problemsAt, spotKey } from '../problems/problem-index';
import { useProblems } from '../problems/useProblems';
import { useShownProblems } from '../problems/useTouched';
import { OAuthTextField } from './OAuthTextField';
import { PasswordField } from './PasswordField';

/** OAuth settings shared by both webhooks; the password goes to the host's secret store, never the draft. */
export function SecurityPanel() {
  const oauth = useApp((s) => s.draft?.config.security.oauth ?? null);
  const domainId = useApp((s) => s.draft?.id ?? '');
  const edit = useApp((s) => s.edit);
  const problems = useProblems();
  const touch = useApp((s) => s.touchSpot);
  // Messages show once a field was edited or left, not the moment OAuth is switched on.
  const passwordSpot = spotKey({ section: 'security', field: 'password' });
  const passwordProblems = useShownProblems(passwordSpot, problemsAt(problems, passwordSpot));

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
            <OAuthTextField
              field="token_url"
              label="Token URL"
              type="url"
              placeholder="https://hr.example.com/oauth/token"
              value={oauth.token_url}
              hint={FIELD_HELP.token_url}
              problems={problems}
            />
            <OAuthTextField
              field="username"
              label="Username"
              value={oauth.username}
              hint={FIELD_HELP.oauth_username}
              problems={problems}
            />
            <PasswordField
              key={domainId}
              domainId={domainId}
              problems={passwordProblems}
              onTouched={() => touch(passwordSpot)}
            />
          </>
        )}
      </section>
    </div>
  );
}
