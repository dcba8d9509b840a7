import got, { type Got } from 'got';
import { AppError } from '../../../shared/bridge/envelope';
import { interpretResponse } from '../../../shared/domain-api/interpret';
import { bodyKey } from '../../../shared/domain-api/webhook-content';
import {
  WireFieldsSchema,
  WireLoginSchema,
  WireVersionsSchema,
  WireWebhookSchema,
  type WireWebhook,
} from '../../../shared/domain-api/wire-schemas';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import { sharedPool, type NetPool } from '../net/net-pool';
import { assertSecureUrl, describeNetworkError } from '../net/network-error';
import { hostSecrets } from '../secrets/redactor';
import { domainError } from './domain-error';

/** What it takes to sign in to a domain's admin API. The password and API key are secrets from the vault. */
export interface DomainConnection {
  base_url: string;
  api_key: string;
  username: string;
  password: string;
}

/** The signed-in admin, as `login.json` returns them. */
export interface SessionUser {
  id: string;
  name?: string;
  email?: string;
  user_type?: string;
}

type Method = 'GET' | 'POST' | 'PUT';
interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  data: Record<string, unknown>;
}

const SESSION_COOKIE = '_felix_session_id';

/**
 * The one adapter that speaks admin-api.md to a domain. Sessions are reused and renewed once on 401; reads
 * are retried on network failure (idempotent), writes never are (an ambiguous write is settled by reading
 * back, in the publish flow).
 */
export class DomainClient {
  private readonly http: Got;
  private readonly origin: string;
  private session: string | null = null;
  /** The sign-in under way, shared by calls made together so they open one session, not one each. */
  private signingIn: Promise<SessionUser> | null = null;
  /** HTTP requests sent, for the publish benchmark's round-trip count. */
  roundTrips = 0;
  user: SessionUser | null = null;

  constructor(
    private readonly conn: DomainConnection,
    private readonly options: { timeoutMs?: number; readRetries?: number; pool?: NetPool } = {},
  ) {
    this.origin = assertSecureUrl(conn.base_url, 'Domain URL').origin;
    hostSecrets.remember(conn.api_key);
    hostSecrets.remember(conn.password);
    this.http = got.extend({
      prefixUrl: this.origin,
      timeout: { request: options.timeoutMs ?? 10_000 },
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
      headers: { accept: 'application/json', 'user-agent': 'WebhookStudio' },
    });
  }

  private async send(
    method: Method,
    path: string,
    json: unknown,
    headers: Record<string, string>,
    step: 'login' | 'read' | 'write',
  ): Promise<Sent> {
    const attempts = method === 'GET' ? 1 + (this.options.readRetries ?? 2) : 1;
    let lastError: unknown;
    for (let i = 0; i < attempts; i++) {
      this.roundTrips++;
      try {
        const agent = await (this.options.pool ?? sharedPool()).gotAgent(new URL(this.origin));
        const res = await this.http(path.replace(/^\//, ''), {
          agent,
          method,
          headers: { ...headers, ...(this.session ? { cookie: `${SESSION_COOKIE}=${this.session}` } : {}) },
          ...(json === undefined ? {} : { json }),
        });
        const interpreted = interpretResponse(
          res.statusCode,
          String(res.headers['content-type'] ?? ''),
          res.body,
        );
        if (interpreted.ok) return { status: res.statusCode, headers: res.headers, data: interpreted.data };
        const err = domainError(interpreted, step);
        if (method === 'GET' && res.statusCode >= 500 && i + 1 < attempts) {
          lastError = err;
          continue;
        }
        throw err;
      } catch (error) {
        if (error instanceof AppError) throw error;
        lastError = describeNetworkError(error, this.origin);
        if (i + 1 >= attempts) throw lastError;
      }
    }
    throw lastError;
  }

  /** Sign in; remembers the session cookie for every later call. */
  async login(): Promise<SessionUser> {
    this.session = null;
    const password = Buffer.from(this.conn.password, 'utf8').toString('base64');
    const body = {
      ms_request: { user: { api_key: this.conn.api_key, username: this.conn.username, password } },
    };
    const res = await this.send('POST', '/api/login.json', body, {}, 'login');
    const parsed = WireLoginSchema.safeParse(res.data);
    if (!parsed.success)
      throw new AppError('remote_error', 'The domain signed in but its answer has no user.');
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    const sid =
      cookie?.slice(SESSION_COOKIE.length + 1).split(';')[0] ??
      parsed.data.user.session_id ??
      parsed.data.user._token;
    if (!sid) throw new AppError('remote_error', 'The domain signed in but issued no session.');
    this.session = sid;
    hostSecrets.remember(sid);
    const { session_id: _s, _token: _t, ...user } = parsed.data.user;
    this.user = user;
    return user;
  }

