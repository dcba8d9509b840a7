import type { BodyProperty, JsonValue, ResponsePath } from './types';

/** A JSON object as a dereferenced description holds it; may be shared or circular. */
export type Obj = Record<string, unknown>;

/** Whether a value is a plain JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The deepest a schema snapshot or a response path goes; circular and absurd nesting stop here. */
export const MAX_DEPTH = 12;
/** At most this many response paths per operation, so a huge response schema stays a short list. */
export const MAX_PATHS = 5_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The schema's type as text: `string`, or `string|null` for 3.1 type arrays and 3.0 `nullable`. */
export function typeOf(schema: Obj): string | undefined {
  const t = schema.type;
  let types: string[] = Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
  if (typeof t === 'string') types = [t];
  if (types.length === 0 && isObj(schema.properties)) types = ['object'];
  if (types.length === 0) return undefined;
  if (schema.nullable === true && !types.includes('null')) types.push('null');
  return types.join('|');
}

/** Properties and required names of a schema, merging `allOf` parts and offering `oneOf`/`anyOf` ones. */
export function collectProperties(
  schema: Obj,
  seen = new Set<Obj>(),
): { props: Map<string, Obj>; required: Set<string>; closed: boolean } {
  const props = new Map<string, Obj>();
  const required = new Set<string>();
  let closed = schema.additionalProperties === false;
  if (seen.has(schema)) return { props, required, closed };
  seen.add(schema);
  if (isObj(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) if (isObj(sub)) props.set(name, sub);
  }
  if (Array.isArray(schema.required))
    for (const r of schema.required) if (typeof r === 'string') required.add(r);
  const merge = (parts: unknown, keepRequired: boolean): void => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!isObj(part)) continue;
      const inner = collectProperties(part, seen);
      for (const [k, v] of inner.props) if (!props.has(k)) props.set(k, v);
      if (keepRequired) for (const r of inner.required) required.add(r);
      // allOf parts that are closed close the whole; a closed oneOf branch does not.
      if (keepRequired && inner.closed) closed = true;
    }
  };
  merge(schema.allOf, true);
  merge(schema.oneOf, false);
  merge(schema.anyOf, false);
  return { props, required, closed };
}

/** The autocomplete entries of a body schema's top-level properties. */
export function bodyProperties(schema: Obj): { properties: BodyProperty[]; closed: boolean } {
  const { props, required, closed } = collectProperties(schema);
  const properties: BodyProperty[] = [];
  for (const [name, sub] of props) {
    const p: BodyProperty = { name, required: required.has(name) };
    const type = typeOf(sub);
    if (type !== undefined) p.type = type;
    const format = str(sub.format);
    if (format !== undefined) p.format = format;
    if (Array.isArray(sub.enum)) p.enum = snapshot(sub.enum) as JsonValue[];
    const description = str(sub.description) ?? str(sub.title);
    if (description !== undefined) p.description = description.slice(0, 500);
    if (typeof sub.maxLength === 'number') p.max_length = sub.maxLength;
    properties.push(p);
  }
  return { properties, closed };
}

/**
 * An acyclic, depth-limited copy of a schema: a circular or too-deep branch becomes `{}` (anything),
 * so a validator never loops and a body is still checked at every level that exists.
 */
export function snapshot(value: unknown, depth = 0, ancestors: Obj[] = []): JsonValue {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null;
  }
  if (depth >= MAX_DEPTH) return {};
  if (Array.isArray(value)) return value.map((v) => snapshot(v, depth + 1, ancestors));
  if (ancestors.includes(value as Obj)) return {};
  ancestors.push(value as Obj);
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    out[k] = snapshot(v, depth + 1, ancestors);
  }
  ancestors.pop();
  return out;
}

/** Every dotted path a response schema describes (nested objects; arrays as `.0.`), cycle-safe. */
export function responsePaths(schema: Obj): ResponsePath[] {
  const out: ResponsePath[] = [];
  const walk = (node: Obj, prefix: string, depth: number, ancestors: Obj[]): void => {
    if (depth > MAX_DEPTH || out.length >= MAX_PATHS || ancestors.includes(node)) return;
    ancestors.push(node);
    const type = typeOf(node);
    if (type?.includes('array') && isObj(node.items)) {
      if (prefix !== '') walk(node.items, `${prefix}.0`, depth + 1, ancestors);
    } else {
      for (const [name, sub] of collectProperties(node).props) {
        if (out.length >= MAX_PATHS) break;
        const path = prefix === '' ? name : `${prefix}.${name}`;
        const entry: ResponsePath = { path };
        const t = typeOf(sub);
        if (t !== undefined) entry.type = t;
        const format = str(sub.format);
        if (format !== undefined) entry.format = format;
        const description = str(sub.description);
        if (description !== undefined) entry.description = description.slice(0, 300);
        out.push(entry);
        walk(sub, path, depth + 1, ancestors);
      }
    }
    ancestors.pop();
  };
  walk(schema, '', 0, []);
  return out;
}
