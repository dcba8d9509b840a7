import type { z } from 'zod';
import type { BridgeError } from '../../../shared/bridge/envelope';

/** A zod issue path as the contract writes paths: `draft.config.profile.outgoing.request_parameters[3].api_field`. */
export function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const key of issuePath) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Zod issues as bridge error details, one `{ path, message }` per issue. */
export function issueDetails(error: z.ZodError): NonNullable<BridgeError['details']> {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** One sentence naming the first offending path, e.g. for a store problem or an error message. */
export function describeIssues(error: z.ZodError): string {
  const [first] = issueDetails(error);
  if (!first) return 'invalid value';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${first.path === '' ? '(root)' : first.path}: ${first.message}${more}`;
}
