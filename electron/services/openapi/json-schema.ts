import { isObj, type Obj } from '../../../shared/openapi/schema-walk';
import type { JsonValue, SpecKind } from '../../../shared/openapi/types';

/** Adds `null` to a schema's type (and enum) for 3.0's `nullable` and Swagger's `x-nullable`. */
function allowNull(out: Obj): void {
  const t = out.type;
  if (typeof t === 'string') out.type = [t, 'null'];
  else if (Array.isArray(t) && !t.includes('null')) out.type = [...t, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

/** Draft 4's boolean `exclusiveMaximum`/`exclusiveMinimum` (3.0, 2.0) as the numbers later drafts use. */
function exclusiveBounds(out: Obj): void {
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else delete out[flag];
  }
}

const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMA_SLOTS = ['items', 'not', 'additionalProperties', 'if', 'then', 'else', 'contains'] as const;
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;

/**
 * An OpenAPI schema (already a `$ref`-free snapshot) as plain JSON Schema for a validator: OpenAPI 3.0
 * and Swagger 2.0 are draft-4 dialects with extras (`nullable`, boolean exclusive bounds, `type: file`);
 * 3.1 is JSON Schema 2020-12 already and keeps its keywords. In every version, a request's `readOnly`
 * properties are not required (the server fills them).
 */
export function toJsonSchema(schema: JsonValue, spec: SpecKind, request = true): JsonValue {
  const legacy = spec !== 'openapi-3.1';
  if (!legacy && !request) return schema;
  const walk = (node: JsonValue): JsonValue => {
    if (!isObj(node)) return node;
    const out: Obj = { ...node };
    if (legacy) {
      if (out.type === 'file') delete out.type;
      if (out.nullable === true || out['x-nullable'] === true) allowNull(out);
      delete out.nullable;
      exclusiveBounds(out);
    }
    for (const key of SCHEMA_LISTS)
      if (Array.isArray(out[key])) out[key] = (out[key] as JsonValue[]).map(walk);
    for (const key of SCHEMA_SLOTS) if (isObj(out[key])) out[key] = walk(out[key] as JsonValue);
    for (const key of SCHEMA_MAPS) {
      const map = out[key];
      if (!isObj(map)) continue;
      out[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, walk(v as JsonValue)]));
    }
    if (request && isObj(out.properties) && Array.isArray(out.required)) {
      const props = out.properties;
      out.required = out.required.filter((n) => {
        const prop = typeof n === 'string' ? props[n] : undefined;
        return !(isObj(prop) && prop.readOnly === true);
      });
    }
    return out as JsonValue;
  };
  return walk(schema);
}
