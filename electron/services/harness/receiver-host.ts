import type { InboxEntryView, ReceiverStatusView, RouteView } from '../../../shared/bridge/harness-schemas';
import { maskHeaders, startReceiver, type Receiver, type RouteSpec } from './engine';

/** Accounts the receiver's token endpoint accepts: the draft's username with the stored password. */
interface Accounts {
  users: { username: string; password: string }[];
  clients: { clientId: string; clientSecret: string }[];
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
  // Mutated in place: the receiver's token endpoint reads these arrays on every request.
  private readonly accounts: Accounts = { users: [], clients: [] };

  /** Whether it runs, its URL, routes and inbox size. */
  status(): ReceiverStatusView {
    return {
      running: this.receiver !== null,
      url: this.receiver?.url ?? null,
      routes: this.routes.map((r) => ({ ...r })),
      inbox: this.receiver?.inbox.size ?? 0,
    };
  }

  /** The running receiver, started if needed. */
  async ensure(): Promise<Receiver> {
    if (this.receiver) return this.receiver;
    this.starting ??= startReceiver({ oauth: { users: this.accounts.users, clients: this.accounts.clients } })
      .then((receiver) => {
        for (const route of this.routes) receiver.setRoute(toSpec(route));
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

  /** Lets the token endpoint accept this account (password grant and client credentials alike). */
  allow(username: string, password: string): void {
    if (!this.accounts.users.some((u) => u.username === username && u.password === password)) {
      this.accounts.users.splice(0, this.accounts.users.length, { username, password });
      this.accounts.clients.splice(0, this.accounts.clients.length, {
        clientId: username,
        clientSecret: password,
      });
    }
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
