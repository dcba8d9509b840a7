import type { Problem } from './problem';
import { quote } from './wording';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WEB_SCHEME = /^https?:\/\//i;

/**
 * The domain's base URL: not a server rule, but the client refuses plain http to anything but loopback
 * (admin-api.md, Conventions), so a publish to it would fail. Empty is fine until the admin connects.
 */
export function checkDomain(baseUrl: string, out: Problem[]): void {
  if (baseUrl === '') return;
  let url: URL | undefined;
  try {
    url = baseUrl.trim() === baseUrl && WEB_SCHEME.test(baseUrl) ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  let message: string | undefined;
  if (!url || url.hostname === '') {
    message = `Domain URL ${quote(baseUrl)} is not a full URL; write it like https://acme.mangoapps.com`;
  } else if (url.username !== '' || url.password !== '') {
    // Not a warning: the host refuses to send credentials in a URL (they would be a hidden Basic header).
    out.push({
      severity: 'error',
      path: 'base_url',
      at: { section: 'domain', field: 'base_url' },
      message: `Domain URL "${url.protocol}//${url.host}" contains a user name or password, which is never sent; remove it and enter the admin username and password under Connect`,
    });
    return;
  } else if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    message = `Domain URL ${quote(baseUrl)} must start with https:// (plain http is only for this computer)`;
  }
  if (message)
    out.push({
      severity: 'warning',
      path: 'base_url',
      at: { section: 'domain', field: 'base_url' },
      message,
    });
}
