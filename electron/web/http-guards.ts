import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/bridge/envelope';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { serverTiming } from './server-timing';

export { CONTENT_SECURITY_POLICY };

/** Headers on every response. There are deliberately no CORS headers: only the app's own origin may call. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/**
 * DNS-rebinding defence: a page on evil.com that re-points its name at 127.0.0.1 still sends
 * `Host: evil.com:<port>`, so only the loopback names with our port are accepted.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** A cross-site page's requests carry its own Origin; only ours is accepted (absent is fine: navigation). */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Constant-time comparison of a presented token with the launch token. */
export function tokenMatches(presented: string | undefined | null, token: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** True when the request says its body is JSON (any charset parameter is accepted). */
export function isJsonContentType(value: string | undefined): boolean {
  const type = value?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/** Sends a JSON body with no caching; with `startedAt`, says how long the host worked on it (Server-Timing). */
export function sendJson(res: ServerResponse, status: number, body: unknown, startedAt?: number): void {
  const text = JSON.stringify(body);
  if (startedAt !== undefined) res.setHeader('Server-Timing', serverTiming(startedAt));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Sends a refusal in the same envelope shape the bridge uses, so the client handles one format. */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

/** Why a body could not be read. */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 400; message: string };

/** Reads a request body up to `limit` bytes; stops reading as soon as the limit is passed. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({
      ok: false,
      status: 413,
      message: `The request body is larger than ${limit} bytes.`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413, message: `The request body is larger than ${limit} bytes.` });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', () => finish({ ok: false, status: 400, message: 'The request body could not be read.' }));
  });
}

/** Parses a UTF-8 JSON body; undefined when it is not valid UTF-8 or not JSON. */
export function parseJsonBody(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
