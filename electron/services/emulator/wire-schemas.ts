import * as z from 'zod';
import type { WebhookKind } from './types';

/** A problem in a request, in the contract's `details` shape. */
export interface Detail {
  path: string;
  message: string;
}

const RowSchema = z.object({ api_field: z.string(), mangoapps_field: z.string() });

const InputRowSchema = RowSchema.extend({
  user_identifier: z.boolean().optional(),
  location_identifier: z.boolean().optional(),
});

const OAuthInputSchema = z.object({
  token_url: z.string(),
  username: z.string(),
  // Sent only to change it; an empty string is refused rather than read as "no password".
  password: z.string().min(1, 'password must not be empty; omit it to keep the stored one').optional(),
});

/**
 * The body of a webhook PUT, after the `ms_request.<kind>_webhook` wrapper. Unknown keys — and the
 * read-only `version`, `updated_*`, `notify_url` and `password_set` — are stripped, as the contract says
 * they are ignored. `security` and `jit_provisioning` may be omitted to keep what is stored.
 */
export const WebhookInputSchema = z.object({
  outgoing: z.object({
    triggers: z.array(z.string()),
    post_url: z.string(),
    request_parameters: z.array(RowSchema),
    response_parameters: z.array(RowSchema),
  }),
  incoming: z.object({ input_parameters: z.array(InputRowSchema) }),
  security: z.object({ oauth: OAuthInputSchema.nullable() }).optional(),
  jit_provisioning: z.boolean().optional(),
});
/** A parsed PUT body. */
export type WebhookInput = z.infer<typeof WebhookInputSchema>;

/** The body key of each webhook kind, e.g. `profile_webhook`. */
export function bodyKey(kind: WebhookKind): 'profile_webhook' | 'location_webhook' {
  return kind === 'profile' ? 'profile_webhook' : 'location_webhook';
}

/** The identifier flag of each kind's Input Parameters rows. */
export function identifierKey(kind: WebhookKind): 'user_identifier' | 'location_identifier' {
  return kind === 'profile' ? 'user_identifier' : 'location_identifier';
}

/** Unwraps and shape-checks a PUT body; shape problems come back as contract `details`. */
export function parseWebhookPut(
  kind: WebhookKind,
  body: unknown,
): { ok: true; value: WebhookInput } | { ok: false; details: Detail[] } {
  const key = bodyKey(kind);
  const request = isObject(body) ? body['ms_request'] : undefined;
  const inner = isObject(request) ? request[key] : undefined;
  if (!isObject(inner)) {
    return { ok: false, details: [{ path: `ms_request.${key}`, message: `ms_request.${key} is required` }] };
  }
  const parsed = WebhookInputSchema.safeParse(inner);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/** The three fields of a login, each only when it is a string. */
export function parseLogin(body: unknown): { api_key?: string; username?: string; password?: string } {
  const request = isObject(body) ? body['ms_request'] : undefined;
  const user = isObject(request) ? request['user'] : undefined;
  if (!isObject(user)) return {};
  const pick = (k: string): string | undefined => (typeof user[k] === 'string' ? user[k] : undefined);
  return { api_key: pick('api_key'), username: pick('username'), password: pick('password') };
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
