import { AppError } from '../../../shared/bridge/envelope';

/** Wording per RFC 6749 §5.2 error code, for the admin. */
const ERROR_WORDS: Record<string, string> = {
  invalid_client: 'refused the client credentials (client id or secret)',
  invalid_grant: 'refused the username or password',
  unauthorized_client: 'does not allow this client to use this grant type',
  unsupported_grant_type: 'does not support this grant type',
  invalid_scope: 'refused the requested scope',
  invalid_request: 'found the token request malformed',
};

/** What the token endpoint answered, reduced to what an error needs. */
export interface TokenAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Reads the `error` and `error_description` of a JSON error answer, if any. */
function oauthError(body: string): { error: string; description?: string } | null {
  try {
    const data = JSON.parse(body) as unknown;
    if (data && typeof data === 'object' && typeof (data as { error?: unknown }).error === 'string') {
      const d = data as { error: string; error_description?: unknown };
      return {
        error: d.error,
        ...(typeof d.error_description === 'string' ? { description: d.error_description } : {}),
      };
    }
  } catch {
    // not JSON: reported below by status and content type
  }
  return null;
}

/** An error answer of a token endpoint, in plain words (RFC 6749 §5.2). */
export function tokenAnswerError(answer: TokenAnswer, grant: string): AppError {
  const parsed = oauthError(answer.body);
  if (parsed) {
    const words = ERROR_WORDS[parsed.error] ?? 'refused the token request';
    const detail = parsed.description ? `: ${parsed.description}` : '';
    const code =
      parsed.error === 'invalid_client' || parsed.error === 'invalid_grant' ? 'unauthorized' : 'remote_error';
    return new AppError(code, `The token endpoint ${words} (${parsed.error}, ${grant} grant)${detail}.`);
  }
  if (answer.status >= 200 && answer.status < 300) {
    return new AppError(
      'remote_error',
      `The token endpoint's answer is not JSON (HTTP ${answer.status}, ${answer.contentType || 'no content type'}).`,
    );
  }
  return new AppError(
    answer.status === 401 || answer.status === 403 ? 'unauthorized' : 'remote_error',
    `The token endpoint answered HTTP ${answer.status} without an OAuth error (${answer.contentType || 'no content type'}).`,
  );
}

/** A 2xx answer that is not a usable token response (RFC 6749 §5.1). */
export function badTokenResponse(why: string): AppError {
  return new AppError('remote_error', `The token endpoint's answer is not a usable token: ${why}.`);
}
