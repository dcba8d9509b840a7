import { hostSecrets, SECRET_MASK } from '../secrets/redactor';

/** What a redacted secret is replaced with. */
export const REDACTED = SECRET_MASK;

/** Keys whose values are secrets wherever they appear (JSON bodies, forms, query strings, headers). */
const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[_-]?key|password|passwd|client[_-]?secret|secret|access[_-]?token|refresh[_-]?token|id[_-]?token|token|session[_-]?id|_token)$/i;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const NOTIFY_SECRET = /(\/notify\/)[^/?#]+?(\.json)?(?=$|[?#])/;

/** Whether a key names a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A notify URL with its secret part masked: the secret authenticates the caller (admin-api.md). */
export function maskNotifyUrl(url: string): string {
  return url.replace(NOTIFY_SECRET, `$1${REDACTED}$2`);
}

/** A URL with secret query parameters and the notify secret masked; other text unchanged. */
export function redactUrl(raw: string): string {
  hostSecrets.rememberUrl(raw);
  raw = hostSecrets.redact(raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i, `$1:${REDACTED}@`));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  let changed = false;
  for (const key of [...url.searchParams.keys()]) {
    if (isSecretKey(key)) {
      url.searchParams.set(key, REDACTED);
      changed = true;
    }
  }
  const masked = maskNotifyUrl(changed ? url.href : raw);
  return changed ? masked.replace(encodeURIComponent(REDACTED), REDACTED) : masked;
}

/** Any JSON-like value with secret keys masked, deeply; strings go through `redactText`. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        isSecretKey(k) && v !== null && v !== undefined && v !== '' ? maskKeepingScheme(v) : redactValue(v);
    }
    return out;
  }
  return value;
}

function maskKeepingScheme(value: unknown): string {
  const scheme = typeof value === 'string' ? /^(Bearer|Basic)\s/i.exec(value)?.[1] : undefined;
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}

/**
 * A text with secrets masked: a JSON document by key, a form body by field, a URL by query and notify
 * secret, and `Bearer …` / `Basic …` credentials anywhere.
 */
export function redactText(text: string): string {
  text = hostSecrets.redact(text);
  const trimmed = text.trim();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && trimmed.length > 1) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed)));
    } catch {
      // not JSON after all; fall through
    }
  }
  if (/^https?:\/\//i.test(trimmed)) return redactUrl(trimmed);
  if (/^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/.test(trimmed)) {
    const form = new URLSearchParams(trimmed);
    let changed = false;
    for (const key of [...form.keys()]) {
      if (isSecretKey(key)) {
        form.set(key, REDACTED);
        changed = true;
      }
    }
    if (changed) return form.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
  }
  return text.replace(BEARER, `$1 ${REDACTED}`);
}
