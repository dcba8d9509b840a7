import { randomBytes } from 'node:crypto';

/** The receiver's OAuth 2.0 token endpoint: who may get tokens, for how long, and whether routes need one. */
export interface ReceiverOAuthOptions {
  /** Registered clients (client credentials grant, or client authentication on the password grant). */
  clients?: { clientId: string; clientSecret: string }[];
  /** Resource owners for the password grant. */
  users?: { username: string; password: string }[];
  /** expires_in of issued tokens (default 3600). */
  ttlSeconds?: number;
  /** Answer 401 on every route unless the request carries a valid Bearer token. */
  requireBearer?: boolean;
  /** The password grant also needs client authentication. */
  requireClientAuth?: boolean;
  /** Failed token requests allowed per window before every request is refused with 429 (default 10). */
  maxFailures?: number;
  /** The window of `maxFailures`, in ms (default 60 s). */
  failureWindowMs?: number;
}

/** One token request as the endpoint saw it (never the secrets). */
export interface TokenRequestLog {
  grant_type: string;
  clientAuth: 'basic' | 'body' | 'none';
  clientId?: string;
  username?: string;
  status: number;
  error?: string;
}

/** An answer of the token endpoint. */
export interface TokenReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const formDecode = (s: string): string => new URLSearchParams(`v=${s}`).get('v') ?? '';

/** Client credentials from a Basic header, decoded as RFC 6749 §2.3.1 says (form-encoded, then base64). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return { id: formDecode(text.slice(0, colon)), secret: formDecode(text.slice(colon + 1)) };
}

/** A small but standards-following token endpoint (RFC 6749 §4.3, §4.4, §5), for tests and demos. */
export class ReceiverOAuth {
  private readonly tokens = new Map<string, number>();
  private readonly requests: TokenRequestLog[] = [];
  /** When recent failed requests happened (epoch ms), to stop guessing. */
  private failures: number[] = [];
  requireBearer: boolean;

  constructor(
    private readonly options: ReceiverOAuthOptions,
    private readonly now: () => number,
  ) {
    this.requireBearer = options.requireBearer ?? false;
  }

  /** Token requests so far, oldest first (last 100). */
  log(): TokenRequestLog[] {
    return [...this.requests];
  }

  /** Tokens issued so far. */
  get issued(): number {
    return this.requests.filter((r) => r.status === 200).length;
  }

  /** Makes every issued token invalid, so the next delivery gets a 401. */
  revokeAll(): void {
    this.tokens.clear();
  }

  /** Whether an Authorization header carries a token this endpoint issued and that has not expired. */
  checkBearer(header: string | undefined): boolean {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const expiresAt = m ? this.tokens.get(m[1] as string) : undefined;
    return expiresAt !== undefined && this.now() < expiresAt;
  }

  /** Answers `POST /oauth/token`. */
  token(contentType: string, body: string, authorization: string | undefined): TokenReply {
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type') ?? '';
    const basic = basicCredentials(authorization);
    const bodyClient = form.get('client_id');
    const entry: TokenRequestLog = {
      grant_type: grant,
      clientAuth: basic ? 'basic' : bodyClient !== null ? 'body' : 'none',
      status: 200,
    };
    const clientId = basic?.id ?? bodyClient ?? undefined;
    if (clientId !== undefined) entry.clientId = clientId;
    if (form.get('username') !== null) entry.username = form.get('username') ?? '';
    const reply = this.throttled() ?? this.decide(contentType, form, basic, entry);
    if (reply.status === 400 || reply.status === 401) this.failures.push(this.now());
    entry.status = reply.status;
    if (reply.status !== 200) entry.error = (reply.body as { error: string }).error;
    this.requests.push(entry);
    if (this.requests.length > 100) this.requests.shift();
    return reply;
  }

  /** A 429 while too many requests failed recently: the endpoint must not be a password oracle. */
  private throttled(): TokenReply | null {
    const window = this.options.failureWindowMs ?? 60_000;
    const since = this.now() - window;
    this.failures = this.failures.filter((t) => t > since);
    if (this.failures.length < (this.options.maxFailures ?? 10)) return null;
    const retry = Math.max(1, Math.ceil(((this.failures[0] ?? 0) + window - this.now()) / 1000));
    return {
      status: 429,
      headers: { 'Cache-Control': 'no-store', 'Retry-After': String(retry) },
      body: {
        error: 'too_many_attempts',
        error_description: `Too many failed token requests; try again in ${retry} s.`,
      },
    };
  }

  private decide(
    contentType: string,
    form: URLSearchParams,
    basic: { id: string; secret: string } | null,
    entry: TokenRequestLog,
  ): TokenReply {
    const fail = (
      status: number,
      error: string,
      description: string,
      headers: Record<string, string> = {},
    ) => ({
      status,
      headers: { 'Cache-Control': 'no-store', ...headers },
      body: { error, error_description: description },
    });
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      return fail(400, 'invalid_request', 'The token request must be application/x-www-form-urlencoded.');
    }
    if (basic && form.get('client_id') !== null) {
      return fail(400, 'invalid_request', 'Use one client authentication method, not two.');
    }
    const grant = entry.grant_type;
    if (grant === '') return fail(400, 'invalid_request', 'grant_type is missing.');
    if (grant !== 'password' && grant !== 'client_credentials') {
      return fail(400, 'unsupported_grant_type', `The ${grant} grant is not supported.`);
    }
    const id = basic?.id ?? form.get('client_id');
    const secret = basic?.secret ?? form.get('client_secret') ?? '';
    const needClient = grant === 'client_credentials' || this.options.requireClientAuth === true;
    if (id !== null || needClient) {
      const known = (this.options.clients ?? []).some((c) => c.clientId === id && c.clientSecret === secret);
      if (!known) {
        const challenge: Record<string, string> = basic
          ? { 'WWW-Authenticate': 'Basic realm="receiver"' }
          : {};
        return fail(401, 'invalid_client', 'Client authentication failed.', challenge);
      }
    }
    if (grant === 'password') {
      const username = form.get('username');
      const password = form.get('password');
      if (username === null || password === null) {
        return fail(400, 'invalid_request', 'The password grant needs username and password.');
      }
      const ok = (this.options.users ?? []).some((u) => u.username === username && u.password === password);
      if (!ok) return fail(400, 'invalid_grant', 'Invalid username or password.');
    }
    const ttl = this.options.ttlSeconds ?? 3600;
    const token = randomBytes(24).toString('base64url');
    if (this.tokens.size >= 10_000) this.tokens.clear();
    this.tokens.set(token, this.now() + ttl * 1000);
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
      body: { access_token: token, token_type: 'Bearer', expires_in: ttl },
    };
  }
}
