import type { IncomingMessage, ServerResponse } from 'node:http';
import { strike } from './faults';
import type { Reply } from './http-util';
import { BodyError, msError, parseJson, readBody, send, signInPage } from './http-util';
import { findRoute } from './routes';
import { authorize } from './session-handlers';
import type { RequestRecord } from './types';
import type { Core } from './world';

const MAX_LOG = 5000;

/** Serves the `/__emulator/` control surface; absent unless enabled. */
export type ControlHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

/** What the request pipeline needs besides the core. */
export interface PipelineDeps {
  control: ControlHandler | null;
  sleep: (ms: number) => Promise<void>;
}

/**
 * The request pipeline. Faults act like a gateway in front of the domain, in this order: latency, the
 * HTML sign-in page, a drop `before`, a 500 failure, a 200 with ms_errors — all decided before the call
 * has any effect — then authorisation and the handler, then a drop `after` (the effect stays applied
 * but the caller never hears of it).
 */
export function createRequestHandler(core: Core, deps: PipelineDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(core, deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, msError(500, `Emulator error: ${String(error)}`, 'internal_error'));
      else res.destroy();
    });
  };
}

async function handle(
  core: Core,
  deps: PipelineDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', core.url).pathname;
  if (path === '/__emulator' || path.startsWith('/__emulator/')) {
    if (deps.control) return deps.control(req, res, path);
    return send(res, msError(404, 'No such endpoint', 'not_found'));
  }

  const matched = findRoute(method, path);
  const endpoint = matched && matched !== 'method' ? matched.endpoint : null;
  let text = '';
  const log = (status: RequestRecord['status'], fault?: RequestRecord['fault']): void => {
    const ifMatch = req.headers['if-match'];
    core.requests.push({
      method,
      path,
      endpoint,
      status,
      ...(fault ? { fault } : {}),
      ...(ifMatch ? { if_match: ifMatch } : {}),
      // Webhook writes only: what was sent is what a test compares; a login body would hold a password.
      ...(endpoint?.endsWith('.put') && text ? { body: text } : {}),
    });
    // A long-running demo emulator must not grow without bound; tests never come near the cap.
    if (core.requests.length > MAX_LOG) core.requests.splice(0, core.requests.length - MAX_LOG);
  };
  const reply = (r: Reply): void => {
    log(r.status, r.fault);
    send(res, r);
  };
  const drop = (fault: 'drop_before' | 'drop_after'): void => {
    log('dropped', fault);
    res.destroy();
  };

  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyError) return reply(msError(error.status, error.message, 'bad_request'));
    throw error;
  }

  const { faults, random } = core;
  const delay = faults.latencyMs + (faults.jitterMs > 0 ? Math.floor(random() * (faults.jitterMs + 1)) : 0);
  if (delay > 0) await deps.sleep(delay);
  if (faults.htmlSignIn && path.startsWith('/api/')) return reply({ ...signInPage(), fault: 'html' });
  if (matched === null) return reply(msError(404, `No such endpoint: ${method} ${path}`, 'not_found'));
  if (matched === 'method')
    return reply(msError(405, `${method} is not allowed on ${path}`, 'method_not_allowed'));

  const id = matched.endpoint;
  const dropRule = strike(faults.drop, id, random);
  if (dropRule?.when === 'before') return drop('drop_before');
  if (strike(faults.failure, id, random)) {
    return reply({ ...msError(500, 'Internal Server Error', 'internal_error'), fault: 'failure' });
  }
  if (strike(faults.msErrors, id, random)) {
    return reply({ ...msError(200, 'Something went wrong. Please try again later.'), fault: 'ms_errors' });
  }

  const answer = respond(core, matched, req, text);
  if (dropRule?.when === 'after') return drop('drop_after');
  reply(answer);
}

function respond(
  core: Core,
  matched: Exclude<ReturnType<typeof findRoute>, 'method' | null>,
  req: IncomingMessage,
  text: string,
): Reply {
  const caller = matched.access === 'none' ? null : authorize(core, req.headers, matched.access);
  if (caller && 'status' in caller) return caller;
  let body: unknown;
  try {
    body = parseJson(text);
  } catch (error) {
    if (error instanceof BodyError) return msError(error.status, error.message, 'bad_request');
    throw error;
  }
  return matched.handle({ core, caller, headers: req.headers, body, params: matched.params });
}
