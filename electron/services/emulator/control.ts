import * as z from 'zod';
import type { FaultsPatch } from './faults';
import { FaultsPatchSchema } from './faults';
import type { Reply } from './http-util';
import { BodyError, parseJson, readBody, send } from './http-util';
import type { ControlHandler } from './server';
import type { Emulator, WireWebhookInput } from './types';
import { RuleError } from './world';

const SetWebhookSchema = z.object({
  webhook: z.record(z.string(), z.unknown()),
  by: z.string().min(1).max(200),
});

/**
 * The `/__emulator/` HTTP control surface, for tests that drive the app from another process. Plain
 * JSON, no envelope. Guarded three ways: it exists only when enabled, the Host header must name the
 * loopback address it listens on (DNS rebinding), and writes need `Content-Type: application/json`,
 * which a web page cannot send cross-origin without a preflight this server never approves.
 *
 *   GET    /__emulator/state                  everything (webhooks + history, users, locations, sessions, faults, requests)
 *   GET    /__emulator/faults                 the fault switches
 *   PUT    /__emulator/faults                 merge a partial Faults object; answers the switches
 *   DELETE /__emulator/faults                 every fault off
 *   POST   /__emulator/reset                  back to the seed, faults off
 *   POST   /__emulator/sessions/expire        end every session (clients then see 401 session_expired)
 *   PUT    /__emulator/webhooks/<kind>        {"webhook": <PUT body content>, "by": "Bea Admin"}: a colleague's save
 *   GET    /__emulator/requests               the request log;  DELETE clears it
 */
export function controlHandler(emulator: () => Emulator): ControlHandler {
  return async (req, res, path) => {
    const emu = emulator();
    const method = req.method ?? 'GET';
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${emu.port}` && host !== `localhost:${emu.port}`) {
      return send(res, fail(403, 'The control surface answers loopback Host headers only'));
    }
    if (method !== 'GET' && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, fail(415, 'Control writes need Content-Type: application/json'));
    }
    let body: unknown;
    try {
      body = parseJson(await readBody(req));
    } catch (error) {
      if (error instanceof BodyError) return send(res, fail(error.status, error.message));
      throw error;
    }
    send(res, route(emu, method, path, body));
  };
}

function route(emu: Emulator, method: string, path: string, body: unknown): Reply {
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /__emulator/state':
      return done(emu.state.dump());
    case 'GET /__emulator/faults':
      return done(emu.faults);
    case 'PUT /__emulator/faults': {
      const patch = FaultsPatchSchema.safeParse(body);
      if (!patch.success) return fail(422, 'Invalid faults', issues(patch.error));
      emu.setFaults(patch.data as FaultsPatch);
      return done(emu.faults);
    }
    case 'DELETE /__emulator/faults':
      emu.clearFaults();
      return done(emu.faults);
    case 'POST /__emulator/reset':
      emu.state.reset();
      emu.clearFaults();
      return done({ reset: true });
    case 'POST /__emulator/sessions/expire': {
      const expired = emu.state.sessions().length;
      emu.state.expireSessions();
      return done({ expired });
    }
    case 'GET /__emulator/requests':
      return done(emu.state.requests());
    case 'DELETE /__emulator/requests':
      emu.state.clearRequests();
      return done({ cleared: true });
  }
  const m = /^PUT \/__emulator\/webhooks\/(profile|location)$/.exec(key);
  if (m) {
    const input = SetWebhookSchema.safeParse(body);
    if (!input.success) return fail(422, 'Expected {"webhook": {...}, "by": "name"}', issues(input.error));
    try {
      const kind = m[1] === 'location' ? 'location' : 'profile';
      return done({
        webhook: emu.state.setWebhook(kind, input.data.webhook as unknown as WireWebhookInput, input.data.by),
      });
    } catch (error) {
      if (error instanceof RuleError) return fail(422, 'Validation failed', error.details);
      throw error;
    }
  }
  return fail(404, `No control endpoint ${key}`);
}

const done = (body: unknown): Reply => ({ status: 200, body });
const fail = (status: number, error: string, details?: unknown): Reply => ({
  status,
  body: details === undefined ? { error } : { error, details },
});
const issues = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
