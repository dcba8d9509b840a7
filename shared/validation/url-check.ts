/** What is wrong with a URL that must be absolute https, or `ok`. */
export type UrlVerdict = 'ok' | 'empty' | 'spaces' | 'not_absolute' | 'not_https' | 'credentials';

// Compiled once: checked per call, never per row.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Check a URL the server requires to be absolute https (post_url, token_url). */
export function checkHttpsUrl(value: string): UrlVerdict {
  if (value === '') return 'empty';
  if (value.trim() !== value) return 'spaces';
  if (!HAS_SCHEME.test(value)) return 'not_absolute';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_absolute';
  }
  if (url.protocol !== 'https:') return 'not_https';
  if (url.hostname === '') return 'not_absolute';
  // Credentials in a URL would travel into exports and logs; they belong in OAuth (a host-held secret).
  if (url.username !== '' || url.password !== '') return 'credentials';
  return 'ok';
}

/** The sentence for a failed verdict, naming the setting and the value. */
export function urlMessage(label: string, value: string, verdict: Exclude<UrlVerdict, 'ok'>): string {
  // A password in the URL is never repeated back: the message is shown, logged and exported.
  const safe = value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i, '$1:•••@');
  const shown = safe.length > 60 ? `"${safe.slice(0, 59)}…"` : `"${safe}"`;
  switch (verdict) {
    case 'empty':
      return `${label} is empty`;
    case 'spaces':
      return `${label} ${shown} has spaces at the start or end`;
    case 'not_absolute':
      return `${label} ${shown} is not a full URL; write it like https://hr.example.com/hooks`;
    case 'not_https':
      return `${label} ${shown} must start with https://`;
    case 'credentials':
      return `${label} ${shown} contains a user name or password, which is never sent; remove it and set the credentials under Security › OAuth (the password is kept as a secret)`;
  }
}
