/** What a secret is replaced with wherever it appears. */
export const SECRET_MASK = '•••';

/**
 * Values shorter than this are not redacted by value: masking every "a" or "12" in a trace would make it
 * unreadable, and such values are still masked by key name (password=…, Authorization: …).
 */
export const MIN_SECRET_LENGTH = 4;

/** How many values one redactor keeps; the oldest tokens go first (a long session obtains many). */
const MAX_VALUES = 2048;

/** Every spelling a value can take on its way out: plain, URL- and form-encoded, base64, JSON-escaped. */
export function secretSpellings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  const spellings = new Set([
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    json,
    JSON.stringify(json).slice(1, -1),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(value, 'utf8').toString('base64url'),
  ]);
  return [...spellings].filter((s) => s.length >= MIN_SECRET_LENGTH);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Knows every secret the host holds (vault values, OAuth passwords and client secrets, tokens obtained,
 * credentials in URLs and Authorization headers) and masks each of them, in every spelling, in any text
 * or JSON-like value, whatever key or sentence it hides in.
 */
export class SecretRedactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | null = null;

  /** Learns a secret (and, for `Basic …` / `Bearer …`, the credential itself); ignores empty and short ones. */
  remember(value: string | null | undefined): void {
    if (typeof value !== 'string') return;
    const credential = /^(?:Basic|Bearer)\s+(\S+)$/i.exec(value.trim())?.[1];
    if (credential) this.remember(credential);
    if (/^Basic\s/i.test(value.trim()) && credential) {
      const decoded = Buffer.from(credential, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0) {
        this.remember(decodeForm(decoded.slice(colon + 1)));
        this.remember(decoded.slice(colon + 1));
      }
    }
    if (value.length < MIN_SECRET_LENGTH || this.values.has(value)) return;
    this.values.add(value);
    if (this.values.size > MAX_VALUES) this.values.delete(this.values.values().next().value as string);
    this.pattern = null;
  }

  /** Learns the password (and user name-with-password pair) of a URL's userinfo, if it has one. */
  rememberUrl(raw: string): void {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw.trim());
    if (!m?.[1]) return;
    const colon = m[1].indexOf(':');
    if (colon < 0) return;
    const password = m[1].slice(colon + 1);
    this.remember(password);
    this.remember(decodeForm(password));
  }

  /** Forgets a secret (it was replaced or cleared); already masked text stays masked. */
  forget(value: string): void {
    if (this.values.delete(value)) this.pattern = null;
  }

  /** Whether the redactor knows any secret. */
  get size(): number {
    return this.values.size;
  }

  /** A text with every known secret masked, in every spelling. */
  redact(text: string): string {
    if (this.values.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
    return text.replace(this.regex(), SECRET_MASK);
  }

  /** A JSON-like value with every string (and key) redacted; other values unchanged. */
  redactDeep<T>(value: T): T {
    return this.deep(value, 0) as T;
  }

  private deep(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (depth > 64 || value === null || typeof value !== 'object' || this.values.size === 0) return value;
    if (Array.isArray(value)) return value.map((v) => this.deep(v, depth + 1));
    // fromEntries defines own properties, so a `__proto__` key stays data and never becomes a prototype.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [this.redact(k), this.deep(v, depth + 1)]),
    );
  }

  private regex(): RegExp {
    if (!this.pattern) {
      const all = new Set<string>();
      for (const v of this.values) for (const s of secretSpellings(v)) all.add(s);
      // Longest first, so a secret that contains another is masked whole.
      const sorted = [...all].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.pattern = new RegExp(sorted.join('|'), 'g');
    }
    this.pattern.lastIndex = 0;
    return this.pattern;
  }
}

function decodeForm(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The host's one redactor: every secret the process learns is remembered here. */
export const hostSecrets = new SecretRedactor();
