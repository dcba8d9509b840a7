import type { z } from 'zod';

/**
 * Values the host itself has already parsed against a contract schema, and which schema that was.
 * Keyed by object identity: only the exact object a store handed out is vouched for, so anything a
 * handler builds or copies afterwards is not.
 */
const vouched = new WeakMap<object, z.ZodType>();

/**
 * Marks `value` as the output of `schema` (a parse done when it was stored, or a fresh copy of such a
 * value), so the dispatcher need not parse it against that same schema again on its way out.
 */
export function vouchFor<T extends object>(value: T, schema: z.ZodType): T {
  vouched.set(value, schema);
  return value;
}

/** The schema `value` was vouched for with, if any. */
export function vouchedSchemaOf(value: unknown): z.ZodType | undefined {
  return typeof value === 'object' && value !== null ? vouched.get(value) : undefined;
}

/** Whether `value` was vouched for with `schema` itself (or, for a nullable result, with what it wraps). */
export function isVouchedFor(schema: z.ZodType, value: unknown): boolean {
  const schemaOfValue = vouchedSchemaOf(value);
  if (schemaOfValue === undefined) return false;
  if (schemaOfValue === schema) return true;
  const def = schema.def as { type: string; innerType?: z.ZodType };
  return def.type === 'nullable' && def.innerType === schemaOfValue;
}

type ObjectSchema = z.ZodType & {
  shape: Record<string, z.ZodType>;
  omit(mask: Record<string, true>): z.ZodType;
};

/** The object schema without some keys, made once per schema and set of keys. */
const withoutKeys = new WeakMap<z.ZodType, Map<string, z.ZodType>>();

function omitted(schema: ObjectSchema, keys: string[]): z.ZodType {
  const byKeys = withoutKeys.get(schema) ?? new Map<string, z.ZodType>();
  withoutKeys.set(schema, byKeys);
  const name = keys.join('\0');
  let rest = byKeys.get(name);
  if (!rest) {
    rest = schema.omit(Object.fromEntries(keys.map((k) => [k, true as const])));
    byKeys.set(name, rest);
  }
  return rest;
}

/**
 * Parses a result against its contract schema, except what the host vouched for with exactly the schema
 * it is checked against: the whole result, or (for an answer made of parts, such as a start's) each
 * part vouched for with its own field's schema. Every other part is parsed as usual, and keys the
 * schema does not name are still dropped.
 */
export function parseResult(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> {
  if (isVouchedFor(schema, value)) return { success: true, data: value };
  if (schema.def.type !== 'object' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return schema.safeParse(value);
  }
  const object = schema as ObjectSchema;
  const record = value as Record<string, unknown>;
  const trusted = Object.keys(object.shape).filter(
    (key) => Object.hasOwn(record, key) && isVouchedFor(object.shape[key]!, record[key]),
  );
  if (trusted.length === 0) return schema.safeParse(value);
  const rest = omitted(object, trusted).safeParse(value);
  if (!rest.success) return rest;
  const data = rest.data as Record<string, unknown>;
  for (const key of trusted) data[key] = record[key];
  return { success: true, data };
}
