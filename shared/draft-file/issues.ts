import type { z } from 'zod';

/** One thing wrong with an imported file, at a path in the file (e.g. `profile.outgoing.post_url`). */
export interface DraftFileIssue {
  path: string;
  message: string;
}

/** At most this many issues are listed; a file with more is better fixed a few at a time. */
export const MAX_ISSUES = 100;

/** A zod path in the contract's notation: `profile.outgoing.request_parameters[2].api_field`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Keys people paste in from the admin API's responses, with why they do not belong in a draft file. */
const KNOWN_EXTRAS: Record<string, string> = {
  notify_url: 'the notify URL is issued by the domain and is not part of a draft file; remove it',
  id: 'row ids are local to Webhook Studio and are not part of a draft file; remove it',
  version: 'versions belong to the domain, not to a draft file; remove it',
  password_set: 'password_set is reported by the domain and is not part of a draft file; remove it',
};

/** Plain-English issues from zod's, one per field (an unknown-keys issue becomes one issue per key). */
export function fileIssues(issues: readonly z.core.$ZodIssue[]): DraftFileIssue[] {
  const out: DraftFileIssue[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            path: formatPath([...issue.path, key]),
            message: KNOWN_EXTRAS[key] ?? `unknown field "${key}"`,
          });
        }
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            input === undefined
              ? 'is required'
              : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describe(input)}`,
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          message:
            input === undefined
              ? 'is required'
              : issue.values.length === 1
                ? `must be ${JSON.stringify(issue.values[0])}, not ${describe(input)}`
                : `${describe(input)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`,
        });
        break;
      case 'too_small':
        out.push({
          path,
          message: issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : issue.message,
        });
        break;
      case 'too_big':
        out.push({
          path,
          message:
            issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : issue.message,
        });
        break;
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}
