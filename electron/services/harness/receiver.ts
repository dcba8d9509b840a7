import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NO_ROUTE_HEADER } from './failures';
import type { compileReceiverApi, ReceiverApi } from './receiver-api';
import { Inbox, type InboxEntry } from './receiver-inbox';
import { ReceiverOAuth, type ReceiverOAuthOptions } from './receiver-oauth';
import { compileTemplate, type Template } from './receiver-template';
import { replayEntry, type ReplayOptions, type ReplayResult } from './replay';

/** A scripted answer for `method path` (method `*` matches any). */
export interface RouteSpec {
  method: string;
  path: string;
  status?: number;
  /** A JSON template with `{{field}}` placeholders filled from the request body; text when contentType is not JSON. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/** Options of the local receiver. */
export interface ReceiverOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Captured requests kept (default 500). */
  inboxSize?: number;
  /** Serve `POST /oauth/token` (and optionally require its tokens). */
  oauth?: ReceiverOAuthOptions;
  /** Clock in epoch ms for token expiry. */
  now?: () => number;
  /** Sees each captured request as it is answered (e.g. `webhook-studio receiver` printing it). */
  onCapture?: (entry: InboxEntry) => void;
  /**
   * How a route is added where this receiver runs, for its no-route answer (default: the app's place,
   * "add one under Test › Local receiver"; the command line names its routes file).
   */
  addRoute?: string;
}

/** Where the app adds a route; what the no-route answer says unless the receiver is told otherwise. */
const ADD_ROUTE_IN_APP = 'add one under Test › Local receiver';

/** The local mock third party. */
export interface Receiver {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  setRoute(route: RouteSpec): void;
  removeRoute(method: string, path: string): boolean;
  clearRoutes(): void;
  routes(): RouteSpec[];
  /**
   * Behave like the API of a description on paths no route answers (null: the default echo again).
   * Its schema validator and sampler load on first use; resolves once they have (requests arriving
   * meanwhile wait for them rather than get the no-route answer).
   */
  setApi(api: ReceiverApi | null): Promise<void>;
  /** The description it behaves like, if any. */
  api(): { title: string; operations: number } | null;
  inbox: Inbox;
  /** The token endpoint, when enabled. */
  oauth: ReceiverOAuth | null;
  /** Re-sends a captured request (optionally edited) to a URL. */
  replay(id: string, options: ReplayOptions): Promise<ReplayResult>;
  stop(): Promise<void>;
}

interface CompiledRoute {
  spec: RouteSpec;
  fill: Template;
  json: boolean;
}

const MAX_BODY = 1024 * 1024;
const KEEP_BODY = 64 * 1024;
const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * Whether a request names the receiver itself: a DNS-rebinding page reaches 127.0.0.1 with
 * `Host: evil.com:<port>`, so only the loopback names with the receiver's port are answered.
 */
