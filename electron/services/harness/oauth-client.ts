import { AppError } from '../../../shared/bridge/envelope';
import { sharedPool, type NetPool } from '../net/net-pool';
import { assertSecureUrl, describeNetworkError } from '../net/network-error';
import { hostSecrets } from '../secrets/redactor';
import { badTokenResponse, tokenAnswerError } from './oauth-errors';

/** How to get a token: the contract's password grant, or client credentials; client auth in Basic or body. */
export interface OAuthSettings {
  tokenUrl: string;
  grant: 'password' | 'client_credentials';
  /** Resource owner, for the password grant (the Webhook Security page's Username / Password). */
  username?: string;
  password?: string;
  clientId?: string;
  clientSecret?: string;
  /** Where the client id / secret go: `basic` (RFC 6749 §2.3.1), `body`, or `none`. Default: basic when a client id is set. */
  clientAuth?: 'basic' | 'body' | 'none';
  scope?: string;
}

/** A token ready to send, and whether it came from the cache. */
export interface AccessToken {
  accessToken: string;
  tokenType: string;
  /** Epoch ms after which it is not reused; null when the endpoint gave no expires_in (reused until a 401). */
  expiresAt: number | null;
  source: 'obtained' | 'reused';
  ms: number;
}

/** Options of the client. */
export interface OAuthClientOptions {
  timeoutMs?: number;
  /**
   * A token is dropped this long before it expires (default 0: reused until expires_in passes, as
   * MangoApps does; one that dies in flight gets the 401 retry like any refused token).
   */
  skewMs?: number;
  /** Clock in epoch ms (tests inject one). */
  now?: () => number;
  /**
   * The credentials are shown to the admin anyway (the local receiver's own account), so they are not
   * added to the host's secrets; tokens obtained still are.
   */
  publicCredentials?: boolean;
  /** Connection pools and proxy routes (default: the process's, from the network settings). */
  pool?: NetPool;
}

type Cached = Omit<AccessToken, 'source' | 'ms'>;

