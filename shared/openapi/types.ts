import * as z from 'zod';

/** A JSON value as a description can hold it (enum members, examples). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

/** One top-level property of a request body schema, as the API Field autocomplete shows it. */
export const BodyPropertySchema = z.object({
  name: z.string(),
  /** JSON Schema type(s), e.g. `string` or `string|null`; absent when the schema does not say. */
  type: z.string().optional(),
  format: z.string().optional(),
  enum: z.array(JsonValueSchema).optional(),
  required: z.boolean(),
  description: z.string().optional(),
  max_length: z.number().optional(),
});
export type BodyProperty = z.infer<typeof BodyPropertySchema>;

/** The request body of an operation, flattened to what a flat webhook body can fill. */
export const RequestShapeSchema = z.object({
  media_type: z.string(),
  properties: z.array(BodyPropertySchema),
  /** False only when the schema says `additionalProperties: false`: unknown keys are refused. */
  additional_properties: z.boolean(),
});
export type RequestShape = z.infer<typeof RequestShapeSchema>;

/** One dotted path a success response can carry, e.g. `data.id` or `items.0.id`. */
export const ResponsePathSchema = z.object({
  path: z.string(),
  type: z.string().optional(),
  format: z.string().optional(),
  description: z.string().optional(),
});
export type ResponsePath = z.infer<typeof ResponsePathSchema>;

/** The success response of an operation: its status, its paths and an example when the description has one. */
export const ResponseShapeSchema = z.object({
  status: z.string(),
  paths: z.array(ResponsePathSchema),
  /** True when the schema has more paths than the index keeps; a path not listed may still exist. */
  truncated: z.boolean().optional(),
  example: JsonValueSchema.optional(),
});
export type ResponseShape = z.infer<typeof ResponseShapeSchema>;

/** One POST operation of a description: where it lives, what it takes, what it answers. */
export const ApiOperationSchema = z.object({
  /** `POST /users`: how a draft names the operation it is bound to. */
  key: z.string(),
  method: z.string(),
  path: z.string(),
  operation_id: z.string().optional(),
  summary: z.string().optional(),
  /** Server URLs (absolute or relative), variables filled with their defaults. */
  servers: z.array(z.string()),
  request: RequestShapeSchema.nullable(),
  response: ResponseShapeSchema.nullable(),
});
export type ApiOperation = z.infer<typeof ApiOperationSchema>;

/** Which specification a description follows. */
export const SPEC_KINDS = ['swagger-2.0', 'openapi-3.0', 'openapi-3.1'] as const;
export type SpecKind = (typeof SPEC_KINDS)[number];

/** What the editor, the checks and the harness need from a description: small, acyclic, JSON-safe. */
export const ApiIndexSchema = z.object({
  spec: z.enum(SPEC_KINDS),
  title: z.string(),
  version: z.string(),
  operations: z.array(ApiOperationSchema),
});
export type ApiIndex = z.infer<typeof ApiIndexSchema>;

/** Which operation each webhook (and the OAuth token call) is bound to, by key; absent means automatic. */
export const OperationBindingSchema = z.object({
  profile: z.string().max(2100).optional(),
  location: z.string().max(2100).optional(),
  token: z.string().max(2100).optional(),
});
export type OperationBinding = z.infer<typeof OperationBindingSchema>;

/** One POST operation as the harness checks and answers it: JSON-safe schema snapshots, no `$ref`s. */
export interface OperationContract {
  key: string;
  path: string;
  servers: string[];
  spec: SpecKind;
  /** The request body schema, or null when the operation takes none. */
  request: JsonValue | null;
  media_type: string | null;
  /** The success status (`default` and `2XX` read as 200). */
  status: number;
  /** The success response schema, or null. */
  response: JsonValue | null;
  /** The description's own example of the success response, when it has one. */
  example?: JsonValue;
}

/** One way a body breaks the request schema, at a top-level field ('' for the body as a whole). */
export const BodyViolationSchema = z.object({
  field: z.string(),
  /** JSON pointer into the body, e.g. `/email`. */
  pointer: z.string(),
  message: z.string(),
});
export type BodyViolation = z.infer<typeof BodyViolationSchema>;
