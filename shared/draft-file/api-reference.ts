import * as z from 'zod';

/** The largest description a draft file may embed, in characters. */
export const MAX_EMBEDDED_CHARS = 20 * 1024 * 1024;

/**
 * A draft file's reference to the third party's API description: where it is, which exact text the
 * mapping was checked against, the operations bound, and (when exported with it) the text itself.
 * Optional and additive: files without it read as before.
 */
export const ApiReferenceSchema = z
  .strictObject({
    source: z
      .string()
      .max(2100)
      .describe('Path (relative to this file) or https URL of the OpenAPI 3.x or Swagger 2.0 description.'),
    fingerprint: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, 'fingerprint must be sha256: followed by 64 hex digits')
      .optional()
      .describe('sha256 of the description text the mapping was checked against.'),
    operations: z
      .strictObject({
        profile: z.string().max(2100).optional(),
        location: z.string().max(2100).optional(),
        token: z.string().max(2100).optional(),
      })
      .optional()
      .describe('Operations chosen by hand, e.g. "POST /employees"; absent ones follow the Post to URL.'),
    embedded: z
      .string()
      .max(MAX_EMBEDDED_CHARS)
      .optional()
      .describe('The description text itself (JSON or YAML), when the file was exported with it.'),
  })
  .meta({ id: 'api_description' });
export type ApiReference = z.infer<typeof ApiReferenceSchema>;