  /** End the session (best effort). */
  async logout(): Promise<void> {
    if (!this.session) return;
    await this.send('POST', '/api/logout.json', { ms_request: {} }, {}, 'read').catch(() => undefined);
    this.session = null;
  }

  /** A call with the session: logs in when needed, and once more when the session has expired. */
  private async call(
    method: Method,
    path: string,
    json?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Sent> {
    const step = method === 'GET' ? 'read' : 'write';
    if (!this.session) await this.signIn();
    const used = this.session;
    try {
      return await this.send(method, path, json, headers, step);
    } catch (error) {
      if (!(error instanceof AppError) || (error as { status?: number }).status !== 401) throw error;
      // Another call may already have renewed the session this one was refused with.
      if (this.session === used || !this.session) await this.signIn();
      return this.send(method, path, json, headers, step);
    }
  }

  private signIn(): Promise<SessionUser> {
    this.signingIn ??= this.login().finally(() => {
      this.signingIn = null;
    });
    return this.signingIn;
  }

  /** The domain's field catalogue for a webhook kind. */
  async fields(kind: WebhookKind): Promise<Field[]> {
    const res = await this.call('GET', `/api/admin/${kind}_fields.json`);
    const parsed = WireFieldsSchema.safeParse(res.data);
    const list = parsed.success ? parsed.data[`${kind}_fields`] : undefined;
    if (!list)
      throw new AppError('remote_error', `The domain's ${kind} field list is not in the expected shape.`);
    return list;
  }

  /** The live webhook and its ETag. */
  async webhook(kind: WebhookKind): Promise<{ wire: WireWebhook; etag: string | null }> {
    const res = await this.call('GET', `/api/admin/webhooks/${kind}.json`);
    return { wire: parseWebhook(res.data, kind), etag: etagOf(res.headers) };
  }

  /** Replace the live webhook; `version` is the one being replaced (If-Match). Never retried. */
  async putWebhook(
    kind: WebhookKind,
    body: Record<string, unknown>,
    version: number,
  ): Promise<{ wire: WireWebhook; etag: string | null }> {
    const res = await this.call(
      'PUT',
      `/api/admin/webhooks/${kind}.json`,
      { ms_request: { [bodyKey(kind)]: body } },
      { 'if-match': `"${version}"` },
    );
    return { wire: parseWebhook(res.data, kind), etag: etagOf(res.headers) };
  }

  /**
   * Whether this session may write, learned without changing anything: a PUT without If-Match is refused
   * with 428 when writes are allowed and with 403 when the API key is Read Only (the contract checks access
   * before the precondition). Null when the domain answers neither way.
   */
  async canWrite(): Promise<boolean | null> {
    try {
      await this.call('PUT', '/api/admin/webhooks/profile.json', { ms_request: {} });
      return null;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 428) return true;
      if (status === 403) return false;
      return null;
    }
  }

  /** The version history, newest first. */
  async versions(kind: WebhookKind) {
    const res = await this.call('GET', `/api/admin/webhooks/${kind}/versions.json`);
    const parsed = WireVersionsSchema.safeParse(res.data);
    if (!parsed.success)
      throw new AppError('remote_error', "The domain's version list is not in the expected shape.");
    return parsed.data.versions;
  }

  /** One earlier version's content. */
  async version(kind: WebhookKind, version: number): Promise<WireWebhook> {
    const res = await this.call('GET', `/api/admin/webhooks/${kind}/versions/${version}.json`);
    return parseWebhook(res.data, kind);
  }
}

function parseWebhook(data: Record<string, unknown>, kind: WebhookKind): WireWebhook {
  const parsed = WireWebhookSchema.safeParse(data[bodyKey(kind)]);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'remote_error',
      `The domain's ${kind} webhook is not in the expected shape (at ${first?.path.join('.') || 'top'}: ${first?.message}).`,
    );
  }
  return parsed.data;
}

function etagOf(headers: Record<string, string | string[] | undefined>): string | null {
  const v = headers.etag;
  return typeof v === 'string' ? v : null;
}
