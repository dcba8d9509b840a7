import type { IncomingHttpHeaders } from 'node:http';
import { displayName } from './field-values';
import type { Reply } from './http-util';
import { msError, ok } from './http-util';
import type { KeyAccess } from './sessions';
import { SESSION_COOKIE, sessionIdFromCookie } from './sessions';
import type { SeedUser, SessionInfo } from './types';
import { parseLogin } from './wire-schemas';
import type { Core } from './world';

/** What an endpoint requires of its caller. */
export type Access = 'none' | 'session' | 'admin' | 'write';

/** The caller of an authorised request. */
export interface Caller {
  session: SessionInfo;
  user: SeedUser;
}

/** `POST /api/login.json`: api key first (422), then username and base64 password (200 + ms_errors). */
export function login(core: Core, body: unknown): Reply {
  const { api_key, username, password } = parseLogin(body);
  const keys = core.world.seed.apiKeys;
  const access: KeyAccess | null =
    api_key === keys.readWrite ? 'read_write' : api_key === keys.readOnly ? 'read_only' : null;
  if (!access) return msError(422, 'Invalid API key');
  const wanted = username?.trim().toLowerCase();
  const user = core.world.users.find((u) => u.password && u.fields['email']?.toLowerCase() === wanted);
  const given = password === undefined ? undefined : Buffer.from(password, 'base64').toString('utf8');
  if (!user || given !== user.password) return msError(200, 'Login id or Password is Incorrect.');
  const session = core.sessions.create(user.id, access);
  return ok(
    {
      user: {
        id: user.id,
        name: displayName(user.fields),
        email: user.fields['email'],
        user_type: user.user_type,
        session_id: session.id,
      },
    },
    { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly` },
  );
}

/** `POST /api/logout.json`: ends the caller's session and clears the cookie. */
export function logout(core: Core, caller: Caller): Reply {
  core.sessions.end(caller.session.id);
  return ok({ status: 'logged_out' }, { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; Max-Age=0` });
}

/**
 * Checks the session cookie and the caller's rights. Order matters and is relied on by clients: 401
 * (no or expired session), 403 not a network admin, 403 Read Only key — all before any effect.
 */
export function authorize(core: Core, headers: IncomingHttpHeaders, need: Access): Caller | Reply {
  const session = core.sessions.get(sessionIdFromCookie(headers.cookie));
  if (!session) return msError(401, 'Session expired', 'session_expired');
  const user = core.world.users.find((u) => u.id === session.userId);
  if (!user) return msError(401, 'Session expired', 'session_expired');
  if ((need === 'admin' || need === 'write') && user.user_type !== 'network_admin') {
    return msError(403, 'You need to be a network admin to do this', 'not_admin');
  }
  if (need === 'write' && session.access !== 'read_write') {
    return msError(
      403,
      'This API key has Read Only access; writes need a Read and Write key',
      'read_only_key',
    );
  }
  return { session, user };
}
