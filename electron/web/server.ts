import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../services/bridge/dispatch';
import type { AppEvents } from '../services/events';
import {
  bearerToken,
  hostAllowed,
  isJsonContentType,
  originAllowed,
  parseJsonBody,
  readBody,
  sendError,
  sendJson,
  setSecurityHeaders,
  tokenMatches,
} from './http-guards';
import { createEventStreams } from './sse';
import { createStaticHandler } from './static-files';

/** The largest request body accepted: a draft with thousands of rows fits many times over. */
export const DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024;

/** What the browser shell's host needs: the same dispatcher and events the Electron shell uses. */
export interface WebHostOptions {
  dispatch: Dispatch;
  events: Pick<AppEvents, 'on'>;
  /** The built UI (dist/renderer). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

/** A running browser-shell host. */
export interface WebHost {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** The per-launch secret every API call must present. */
  token: string;
  /** The URL to open: the token rides in the fragment, which browsers never send to a server or a referrer. */
  openUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the UI and the bridge on 127.0.0.1 only: `POST /api/<channel>` and `GET /api/events` (server-sent
 * events), both with `Authorization: Bearer <token>`. Every request must name this host
 * (DNS rebinding) and, when it has an Origin, come from it; no CORS headers are ever sent.
 */
export async function createWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const serveStatic = createStaticHandler(options.staticDir);
  const streams = createEventStreams(options.events);
  let port = 0;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const startedAt = performance.now();
    setSecurityHeaders(res);
    if (!hostAllowed(req.headers.host, port))
      return sendError(res, 403, 'forbidden', 'Unexpected Host header.');
    if (!originAllowed(req.headers.origin, port))
      return sendError(res, 403, 'forbidden', 'Cross-origin request.');
    const { pathname, searchParams } = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (pathname === '/api/events') {
      if (req.method !== 'GET') return sendError(res, 405, 'invalid_input', 'Use GET for the event stream.');
      // Only the header counts: a token in a URL ends up in history, logs and Referer headers.
      if (searchParams.has('token'))
        return sendError(
          res,
          401,
          'unauthorized',
          'The token goes in the Authorization header, never in the URL.',
        );
      if (!tokenMatches(bearerToken(req), token))
        return sendError(res, 401, 'unauthorized', 'Missing or wrong token.');
      return streams.open(req, res);
    }
    if (pathname === '/api' || pathname.startsWith('/api/'))
      return handleApi(req, res, pathname.slice(5), startedAt);
    return serveStatic(req, res, pathname, startedAt);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    rawChannel: string,
    startedAt: number,
  ) {
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return sendError(res, 404, 'not_found', 'No such route.');
    }
    if (channel === '' || channel.includes('/')) return sendError(res, 404, 'not_found', 'No such route.');
    if (!tokenMatches(bearerToken(req), token))
      return sendError(res, 401, 'unauthorized', 'Missing or wrong token.');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, 'invalid_input', 'Use POST for bridge calls.');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendError(res, 415, 'invalid_input', 'Send the input as application/json.');
    }
    const body = await readBody(req, limit);
    if (!body.ok) {
      res.setHeader('Connection', 'close');
      return sendError(res, body.status, 'invalid_input', body.message);
    }
    const input = parseJsonBody(body.body);
    if (!input.ok) return sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    sendJson(res, 200, await options.dispatch(channel, input.value), startedAt);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong in the host.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing else on the network can reach the UI or the bridge.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    token,
    openUrl: `${url}/#token=${token}`,
    close: async () => {
      streams.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
