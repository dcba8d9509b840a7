import { z } from 'zod';
import type { WebhookKind } from './field-catalogue';

/** Outgoing triggers of the Profile Webhook page, as the contract names them. */
export const PROFILE_TRIGGERS = ['create_user', 'update_user_profile', 'activate_deactivate_user'] as const;
/** Outgoing triggers of the Location webhook page. */
export const LOCATION_TRIGGERS = ['create_location', 'update_location', 'delete_location'] as const;

/** The trigger names valid for a webhook kind. */
export function triggersOf(kind: WebhookKind): readonly string[] {
  return kind === 'profile' ? PROFILE_TRIGGERS : LOCATION_TRIGGERS;
}

/** Human labels for triggers, as the Admin Portal shows them. */
export const TRIGGER_LABELS: Record<string, string> = {
  create_user: 'Create User',
  update_user_profile: 'Update User Profile',
  activate_deactivate_user: 'Activate/Deactivate User',
  create_location: 'Create Location',
  update_location: 'Update Location',
  delete_location: 'Delete Location',
};

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

/** The names of the three mapping tables, used in problem paths and the UI. */
export const MAPPING_TABLES = ['request_parameters', 'response_parameters', 'input_parameters'] as const;
export type MappingTable = (typeof MAPPING_TABLES)[number];

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

/** A webhook with nothing configured, as a never-configured domain returns it. */
export function emptyWebhook(): Webhook {
  return {
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: { notify_url: null, input_parameters: [] },
  };
}
