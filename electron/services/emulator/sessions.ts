import { randomBytes } from 'node:crypto';
import type { SessionInfo } from './types';

/** The cookie the classic MangoApps API uses for its session. */
export const SESSION_COOKIE = '_felix_session_id';

/** Which access the API key used at login grants. */
export type KeyAccess = 'read_write' | 'read_only';

interface Session {
  id: string;
  userId: string;
  access: KeyAccess;
  createdAt: Date;
}

/** Live sessions: created at login, ended by logout, expiry (optional TTL) or `expireAll`. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => Date,
    private readonly ttlMs: number | null,
  ) {}

  /** Starts a session with a fresh unguessable id. */
  create(userId: string, access: KeyAccess): SessionInfo {
    const session: Session = { id: randomBytes(24).toString('hex'), userId, access, createdAt: this.now() };
    this.sessions.set(session.id, session);
    return info(session);
  }

  /** The session for an id, or undefined when unknown or expired (an expired one is dropped). */
  get(id: string | undefined): SessionInfo | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.ttlMs !== null && this.now().getTime() - session.createdAt.getTime() >= this.ttlMs) {
      this.sessions.delete(id);
      return undefined;
    }
    return info(session);
  }

  /** Ends one session. */
  end(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends every session. */
  expireAll(): void {
    this.sessions.clear();
  }

  /** The live sessions (expired ones pruned). */
  list(): SessionInfo[] {
    return [...this.sessions.keys()].flatMap((id) => this.get(id) ?? []);
  }
}

function info(s: Session): SessionInfo {
  return { id: s.id, userId: s.userId, access: s.access, createdAt: s.createdAt.toISOString() };
}

/** The session id from a `Cookie` header, if present. */
export function sessionIdFromCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