/** `application/x-www-form-urlencoded` of one value, as RFC 6749 §2.3.1 requires before base64. */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** The Basic `Authorization` value for a client id and secret (RFC 6749 §2.3.1). */
export function basicClientAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString('base64')}`;
}

/** How the Webhook Security page's Username / Password are used against the token URL. */
export type DraftOAuthMode = 'password' | 'client_credentials_basic' | 'client_credentials_body';

/**
 * Settings from a draft's OAuth section and the password from the vault: the contract's password grant
 * by default; as options, the username and password as client id and secret with the client credentials
 * grant, sent in a Basic header or in the body.
 */
export function oauthSettingsFromDraft(
  oauth: { token_url: string; username: string },
  password: string,
  mode: DraftOAuthMode = 'password',
): OAuthSettings {
  if (mode === 'password') {
    return { tokenUrl: oauth.token_url, grant: 'password', username: oauth.username, password };
  }
  return {
    tokenUrl: oauth.token_url,
    grant: 'client_credentials',
    clientId: oauth.username,
    clientSecret: password,
    clientAuth: mode === 'client_credentials_basic' ? 'basic' : 'body',
  };
}

/**
 * Gets tokens from any standards-compliant OAuth 2.0 token endpoint and caches one until it expires.
 * Concurrent callers share one request; `invalidate` drops a token a target refused (the 401 path).
 */
export class OAuthClient {
  private cached: Cached | null = null;
  private inflight: Promise<Cached> | null = null;
  private readonly now: () => number;
  /** Token requests sent, for tests and the step trace. */
  requests = 0;

  constructor(
    readonly settings: OAuthSettings,
    private readonly options: OAuthClientOptions = {},
  ) {
    assertSecureUrl(settings.tokenUrl, 'Token URL');
    // Known before the first request, so an endpoint that echoes them cannot put them in a log.
    if (!options.publicCredentials) {
      hostSecrets.remember(settings.password);
      hostSecrets.remember(settings.clientSecret);
    }
    hostSecrets.rememberUrl(settings.tokenUrl);
    this.now = options.now ?? Date.now;
  }

  /** A valid token: the cached one, or a fresh one. */
  async token(): Promise<AccessToken> {
    const started = performance.now();
    const cached = this.cached;
    if (cached && (cached.expiresAt === null || this.now() < cached.expiresAt)) {
      return { ...cached, source: 'reused', ms: performance.now() - started };
    }
    this.cached = null;
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = null;
    });
    const fresh = await this.inflight;
    return { ...fresh, source: 'obtained', ms: performance.now() - started };
  }

  /** Forgets the cached token (only `rejected` when given, so parallel 401s refresh once). */
  invalidate(rejected?: string): void {
    if (rejected === undefined || this.cached?.accessToken === rejected) this.cached = null;
  }

  private form(): { form: Record<string, string>; headers: Record<string, string> } {
    const s = this.settings;
    const form: Record<string, string> = { grant_type: s.grant };
    const headers: Record<string, string> = {};
    if (s.grant === 'password') {
      if (!s.username) throw new AppError('invalid_input', 'The password grant needs a username.');
      form['username'] = s.username;
      form['password'] = s.password ?? '';
    }
    const auth = s.clientAuth ?? (s.clientId ? 'basic' : 'none');
    if (auth !== 'none') {
      if (!s.clientId)
        throw new AppError('invalid_input', `Client authentication (${auth}) needs a client id.`);
      if (auth === 'basic') {
        headers['authorization'] = basicClientAuth(s.clientId, s.clientSecret ?? '');
        if (!this.options.publicCredentials) hostSecrets.remember(headers['authorization']);
      } else {
        form['client_id'] = s.clientId;
        if (s.clientSecret !== undefined) form['client_secret'] = s.clientSecret;
      }
    } else if (s.grant === 'client_credentials') {
      throw new AppError('invalid_input', 'The client credentials grant needs a client id and secret.');
    }
    if (s.scope) form['scope'] = s.scope;
    return { form, headers };
  }

  private async fetch(): Promise<Cached> {
    const { form, headers } = this.form();
    const target = this.settings.tokenUrl;
    this.requests++;
    // Loaded on the first token request: most runs have no OAuth, and got is a large client.
    const { default: got } = await import('got');
    let res;
    try {
      const agent = await (this.options.pool ?? sharedPool()).gotAgent(new URL(target));
      res = await got.post(target, {
        form,
        headers: { accept: 'application/json', ...headers },
        timeout: { request: this.options.timeoutMs ?? 10_000 },
        retry: { limit: 0 },
        throwHttpErrors: false,
        followRedirect: false,
        responseType: 'text',
        agent,
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      // The cause lets the trace tell a proxy or certificate failure from refused credentials.
      throw Object.assign(describeNetworkError(error, target), { cause: error });
    }
    const answer = {
      status: res.statusCode,
      contentType: String(res.headers['content-type'] ?? ''),
      body: res.body,
    };
    if (res.statusCode < 200 || res.statusCode >= 300) throw tokenAnswerError(answer, this.settings.grant);
    let data: unknown;
    try {
      data = JSON.parse(res.body);
    } catch {
      throw tokenAnswerError(answer, this.settings.grant);
    }
    return this.accept(data);
  }

  private accept(data: unknown): Cached {
    if (!data || typeof data !== 'object') throw badTokenResponse('not a JSON object');
    const d = data as Record<string, unknown>;
    if (typeof d['access_token'] !== 'string' || d['access_token'] === '')
      throw badTokenResponse('no access_token');
    hostSecrets.remember(d['access_token']);
    if (typeof d['refresh_token'] === 'string') hostSecrets.remember(d['refresh_token']);
    const tokenType = typeof d['token_type'] === 'string' ? d['token_type'] : 'Bearer';
    if (tokenType.toLowerCase() !== 'bearer') {
      throw badTokenResponse(`token_type "${tokenType}" is not Bearer, the only type a delivery can send`);
    }
    const raw = d['expires_in'];
    const seconds =
      typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    let expiresAt: number | null = null;
    if (Number.isFinite(seconds) && seconds > 0) {
      const lifetime = seconds * 1000;
      expiresAt = this.now() + lifetime - Math.min(this.options.skewMs ?? 0, lifetime / 2);
    }
    this.cached = { accessToken: d['access_token'], tokenType: 'Bearer', expiresAt };
    return this.cached;
  }
}