function hostAllowed(host: string | undefined, port: number): boolean {
  const h = (host ?? '').toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

function reply(res: ServerResponse, status: number, body: string, contentType: string, headers = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** Starts the receiver on 127.0.0.1 only: scripted routes, a default answer, an inbox, an optional token endpoint. */
export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const routes = new Map<string, CompiledRoute>();
  const inbox = new Inbox(options.inboxSize ?? 500);
  const oauth = options.oauth ? new ReceiverOAuth(options.oauth, options.now ?? Date.now) : null;
  const addRoute = options.addRoute ?? ADD_ROUTE_IN_APP;
  let seq = 0;
  let api: {
    info: ReceiverApi;
    answer: ReturnType<typeof compileReceiverApi> | null;
    ready: Promise<void>;
  } | null = null;
  const pending = new Set<NodeJS.Timeout>();

  const handle = (req: IncomingMessage, res: ServerResponse, text: string): void => {
    const method = req.method ?? 'GET';
    const full = req.url ?? '/';
    const path = full.split('?')[0] ?? '/';
    const headers = flatHeaders(req);
    if (oauth && method === 'POST' && path === '/oauth/token') {
      // Token requests carry secrets: answered, logged without them, never captured in the inbox.
      const r = oauth.token(headers['content-type'] ?? '', text, headers['authorization']);
      reply(res, r.status, JSON.stringify(r.body), 'application/json', r.headers);
      return;
    }
    // Numbered among the captured requests only, so the inbox's numbers match its count.
    const n = ++seq;
    const capture = (route: string, status: number, body: string, delayMs: number) => {
      // Nobody would see the entry (a command-line run's receiver): build none.
      if (inbox.capacity <= 0 && !options.onCapture) return;
      const entry: InboxEntry = {
        id: `rcv-${n}`,
        seq: n,
        at: new Date().toISOString(),
        method,
        path: full,
        headers,
        body: text.length > KEEP_BODY ? text.slice(0, KEEP_BODY) : text,
        truncated: text.length > KEEP_BODY,
        route,
        response: { status, body: body.length > KEEP_BODY ? body.slice(0, KEEP_BODY) : body, delayMs },
      };
      inbox.add(entry);
      options.onCapture?.(entry);
    };
    if (oauth?.requireBearer && !oauth.checkBearer(headers['authorization'])) {
      const body = JSON.stringify({
        error: 'invalid_token',
        error_description: 'A valid Bearer token is required.',
      });
      capture('unauthorized', 401, body, 0);
      reply(res, 401, body, 'application/json', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
      return;
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      parsed = undefined;
    }
    const route = routes.get(routeKey(method, path)) ?? routes.get(routeKey('*', path));
    const ctx = { body: parsed, method, path, seq: n };
    let status = 200;
    let out: string;
    let type = 'application/json';
    let extra: Record<string, string> = {};
    let delay = 0;
    const fromApi = route ? null : api?.answer?.(method, path, text, headers['content-type'] ?? '');
    if (fromApi) {
      status = fromApi.status;
      out = JSON.stringify(fromApi.body);
      capture(fromApi.route, status, out, 0);
      return reply(res, status, out, type);
    }
    if (route) {
      const value = route.fill(ctx);
      status = route.spec.status ?? 200;
      out = route.json ? JSON.stringify(value ?? null) : String(value ?? '');
      type = route.spec.contentType ?? type;
      extra = route.spec.headers ?? {};
      delay = route.spec.delayMs ?? 0;
    } else {
      // No route: say so, rather than echo the request (an echo reads like the third party's answer and
      // makes the response parameters look wrong). The header lets a trace name the missing route.
      out = JSON.stringify({
        id: `rcv-${n}`,
        no_route: `${method} ${path}`,
        message: `The local receiver has no route for ${method} ${path}. ${addRoute.charAt(0).toUpperCase()}${addRoute.slice(1)} to script its answer.`,
        add_route: addRoute,
      });
      extra = { [NO_ROUTE_HEADER]: `${method} ${path}` };
    }
    capture(route ? routeKey(route.spec.method, route.spec.path) : 'default', status, out, delay);
    if (delay <= 0) return reply(res, status, out, type, extra);
    const timer = setTimeout(() => {
      pending.delete(timer);
      reply(res, status, out, type, extra);
    }, delay);
    pending.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      pending.delete(timer);
    });
  };

  let port = 0;
  const server = createServer((req, res) => {
    if (!hostAllowed(req.headers.host, port)) {
      req.resume();
      reply(res, 421, '{"error":"unexpected Host header"}', 'application/json', { Connection: 'close' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reply(res, 413, '{"error":"body larger than 1 MiB"}', 'application/json');
      const text = Buffer.concat(chunks).toString('utf8');
      if (api && !api.answer) void api.ready.finally(() => handle(req, res, text));
      else handle(req, res, text);
    });
  });
  // Longer than any client's idle timeout, so a pooled socket is not closed under a request.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setRoute(spec) {
      const json = spec.contentType === undefined || /\bjson\b/i.test(spec.contentType);
      routes.set(routeKey(spec.method, spec.path), {
        spec: { ...spec },
        fill: compileTemplate(spec.body ?? {}),
        json,
      });
    },
    removeRoute: (method, path) => routes.delete(routeKey(method, path)),
    clearRoutes: () => routes.clear(),
    setApi(info) {
      if (!info) {
        api = null;
        return Promise.resolve();
      }
      // Loaded here, not at start: ajv and the sampler are most of the receiver's code, and a run
      // without a description (every `webhook-studio test` in CI but a few) never needs them.
      const ready = import('./receiver-api').then(({ compileReceiverApi }) => {
        if (api?.ready === ready) api.answer = compileReceiverApi(info);
      });
      api = { info, answer: null, ready };
      return ready;
    },
    api: () => (api ? { title: api.info.title, operations: api.info.contracts.length } : null),
    routes: () => [...routes.values()].map((r) => ({ ...r.spec })),
    inbox,
    oauth,
    async replay(id, replayOptions) {
      const entry: InboxEntry | undefined = inbox.get(id);
      if (!entry) throw new Error(`No captured request ${id} in the inbox (it may have been evicted).`);
      return replayEntry(entry, replayOptions);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
