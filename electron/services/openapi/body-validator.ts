import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { BodyViolation, JsonValue, SpecKind } from '../../../shared/openapi/types';
import { toJsonSchema } from './json-schema';

/** At most this many violations are reported for one body. */
const MAX_VIOLATIONS = 50;

type Dialect = 'draft-07' | '2020-12';
const engines = new Map<string, Ajv>();

/** One validator engine per dialect and coercion, with formats (email, date-time, uri, int32 …). */
function engine(dialect: Dialect, coerce: boolean): Ajv {
  const key = `${dialect}:${coerce}`;
  let ajv = engines.get(key);
  if (!ajv) {
    // strict off: descriptions carry `example`, `discriminator`, `x-…` and formats ajv does not know.
    const options = { allErrors: true, strict: false, logger: false as const, coerceTypes: coerce };
    ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    engines.set(key, ajv);
  }
  return ajv;
}

const compiled = new WeakMap<object, Map<string, ValidateFunction | string>>();

/** The compiled validator of a schema snapshot (kept while the snapshot lives), or why it cannot compile. */
function validatorOf(schema: JsonValue, spec: SpecKind, form: boolean): ValidateFunction | string {
  const holder = typeof schema === 'object' && schema !== null ? schema : { schema };
  const key = `${spec}:${form}`;
  let byKey = compiled.get(holder);
  if (!byKey) compiled.set(holder, (byKey = new Map()));
  let v = byKey.get(key);
  if (v === undefined) {
    try {
      const dialect: Dialect = spec === 'openapi-3.1' ? '2020-12' : 'draft-07';
      const json = toJsonSchema(schema, spec);
      v = engine(dialect, form).compile(typeof json === 'object' && json !== null ? json : {});
    } catch (error) {
      v = `The description's request schema cannot be used to check bodies: ${error instanceof Error ? error.message : String(error)}`;
    }
    byKey.set(key, v);
  }
  return v;
}

/** The top-level body field an error is about: the property named in the pointer, missing or extra. */
function fieldOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.instancePath === '' && e.keyword === 'required') return String(p.missingProperty);
  if (e.instancePath === '' && e.keyword === 'additionalProperties') return String(p.additionalProperty);
  const first = e.instancePath.split('/')[1];
  return first === undefined ? '' : first.replace(/~1/g, '/').replace(/~0/g, '~');
}

function messageOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `"${String(p.missingProperty)}" is required`;
  if (e.keyword === 'additionalProperties')
    return `"${String(p.additionalProperty)}" is not allowed (additionalProperties: false)`;
  if (e.keyword === 'enum')
    return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return e.message ?? e.keyword;
}

/** The body as the API would read it: JSON, or a form's fields (all text, coerced by the schema). */
export function parseBody(body: string, contentType: string): { value: unknown; form: boolean } | string {
  if (/x-www-form-urlencoded/i.test(contentType))
    return { value: Object.fromEntries(new URLSearchParams(body)), form: true };
  if (body.trim() === '') return { value: undefined, form: false };
  try {
    return { value: JSON.parse(body) as unknown, form: false };
  } catch (error) {
    return `The body is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Every way `body` (the exact text sent, with its Content-Type) breaks an operation's request schema,
 * each at the top-level field it concerns; empty when it conforms. ajv with formats, in the host only.
 */
export function validateBody(
  schema: JsonValue,
  spec: SpecKind,
  body: string,
  contentType: string,
): BodyViolation[] {
  const parsed = parseBody(body, contentType);
  if (typeof parsed === 'string') return [{ field: '', pointer: '', message: parsed }];
  const validate = validatorOf(schema, spec, parsed.form);
  if (typeof validate === 'string') return [{ field: '', pointer: '', message: validate }];
  if (validate(parsed.value)) return [];
  const seen = new Set<string>();
  const out: BodyViolation[] = [];
  for (const e of validate.errors ?? []) {
    // oneOf/anyOf report every branch; the summary keyword says it once.
    const violation = { field: fieldOf(e), pointer: e.instancePath, message: messageOf(e) };
    const key = `${violation.pointer} ${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(violation);
    if (out.length >= MAX_VIOLATIONS) break;
  }
  return out;
}
