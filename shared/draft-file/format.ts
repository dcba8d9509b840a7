import * as z from 'zod';
import { FieldSchema } from '../model/field-catalogue';
import { LOCATION_TRIGGERS, PROFILE_TRIGGERS } from '../model/webhook';
import { ApiReferenceSchema } from './api-reference';

/** Where the published JSON Schema of draft files lives; exports name it in `$schema`, the schema in `$id`. */
export const DRAFT_SCHEMA_URL = 'https://webhook-studio.app/schemas/draft-2.json';
/** The schema URL format 1 files name; still read, without a warning. */
export const DRAFT_SCHEMA_URL_V1 = 'https://webhook-studio.app/schemas/draft-1.json';
/** The draft-file format this build writes and the newest it reads. */
export const FORMAT_VERSION = 2;
/** Exported file names end with this, so file associations and Git attributes can match them. */
export const DRAFT_FILE_SUFFIX = '.webhook.json';

const Row = z
  .strictObject({
    api_field: z.string().describe("The third party's field name, spelled exactly as it spells it."),
    mangoapps_field: z.string().describe('The key of a MangoApps field from the field catalogue.'),
  })
  .meta({ id: 'mapping_row' });

const outgoing = <T extends readonly [string, ...string[]]>(triggers: T) =>
  z
    .strictObject({
      triggers: z.array(z.enum(triggers)).default([]).describe('The trigger events that post to post_url.'),
      post_url: z
        .string()
        .default('')
        .describe("The third party's endpoint; absolute https when a trigger is on."),
      request_parameters: z
        .array(Row)
        .default([])
        .describe('Sent with each trigger: API field ← MangoApps field.'),
      response_parameters: z
        .array(Row)
        .default([])
        .describe('Read from the response and written back: API field (a dotted path) → MangoApps field.'),
    })
    .default({ triggers: [], post_url: '', request_parameters: [], response_parameters: [] });

const identifier = z
  .boolean()
  .default(false)
  .describe('Marks the row whose value finds the record (exactly one).');

/** The Profile webhook, in the contract's wire shape without notify_url (issued by the domain). */
export const ProfileFileSchema = z.strictObject({
  outgoing: outgoing(PROFILE_TRIGGERS),
  incoming: z
    .strictObject({ input_parameters: z.array(Row.extend({ user_identifier: identifier })).default([]) })
    .default({ input_parameters: [] }),
});

/** The Location webhook: location triggers and `location_identifier`. */
export const LocationFileSchema = z.strictObject({
  outgoing: outgoing(LOCATION_TRIGGERS),
  incoming: z
    .strictObject({ input_parameters: z.array(Row.extend({ location_identifier: identifier })).default([]) })
    .default({ input_parameters: [] }),
});

/** A catalogue field a file carries: custom (implied) or one the built-in list lacks (`custom: false`). */
export const FileFieldSchema = z
  .strictObject({
    key: FieldSchema.shape.key,
    label: FieldSchema.shape.label,
    type: FieldSchema.shape.type,
    read_only: z.boolean().default(false),
    unique: z.boolean().optional(),
    options: z.array(z.string()).optional(),
    custom: z
      .boolean()
      .optional()
      .describe('false for a field of the domain catalogue that is not custom but not in the built-in list.'),
  })
  .meta({ id: 'custom_field' });
export type FileField = z.infer<typeof FileFieldSchema>;

const customFields = z
  .array(FileFieldSchema)
  .default([])
  .superRefine((fields, ctx) => {
    const seen = new Map<string, number>();
    fields.forEach((field, i) => {
      const first = seen.get(field.key);
      if (first === undefined) seen.set(field.key, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, 'key'],
          message: `key "${field.key}" is already used by field ${first + 1}`,
        });
    });
  });

/** The live version a webhook in the file was pulled from or last published to. */
export const FileBaseSchema = z
  .strictObject({
    version: z
      .number()
      .int()
      .nonnegative()
      .describe('The live version this webhook was pulled from or published as.'),
    fingerprint: z
      .string()
      .regex(/^sha256:[0-9a-f]{32}$/, 'must be "sha256:" followed by 32 hex digits')
      .describe("A hash of that version's content (no secrets, no notify URL), to detect an edited base."),
  })
  .meta({ id: 'base' });
export type FileBase = z.infer<typeof FileBaseSchema>;

/**
 * A draft file: what an admin reviews in Git. The contract's wire shape for both webhooks, with no row ids,
 * no notify URLs and no secrets. Sections default to empty so a hand-written file can stay short.
 */
export const DraftFileSchema = z.strictObject({
  $schema: z.string().optional().describe('The URL of this JSON Schema.'),
  format_version: z
    .literal([1, FORMAT_VERSION])
    .describe('The draft-file format; newer versions need a newer Webhook Studio.'),
  name: z.string().min(1).max(120).describe('The display name of the domain, e.g. "acme production".'),
  domain: z.string().default('').describe("The domain's base URL, e.g. https://acme.mangoapps.com."),
  profile: ProfileFileSchema.default({
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: { input_parameters: [] },
  }),
  location: LocationFileSchema.default({
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: { input_parameters: [] },
  }),
  security: z
    .strictObject({
      oauth: z
        .strictObject({ token_url: z.string(), username: z.string() })
        .nullable()
        .default(null)
        .describe(
          'OAuth for both webhooks. The password is never in a file: Webhook Studio keeps it as a secret.',
        ),
    })
    .default({ oauth: null }),
  base: z
    .strictObject({
      profile: FileBaseSchema.nullable().default(null),
      location: FileBaseSchema.nullable().default(null),
    })
    .optional()
    .describe(
      'Per webhook, the live version this file sits on (format 2). Publishing compares base, live and file so a colleague’s edit is never reverted silently.',
    ),
  jit_provisioning: z.boolean().default(false).describe('Create accounts at first login.'),
  custom_fields: z
    .strictObject({ profile: customFields, location: customFields })
    .default({ profile: [], location: [] })
    .describe(
      'Catalogue fields beyond the built-in list (custom ones, and standard ones this domain adds), so offline validation agrees with the domain.',
    ),
  api_description: ApiReferenceSchema.optional(),
});
export type DraftFile = z.infer<typeof DraftFileSchema>;
