import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { netConfig } from '../net/net-config';
import { NetPool, sharedPool } from '../net/net-pool';
import { Deadlines, type Timed } from './deadlines';
import { cancel, coded, expire, inFlightUnder } from './in-flight';

/** A request exactly as it goes on the wire. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A response as received: status, flattened headers, the body as text, and the time from send to end. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
  /** "via proxy …" when the exchange went through a proxy. */
  via?: string;
}

/** Keep-alive connection pools per route (direct or via a proxy), so a batch reuses sockets and tunnels. */
export type Agents = NetPool;

/** Options of one exchange. */
export interface ExchangeOptions {
  timeoutMs: number;
  agents?: Agents;
  signal?: AbortSignal;
  /** Answers larger than this are cut off as a failure (default 5 MiB). */
  maxBodyBytes?: number;
  /** `request.url` already parsed (saves parsing it again per delivery). */
  parsedUrl?: URL;
}

/** A failed exchange: the Node error, and whether the request had been fully sent when it happened. */
export class ExchangeError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly sent: boolean,
    readonly ms: number,
    readonly via?: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ExchangeError';
  }
}

/** Keep-alive pools with a socket limit, e.g. one per batch sized to its concurrency. */
export function createAgents(maxSockets = 64): Agents {
  return new NetPool(netConfig(), maxSockets);
}

/** Closes the pools' idle sockets. */
export function destroyAgents(agents: Agents): void {
  agents.destroy();
}

const PROXY_AUTHORIZATION = 'proxy-authorization';

/** Proxy credentials are added by the pool for the proxy alone; a header of that name never reaches a target. */
function withoutProxyAuthorization(headers: Record<string, string>): Record<string, string> {
  // Copied only when there is something to drop: deliveries never carry one, and this runs per delivery.
  // Only a name of its length is lower-cased to compare: lower-casing every name made a string each.
  let found = false;
  for (const name in headers) {
    if (name.length === PROXY_AUTHORIZATION.length && name.toLowerCase() === PROXY_AUTHORIZATION)
      found = true;
  }
  if (!found) return headers;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== PROXY_AUTHORIZATION) out[name] = value;
  }
  return out;
}

/**
 * The answer's headers as one string each. Node already keeps them so except repeated `set-cookie`
 * lines (an array): its own object is used as it is unless one of those is there to join, rather than
 * copied per exchange.
 */
function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  let arrays = false;
  for (const name in headers) if (typeof headers[name] !== 'string') arrays = true;
  if (!arrays) return headers as Record<string, string>;
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * One exchange in flight. Its state lives here and Node's events call module-level handlers that find
 * it on the request or response, so a delivery allocates no closures beyond its promise.
 */
class Exchange implements Timed {
  sent = false;
  done = false;
  chunks: Buffer[] = [];
  size = 0;
  /** When the whole exchange must have ended (connect, send and answer), on the `performance.now()` clock. */
  deadline = Number.POSITIVE_INFINITY;
  timeoutMs = 0;
  prevTimed: Timed | null = null;
  nextTimed: Timed | null = null;
  req: http.ClientRequest | undefined;

  constructor(
    readonly started: number,
    readonly limit: number,
    readonly via: string | undefined,
    readonly inFlight: Set<http.ClientRequest> | undefined,
    readonly resolve: (response: WireResponse) => void,
    readonly reject: (error: ExchangeError) => void,
  ) {}

  /** Marks the exchange done (once): stops its deadline and leaves the cancel set. */
  settle(): boolean {
    if (this.done) return false;
    this.done = true;
    DEADLINES.delete(this);
    if (this.req) this.inFlight?.delete(this.req);
    return true;
  }

  /** Ends the request: its deadline passed. */
  expire(): void {
    if (this.req) expire(this.req, this.timeoutMs);
  }

  fail(error: unknown): void {
    if (this.settle())
      this.reject(new ExchangeError(error, this.sent, performance.now() - this.started, this.via));
  }
}

/** One timer watches every exchange's deadline. */
const DEADLINES = new Deadlines();

