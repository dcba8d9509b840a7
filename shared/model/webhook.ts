import * as z from 'zod';

export { emptyWebhook } from './empty-config';
export { LOCATION_TRIGGERS, PROFILE_TRIGGERS, TRIGGER_LABELS, triggersOf } from './triggers';

/**
 * One mapping row: the third party's field name → a MangoApps field key. `id` is local only (stable
 * React keys, undo, reorder); it is never sent to a domain and never exported.
 */
export const MappingRowSchema = z.object({
  id: z.string().min(1),
  api_field: z.string(),
  mangoapps_field: z.string(),
});
export type MappingRow = z.infer<typeof MappingRowSchema>;

/** An incoming Input Parameters row; `identifier` is the User / Location Identifier checkbox. */
export const InputRowSchema = MappingRowSchema.extend({ identifier: z.boolean() });
export type InputRow = z.infer<typeof InputRowSchema>;

export { MAPPING_TABLES, type MappingTable } from './mapping-tables';

/** One webhook (profile or location) as drafted: triggers, URL and the three mapping tables. */
export const WebhookSchema = z.object({
  outgoing: z.object({
    triggers: z.array(z.string()),
    post_url: z.string(),
    request_parameters: z.array(MappingRowSchema),
    response_parameters: z.array(MappingRowSchema),
  }),
  incoming: z.object({
    /** Issued by the domain, read-only; null until the domain has been pulled. */
    notify_url: z.string().nullable(),
    input_parameters: z.array(InputRowSchema),
  }),
});
export type Webhook = z.infer<typeof WebhookSchema>;

/** OAuth settings shared by both webhooks. The password is a host-held secret, never part of a draft. */
export const OAuthSchema = z.object({ token_url: z.string(), username: z.string() });
export type OAuth = z.infer<typeof OAuthSchema>;

/** Security section: OAuth or nothing. */
export const SecuritySchema = z.object({ oauth: OAuthSchema.nullable() });
export type Security = z.infer<typeof SecuritySchema>;
