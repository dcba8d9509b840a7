import type { Security } from '../model/webhook';
import type { Problem } from './problem';
import { checkHttpsUrl, urlMessage } from './url-check';

/** The server's limit on the OAuth username, in characters. */
export const USERNAME_MAX = 200;

/** OAuth, when set: token_url absolute https, username 1–200 characters. The password is a host secret. */
export function checkSecurity(security: Security, out: Problem[]): void {
  const oauth = security.oauth;
  if (!oauth) return;
  const verdict = checkHttpsUrl(oauth.token_url);
  if (verdict !== 'ok') {
    out.push({
      severity: 'error',
      path: 'security.oauth.token_url',
      at: { section: 'security', field: 'token_url' },
      message: urlMessage('Token URL', oauth.token_url, verdict),
    });
  }
  const length = [...oauth.username].length;
  if (length === 0 || length > USERNAME_MAX) {
    out.push({
      severity: 'error',
      path: 'security.oauth.username',
      at: { section: 'security', field: 'username' },
      message:
        length === 0
          ? 'OAuth username is empty'
          : `OAuth username is ${length} characters long; the limit is ${USERNAME_MAX}`,
    });
  }
}
