import * as z from 'zod';
import { ROUTES_SCHEMA_URL, RoutesFileSchema } from './format';

/** The published JSON Schema of routes files, generated from the zod schema the reader uses. */
export function routesJsonSchema(): Record<string, unknown> {
  // io 'input': what a file may contain (status, body and delay have defaults), not what the parser returns.
  const { $schema, ...rest } = z.toJSONSchema(RoutesFileSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: ROUTES_SCHEMA_URL,
    title: 'Webhook Studio receiver routes',
    description:
      "The local receiver's scripted answers (the mock third party): one per method and path, with JSON body templates.",
    ...rest,
  };
}

/** The schema as committed in schema/routes-1.schema.json. */
export function routesJsonSchemaText(): string {
  return `${JSON.stringify(routesJsonSchema(), null, 2)}\n`;
}
