import type { Field, WebhookKind } from './types';
import type { Detail, WebhookInput } from './wire-schemas';
import { identifierKey } from './wire-schemas';

const TRIGGERS: Record<WebhookKind, readonly string[]> = {
  profile: ['create_user', 'update_user_profile', 'activate_deactivate_user'],
  location: ['create_location', 'update_location', 'delete_location'],
};

/** The triggers a webhook kind accepts. */
export function triggersFor(kind: WebhookKind): readonly string[] {
  return TRIGGERS[kind];
}

/** Whether a string is an absolute `https` URL with a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Length in characters (code points), as an admin counts them. */
function chars(value: string): number {
  return [...value].length;
}

/**
 * The server rules of admin-api.md, each failure as a `details` entry with the path of the offending
 * value. Every rule is checked (not just the first failing one) so an editor can compare lists.
 */
export function checkWebhook(kind: WebhookKind, input: WebhookInput, catalogue: readonly Field[]): Detail[] {
  const details: Detail[] = [];
  const add = (path: string, message: string): void => {
    details.push({ path, message });
  };
  checkTriggers(kind, input, add);
  const fields = new Map(catalogue.map((f) => [f.key, f]));
  const tables = [
    ['outgoing.request_parameters', input.outgoing.request_parameters],
    ['outgoing.response_parameters', input.outgoing.response_parameters],
    ['incoming.input_parameters', input.incoming.input_parameters],
  ] as const;
  for (const [path, rows] of tables) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const at = `${path}.${i}`;
      checkApiField(row.api_field, `${at}.api_field`, seen, add);
      const field = fields.get(row.mangoapps_field);
      if (row.mangoapps_field === '') add(`${at}.mangoapps_field`, 'mangoapps_field is required');
      else if (!field) add(`${at}.mangoapps_field`, `"${row.mangoapps_field}" is not a ${kind} field`);
      else if (path === 'outgoing.response_parameters' && field.read_only) {
        add(`${at}.mangoapps_field`, `"${field.key}" is read-only; a response parameter cannot write to it`);
      }
    });
  }
  checkIdentifier(kind, input, fields, add);
  checkOAuth(input, add);
  return details;
}

type Add = (path: string, message: string) => void;

function checkTriggers(kind: WebhookKind, input: WebhookInput, add: Add): void {
  const allowed = TRIGGERS[kind];
  const seen = new Set<string>();
  input.outgoing.triggers.forEach((trigger, i) => {
    if (!allowed.includes(trigger)) add(`outgoing.triggers.${i}`, `unknown trigger "${trigger}"`);
    else if (seen.has(trigger)) add(`outgoing.triggers.${i}`, `duplicate trigger "${trigger}"`);
    seen.add(trigger);
  });
  if (input.outgoing.triggers.length > 0 && !isHttpsUrl(input.outgoing.post_url)) {
    add('outgoing.post_url', 'post_url must be an absolute https URL when a trigger is on');
  }
}

function checkApiField(value: string, path: string, seen: Set<string>, add: Add): void {
  if (chars(value) < 1) add(path, 'api_field is required');
  else if (chars(value) > 100) add(path, 'api_field is longer than 100 characters');
  else if (value.trim() !== value) add(path, 'api_field must not start or end with a space');
  if (value !== '' && seen.has(value)) add(path, `api_field "${value}" is used more than once in this table`);
  seen.add(value);
}

function checkIdentifier(kind: WebhookKind, input: WebhookInput, fields: Map<string, Field>, add: Add): void {
  const rows = input.incoming.input_parameters;
  if (rows.length === 0) return;
  const flag = identifierKey(kind);
  const marked = rows.flatMap((row, i) => (row[flag] === true ? [i] : []));
  const noun = kind === 'profile' ? 'user' : 'location';
  if (marked.length !== 1) {
    add('incoming.input_parameters', `exactly one ${noun} identifier is required`);
    return;
  }
  const index = marked[0] ?? 0;
  const field = fields.get(rows[index]?.mangoapps_field ?? '');
  if (field && field.unique !== true) {
    add(
      `incoming.input_parameters.${index}.mangoapps_field`,
      `the ${noun} identifier must be a unique field; "${field.key}" is not`,
    );
  }
}

function checkOAuth(input: WebhookInput, add: Add): void {
  const oauth = input.security?.oauth;
  if (!oauth) return;
  if (!isHttpsUrl(oauth.token_url))
    add('security.oauth.token_url', 'token_url must be an absolute https URL');
  const n = chars(oauth.username);
  if (n < 1) add('security.oauth.username', 'username is required');
  else if (n > 200) add('security.oauth.username', 'username is longer than 200 characters');
}
