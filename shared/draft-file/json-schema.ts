import * as z from 'zod';
import { DRAFT_SCHEMA_URL, DraftFileSchema } from './format';

/** The published JSON Schema of draft files, generated from the zod schema the importer uses. */
export function draftJsonSchema(): Record<string, unknown> {
  // io 'input': what a file may contain (defaults make sections optional), not what the parser returns.
  const { $schema, ...rest } = z.toJSONSchema(DraftFileSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: DRAFT_SCHEMA_URL,
    title: 'Webhook Studio draft',
    description:
      'A MangoApps Profile and Location webhook configuration, exported by Webhook Studio for review in Git. It never holds secrets.',
    ...rest,
  };
}

/** The schema as committed in schema/draft-2.schema.json. */
export function draftJsonSchemaText(): string {
  return `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
}
