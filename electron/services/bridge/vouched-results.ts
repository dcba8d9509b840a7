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
