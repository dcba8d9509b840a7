import * as z from 'zod';
import { FieldSchema } from '../model/field-catalogue';

/** A mapping row on the wire (admin-api.md): no local id. */
export const WireRowSchema = z.object({ api_field: z.string(), mangoapps_field: z.string() });
export type WireRow = z.infer<typeof WireRowSchema>;

/** An input-parameter row on the wire; the identifier key depends on the webhook kind. */
export const WireInputRowSchema = WireRowSchema.extend({
  user_identifier: z.boolean().optional(),
  location_identifier: z.boolean().optional(),
});
export type WireInputRow = z.infer<typeof WireInputRowSchema>;

/** OAuth as a domain returns it: never the password, only whether one is set. */
export const WireOAuthSchema = z.object({
  token_url: z.string(),
  username: z.string(),
  password_set: z.boolean().optional(),
});

/** A webhook as `GET /api/admin/webhooks/<kind>.json` returns it under `profile_webhook` / `location_webhook`. */
export const WireWebhookSchema = z.object({
  version: z.number().int().nonnegative(),
  updated_at: z.string().nullable().optional(),
  updated_by: z.string().nullable().optional(),
  outgoing: z.object({
    triggers: z.array(z.string()),
    post_url: z.string(),
    request_parameters: z.array(WireRowSchema),
    response_parameters: z.array(WireRowSchema),
  }),
  incoming: z.object({
    notify_url: z.string().nullable().optional(),
    input_parameters: z.array(WireInputRowSchema),
  }),
  security: z.object({ oauth: WireOAuthSchema.nullable() }),
  jit_provisioning: z.boolean().optional(),
});
export type WireWebhook = z.infer<typeof WireWebhookSchema>;

/** The version list of `GET …/versions.json`. */
export const WireVersionsSchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      updated_at: z.string().nullable().optional(),
      updated_by: z.string().nullable().optional(),
    }),
  ),
});

/** A session as `POST /api/login.json` returns it. */
export const WireLoginSchema = z.object({
  user: z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    name: z.string().optional(),
    email: z.string().optional(),
    user_type: z.string().optional(),
    session_id: z.string().optional(),
    _token: z.string().optional(),
  }),
});

/** `GET /api/admin/profile_fields.json` / `location_fields.json`. */
export const WireFieldsSchema = z.object({
  profile_fields: z.array(FieldSchema).optional(),
  location_fields: z.array(FieldSchema).optional(),
});

/** An `ms_errors` body detail, as a 422 lists them. */
export const WireErrorDetailSchema = z.object({ path: z.string(), message: z.string() });
