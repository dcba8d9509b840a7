import { AppError, type ErrorCode } from '../../../shared/bridge/envelope';
import type { Interpreted } from '../../../shared/domain-api/interpret';

type Failure = Extract<Interpreted, { ok: false }>;

/** A failure reported by a domain, keeping the HTTP status and the error's own fields (e.g. current_version). */
export class DomainError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly status: number,
    readonly remoteCode: string | undefined,
    readonly extra: Record<string, unknown>,
    details?: { path: string; message: string }[],
  ) {
    super(code, message, details);
    this.name = 'DomainError';
  }
}

/** What a sign-in refusal says when the username or password is wrong (admin-api.md: "Login id or Password is Incorrect."). */
const CREDENTIALS_REFUSED = /password|login id|username|credential/i;

/** A sentence ending in exactly one full stop (or its own ! or ?). */
function endSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** The domain's own words in quotes, ending the sentence once: `"…Incorrect."`, never `"…Incorrect.".`. */
export function quoted(message: string): string {
  return /[.!?]$/.test(message) ? `"${message}"` : `"${message}".`;
}

/** Turn a domain's failure into a precise, actionable error. `step` says what was being done. */
export function domainError(f: Failure, step: 'login' | 'read' | 'write'): DomainError {
  const make = (code: ErrorCode, message: string) =>
    new DomainError(code, message, f.status, f.code, f.extra, f.details);
  if (f.reason === 'html') return make('remote_error', f.message);
  if (step === 'login' && f.status === 422)
    return make('unauthorized', `Unknown API key: the domain says ${quoted(f.message)}`);
  if (step === 'login' && f.reason === 'ms_errors' && f.status < 300) {
    // Only the server's own words decide: an outage reported inside a 200 is not a wrong password.
    if (CREDENTIALS_REFUSED.test(f.message))
      return make('unauthorized', `Wrong username or password: the domain says ${quoted(f.message)}`);
    return make('remote_error', `The domain refused the sign-in: ${quoted(f.message)}`);
  }
  if (f.status === 401) return make('unauthorized', `Not signed in: the domain says ${quoted(f.message)}`);
  if (f.status === 403) {
    const hint =
      step === 'write'
        ? ' Publishing needs a network admin and an API key with Read and Write access.'
        : ' This needs a network admin account.';
    return make('forbidden', `Refused by the domain: ${quoted(f.message)}${hint}`);
  }
  if (f.status === 412)
    return make(
      'conflict',
      `Someone changed the live configuration since it was pulled: ${endSentence(f.message)}`,
    );
  if (f.status === 428) return make('conflict', 'The domain requires the version being replaced (If-Match).');
  if (f.status === 422)
    return make('validation_failed', `The domain refused the configuration: ${endSentence(f.message)}`);
  if (f.status === 404)
    return make('not_found', `The domain does not know this endpoint or item: ${f.message}`);
  if (f.reason === 'ms_errors') return make('remote_error', `The domain reported an error: ${f.message}`);
  return make('remote_error', f.message);
}
