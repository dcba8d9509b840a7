import * as z from 'zod';

const RowSchema = z.object({ api_field: z.string(), mangoapps_field: z.string() });

/**
 * What a publish writes for one webhook and what read-back compares: the content an admin controls, in the
 * contract's shape, without versions, notify URL, row ids or secrets.
 */
export const WebhookContentSchema = z.object({
  outgoing: z.object({
    triggers: z.array(z.string()),
    post_url: z.string(),
    request_parameters: z.array(RowSchema),
    response_parameters: z.array(RowSchema),
  }),
  incoming: z.object({
    input_parameters: z.array(
      RowSchema.extend({
        user_identifier: z.boolean().optional(),
        location_identifier: z.boolean().optional(),
      }),
    ),
  }),
  security: z.object({ oauth: z.object({ token_url: z.string(), username: z.string() }).nullable() }),
  /** Profile webhook only. */
  jit_provisioning: z.boolean().optional(),
});
export type WebhookContent = z.infer<typeof WebhookContentSchema>;

/** The live webhook a draft was last pulled from or published to: the base of plans and conflict checks. */
export const RemoteBaseSchema = z.object({
  version: z.number().int().nonnegative(),
  updated_at: z.string().nullable(),
  updated_by: z.string().nullable(),
  synced_at: z.string(),
  content: WebhookContentSchema,
});
export type RemoteBase = z.infer<typeof RemoteBaseSchema>;

/** Per webhook kind, the base the draft sits on; null until pulled. */
export const RemoteStateSchema = z.object({
  profile: RemoteBaseSchema.nullable(),
  location: RemoteBaseSchema.nullable(),
});
export type RemoteState = z.infer<typeof RemoteStateSchema>;

/** A base as a draft file records it: the live version and a fingerprint of its content. */
export const BaseRefSchema = z.object({
  version: z.number().int().nonnegative(),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{32}$/),
});

/**
 * Per webhook, the base an imported draft file brought, not yet checked against the domain: the next plan
 * checks it (the domain's history serves its content) and compares against it; a pull or publish replaces it.
 */
export const ImportedBaseSchema = z.object({
  profile: BaseRefSchema.nullable(),
  location: BaseRefSchema.nullable(),
});
export type ImportedBase = z.infer<typeof ImportedBaseSchema>;
