import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestRecord } from './types';
import type { Detail } from './wire-schemas';

/** An answer, built before anything is written, so a fault can still drop it instead. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value, or raw text when `contentType` says so. */
  body: unknown;
  contentType?: string;
  /** Which fault shaped this answer, for the request log. */
  fault?: RequestRecord['fault'];
}

/** A success reply wrapped in `ms_response`. */
export function ok(payload: unknown, headers?: Record<string, string>): Reply {
  return { status: 200, body: { ms_response: payload }, ...(headers ? { headers } : {}) };
}

/** An error reply in the contract's `ms_errors` shape; extra keys go next to message and code. */
export function msError(
  status: number,
  message: string,
  code?: string,
  extra: { details?: Detail[]; current_version?: number } = {},
): Reply {
  return { status, body: { ms_errors: { error: { message, ...(code ? { code } : {}), ...extra } } } };
}

/** The 422 of a failed server rule. */
export function invalid(details: Detail[]): Reply {
  return msError(422, 'Validation failed', 'invalid', { details });
}

/** A body that could not be read. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 1024 * 1024;

/** Reads the whole request body as text (at most 1 MiB). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new BodyError(413, 'Request body is larger than 1 MiB');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; an empty body is `undefined`. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'Request body is not valid JSON');
  }
}

/** Writes a reply. */
export function send(res: ServerResponse, reply: Reply): void {
  const contentType = reply.contentType ?? 'application/json; charset=utf-8';
  const text = typeof reply.body === 'string' && reply.contentType ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  res.end(text);
}

/** What a domain behind single sign-on answers to API calls: a 200 HTML sign-in page. */
export function signInPage(): Reply {
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8"><title>Sign in · MangoApps</title></head>',
      '<body><main><h1>Sign in to continue</h1>',
      '<form method="post" action="/saml/login"><button type="submit">Sign in with your company account</button></form>',
      '</main></body></html>',
    ].join('\n'),
  };
}
