import * as z from 'zod';

/** The value types a MangoApps profile or location field can have (admin-api.md, field catalogues). */
export const FIELD_TYPES = ['string', 'email', 'phone', 'date', 'boolean', 'enum', 'user'] as const;

/** One entry of a field catalogue, exactly as `profile_fields.json` / `location_fields.json` return it. */
export const FieldSchema = z.object({
  key: z
    .string()
    .min(1, 'key is required')
    .max(100, 'key is longer than 100 characters')
    .regex(/^[a-z][a-z0-9_]*$/, 'key must be snake_case: lower-case letters, digits and _'),
  label: z.string().min(1, 'label is required').max(200),
  type: z.enum(FIELD_TYPES),
  read_only: z.boolean().default(false),
  custom: z.boolean().default(false),
  unique: z.boolean().optional(),
  options: z.array(z.string()).optional(),
});
export type Field = z.infer<typeof FieldSchema>;

export { WEBHOOK_KINDS, type WebhookKind } from './webhook-kinds';

/** The field catalogues a draft maps against: standard fields plus the domain's custom fields. */
export const CatalogueSchema = z.object({
  source: z.enum(['builtin', 'domain']),
  pulled_at: z.string().optional(),
  profile: z.array(FieldSchema),
  location: z.array(FieldSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;