const STATE = Symbol('exchange');
type Tracked<T> = T & { [STATE]: Exchange };

function onRequestError(this: Tracked<http.ClientRequest>, error: Error): void {
  this[STATE].fail(error);
}

function onFinish(this: Tracked<http.ClientRequest>): void {
  this[STATE].sent = true;
}

function onResponseError(this: Tracked<http.IncomingMessage>, error: Error): void {
  this[STATE].fail(error);
}

function onAborted(this: Tracked<http.IncomingMessage>): void {
  this[STATE].fail(coded('the connection closed mid-answer', 'ECONNRESET'));
}

function onData(this: Tracked<http.IncomingMessage>, chunk: Buffer): void {
  const x = this[STATE];
  x.size += chunk.length;
  if (x.size > x.limit) this.destroy(coded(`the answer is larger than ${x.limit} bytes`, 'ERR_TOO_LARGE'));
  else x.chunks.push(chunk);
}

function onEnd(this: Tracked<http.IncomingMessage>): void {
  const x = this[STATE];
  if (!x.settle()) return;
  const [only] = x.chunks;
  // Built in place, not spread from a temporary object (this runs per exchange).
  const response: WireResponse = {
    status: this.statusCode ?? 0,
    headers: flatten(this.headers),
    body: (x.chunks.length === 1 && only ? only : Buffer.concat(x.chunks)).toString('utf8'),
    ms: performance.now() - x.started,
  };
  if (x.via) response.via = x.via;
  x.resolve(response);
}

function onResponse(this: Tracked<http.ClientRequest>, res: http.IncomingMessage): void {
  const tracked = res as Tracked<http.IncomingMessage>;
  tracked[STATE] = this[STATE];
  res.on('data', onData);
  res.on('error', onResponseError);
  res.on('aborted', onAborted);
  res.on('end', onEnd);
}

/**
 * Sends one request with Node's own client (TLS verification always on) and a deadline covering
 * connect, send and the whole answer. Node's client is used rather than got here: a batch spends its
 * time in this function, and the harness must stay close to a bare keep-alive loop. Cancelling through
 * `signal` ends the request at once, whatever stage it is in.
 */
export function sendRequest(request: WireRequest, options: ExchangeOptions): Promise<WireResponse> {
  const started = performance.now();
  const url = options.parsedUrl ?? new URL(request.url);
  const pool = options.agents ?? sharedPool();
  // After a pool's first call the route is known: no promise to wait for per delivery.
  const route = pool.settledRoute(url);
  if (route)
    return exchange(
      request,
      options,
      url,
      pool.agentFor(url.protocol === 'https:', route),
      route.via,
      started,
    );
  return pool.dispatch(url).then(
    (dispatched) => exchange(request, options, url, dispatched.agent, dispatched.route.via, started),
    (error: unknown) => Promise.reject(new ExchangeError(error, false, performance.now() - started)),
  );
}

function exchange(
  request: WireRequest,
  options: ExchangeOptions,
  url: URL,
  agent: http.Agent,
  via: string | null,
  started: number,
): Promise<WireResponse> {
  return new Promise<WireResponse>((resolve, reject) => {
    const inFlight = options.signal ? inFlightUnder(options.signal) : undefined;
    const limit = options.maxBodyBytes ?? 5 * 1024 * 1024;
    const x = new Exchange(started, limit, via ?? undefined, inFlight, resolve, reject);
    const req = (url.protocol === 'https:' ? https : http).request(url, {
      method: request.method,
      headers: withoutProxyAuthorization(request.headers),
      agent,
    }) as Tracked<http.ClientRequest>;
    req[STATE] = x;
    x.req = req;
    x.timeoutMs = options.timeoutMs;
    x.deadline = performance.now() + options.timeoutMs;
    DEADLINES.add(x);
    if (options.signal?.aborted) cancel(req);
    else inFlight?.add(req);
    req.on('error', onRequestError);
    req.on('finish', onFinish);
    req.on('response', onResponse);
    req.end(request.body === '' ? undefined : request.body);
  });
}
