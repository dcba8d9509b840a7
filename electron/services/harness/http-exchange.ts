import http from 'node:http';
import https from 'node:https';
import { netConfig } from '../net/net-config';
import { NetPool, sharedPool } from '../net/net-pool';

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

const coded = (message: string, code: string, name = 'Error'): Error =>
  Object.assign(new Error(message), { code, name });

/** Proxy credentials are added by the pool for the proxy alone; a header of that name never reaches a target. */
function withoutProxyAuthorization(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'proxy-authorization') out[name] = value;
  }
  return out;
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Sends one request with Node's own client (TLS verification always on) and a deadline covering
 * connect, send and the whole answer. Node's client is used rather than got here: a batch spends its
 * time in this function, and the harness must stay close to a bare keep-alive loop.
 */
export async function sendRequest(request: WireRequest, options: ExchangeOptions): Promise<WireResponse> {
  const started = performance.now();
  const url = options.parsedUrl ?? new URL(request.url);
  const secure = url.protocol === 'https:';
  const pool = options.agents ?? sharedPool();
  const limit = options.maxBodyBytes ?? 5 * 1024 * 1024;
  let dispatched;
  try {
    dispatched = await pool.dispatch(url);
  } catch (error) {
    throw new ExchangeError(error, false, performance.now() - started);
  }
  const { agent, route } = dispatched;
  const via = route.via ?? undefined;
  return new Promise<WireResponse>((resolve, reject) => {
    let sent = false;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      cleanup();
      reject(new ExchangeError(error, sent, performance.now() - started, via));
    };
    const req = (secure ? https : http).request(url, {
      method: request.method,
      headers: withoutProxyAuthorization(request.headers),
      agent,
    });
    const timer = setTimeout(
      () => req.destroy(coded(`timed out after ${options.timeoutMs} ms`, 'ETIMEDOUT', 'TimeoutError')),
      options.timeoutMs,
    );
    const onAbort = () => req.destroy(coded('cancelled', 'ABORT_ERR', 'AbortError'));
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', fail);
    req.on('finish', () => {
      sent = true;
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) res.destroy(coded(`the answer is larger than ${limit} bytes`, 'ERR_TOO_LARGE'));
        else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('aborted', () => fail(coded('the connection closed mid-answer', 'ECONNRESET')));
      res.on('end', () => {
        if (done) return;
        done = true;
        cleanup();
        resolve({
          status: res.statusCode ?? 0,
          headers: flatten(res.headers),
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
          ...(via ? { via } : {}),
        });
      });
    });
    req.end(request.body === '' ? undefined : request.body);
  });
}
