import * as z from 'zod';
import { ApiReferenceSchema } from '../draft-file/api-reference';
import { ApiIndexSchema, OperationBindingSchema, SPEC_KINDS } from '../openapi/types';

const DomainId = { domain_id: z.string().min(1).max(100) };

/** Where a description came from: a file (by name), pasted text, or a URL. */
export const DescriptionSourceSchema = z.object({
  kind: z.enum(['file', 'text', 'url']),
  /** The file name or the URL; empty for pasted text. */
  location: z.string().max(2100),
});
export type DescriptionSource = z.infer<typeof DescriptionSourceSchema>;

/** A description kept with a domain's draft: where it came from, its fingerprint and its index. */
export const StoredDescriptionSchema = z.object({
  source: DescriptionSourceSchema,
  /** `sha256:<hex>` of the imported text. */
  fingerprint: z.string(),
  imported_at: z.string(),
  spec: z.enum(SPEC_KINDS),
  size: z.number().int().nonnegative(),
  index: ApiIndexSchema,
});
export type StoredDescription = z.infer<typeof StoredDescriptionSchema>;

/** An error in a description: what, and where (JSON pointer; line and column when the text has them). */
export const DescriptionErrorSchema = z.object({
  message: z.string(),
  pointer: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

const State = z.object({ description: StoredDescriptionSchema.nullable(), binding: OperationBindingSchema });

/** The largest description text the UI may send, in characters. */
export const MAX_DESCRIPTION_CHARS = 20 * 1024 * 1024;

/** The channels of a domain's API description: import, show, bind operations, remove. */
export const openapiContract = {
  'openapi:get': { input: z.object(DomainId), result: State },
  'openapi:import': {
    input: z.object({
      ...DomainId,
      source: z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('text'),
          text: z.string().max(MAX_DESCRIPTION_CHARS),
          name: z.string().max(260).default(''),
        }),
        z.object({ kind: z.literal('url'), url: z.string().min(1).max(2100) }),
      ]),
      /** Follow `$ref`s to other documents on the network; off unless the admin agrees. */
      allow_external: z.boolean().default(false),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('imported'), state: State, warnings: z.array(z.string()) }),
      z.object({ status: z.literal('invalid'), errors: z.array(DescriptionErrorSchema) }),
    ]),
  },
  'openapi:bind': { input: z.object({ ...DomainId, binding: OperationBindingSchema }), result: State },
  'openapi:remove': { input: z.object(DomainId), result: State },
  /** The draft file's reference to the description (with its text when `embed`), or null when none. */
  'openapi:reference': {
    input: z.object({ ...DomainId, embed: z.boolean().default(false) }),
    result: ApiReferenceSchema.nullable(),
  },
} as const;
