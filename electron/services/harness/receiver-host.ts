import { randomBytes } from 'node:crypto';
import type { InboxEntryView, ReceiverStatusView, RouteView } from '../../../shared/bridge/harness-schemas';
import { maskHeaders } from './delivery-request';
import { startReceiver, type Receiver, type ReceiverOptions, type RouteSpec } from './receiver';
import type { ReceiverApi } from './receiver-api';

/** The receiver's own account: made up per session, shown in the UI, never the admin's real password. */
export interface ReceiverCredentials {
  username: string;
  password: string;
}

const toSpec = (r: RouteView): RouteSpec => ({
  method: r.method.toUpperCase(),
  path: r.path,
  status: r.status,
  body: r.body,
  delayMs: r.delayMs,
});

/**
 * The app's one local receiver (a mock third party on 127.0.0.1), started and stopped from the UI or on
 * demand. Its routes survive a stop/start within a session. Its token endpoint plays the third party's
 * OAuth server, so a delivery fired at the receiver never needs a real token URL.
 */
export class ReceiverHost {
  private receiver: Receiver | null = null;
  private starting: Promise<Receiver> | null = null;
  private routes: RouteView[] = [];
  private api: (ReceiverApi & { domainId: string }) | null = null;
  /**
   * Per session and random: the token endpoint accepts only these (password grant and client
   * credentials alike), so it can never confirm the admin's real OAuth password to another process.
   */
  readonly credentials: ReceiverCredentials;
  private readonly options: Pick<ReceiverOptions, 'port' | 'onCapture' | 'inboxSize' | 'addRoute'>;

  /**
   * `port`, `onCapture`, `inboxSize` and `addRoute` as startReceiver takes them, and `credentials` to use instead of
   * made-up ones (the command line's receiver takes its account from the environment).
   */
  constructor(
    options: Pick<ReceiverOptions, 'port' | 'onCapture' | 'inboxSize' | 'addRoute'> & {
      credentials?: ReceiverCredentials;
    } = {},
  ) {
    const { credentials, ...rest } = options;
    this.options = rest;
    this.credentials = credentials ?? {
      username: `receiver-${randomBytes(3).toString('hex')}`,
      password: randomBytes(18).toString('base64url'),
    };
  }

  /** Whether it runs, its URL, routes and inbox size. */
  status(): ReceiverStatusView {
    return {
      running: this.receiver !== null,
      url: this.receiver?.url ?? null,
      routes: this.routes.map((r) => ({ ...r })),
      inbox: this.receiver?.inbox.size ?? 0,
      credentials: { ...this.credentials },
      api: this.api
        ? { domain_id: this.api.domainId, title: this.api.title, operations: this.api.contracts.length }
        : null,
    };
  }

  /** The running receiver, started if needed. */
  async ensure(): Promise<Receiver> {
    if (this.receiver) return this.receiver;
    const { username, password } = this.credentials;
    this.starting ??= startReceiver({
      ...this.options,
      oauth: { users: [{ username, password }], clients: [{ clientId: username, clientSecret: password }] },
    })
      .then(async (receiver) => {
        for (const route of this.routes) receiver.setRoute(toSpec(route));
        await receiver.setApi(this.api);
        this.receiver = receiver;
        return receiver;
      })
      .finally(() => {
        this.starting = null;
      });
    return this.starting;
  }

  /** Stops it (idempotent); captured requests go with it. */
  async stop(): Promise<void> {
    const receiver = this.receiver ?? (this.starting ? await this.starting : null);
    this.receiver = null;
    await receiver?.stop();
  }

  /** Replaces the scripted routes. */
  setRoutes(routes: readonly RouteView[]): void {
    this.routes = routes.map((r) => ({ ...r, method: r.method.toUpperCase() }));
    const receiver = this.receiver;
    if (!receiver) return;
    receiver.clearRoutes();
    for (const route of this.routes) receiver.setRoute(toSpec(route));
  }

  /**
   * Behave like a domain's API description on paths no route answers (null: the default echo);
   * resolves once a running receiver answers like it.
   */
  async setApi(api: (ReceiverApi & { domainId: string }) | null): Promise<void> {
    this.api = api;
    await this.receiver?.setApi(api);
  }

  /** Captured requests, newest first, credentials masked; `clear` empties the inbox first. */
  inbox(clear = false): InboxEntryView[] {
    if (!this.receiver) return [];
    if (clear) this.receiver.inbox.clear();
    return this.receiver.inbox
      .list()
      .reverse()
      .map((e) => ({ ...e, headers: maskHeaders(e.headers), response: { ...e.response } }));
  }

  /** The receiver if it runs. */
  get current(): Receiver | null {
    return this.receiver;
  }
}
