import { identity, type Resolve } from './resolve';
import type { BodyProperty, JsonValue, ResponsePath } from './types';

/** A JSON object as a description holds it; may be shared or circular once references are followed. */
export type Obj = Record<string, unknown>;

/** Whether a value is a plain JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The deepest a schema snapshot or a response path goes; circular and absurd nesting stop here. */
export const MAX_DEPTH = 12;
/**
 * At most this many response paths per operation, so the index of a description with a thousand
 * operations stays a few MB; an operation cut short says so and its paths are not reported missing.
 */
export const MAX_PATHS = 500;
/** At most this many JSON nodes in one snapshot (a schema or an example). */
export const MAX_NODES = 20_000;

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

/** Properties of a schema: merged from `allOf` parts (required too), offered from `oneOf`/`anyOf` ones. */
export interface CollectedProperties {
  props: Map<string, Obj>;
  required: Set<string>;
  /** `additionalProperties: false` here or in an `allOf` part. */
  closed: boolean;
}

/** Properties and required names of a schema, following `$ref`s with `r`; cycle-safe. */
export function collectProperties(
  schema: Obj,
  r: Resolve = identity,
  seen = new Set<Obj>(),
): CollectedProperties {
  const props = new Map<string, Obj>();
  const required = new Set<string>();
  let closed = schema.additionalProperties === false;
  if (seen.has(schema)) return { props, required, closed };
  seen.add(schema);
  if (isObj(schema.properties)) {
    for (const [name, raw] of Object.entries(schema.properties)) {
      const sub = r(raw);
      if (isObj(sub)) props.set(name, sub);
    }
  }
  if (Array.isArray(schema.required))
    for (const n of schema.required) if (typeof n === 'string') required.add(n);
  const merge = (parts: unknown, keepRequired: boolean): void => {
    if (!Array.isArray(parts)) return;
    for (const raw of parts) {
      const part = r(raw);
      if (!isObj(part)) continue;
      const inner = collectProperties(part, r, seen);
      for (const [k, v] of inner.props) if (!props.has(k)) props.set(k, v);
      if (keepRequired) for (const n of inner.required) required.add(n);
      // A closed allOf part closes the whole; a closed oneOf branch does not.
      if (keepRequired && inner.closed) closed = true;
    }
  };
  merge(schema.allOf, true);
  merge(schema.oneOf, false);
  merge(schema.anyOf, false);
  return { props, required, closed };
}

/** The autocomplete entries of a body schema's top-level properties. */
export function bodyProperties(
  schema: Obj,
  r: Resolve = identity,
): { properties: BodyProperty[]; closed: boolean } {
  const { props, required, closed } = collectProperties(schema, r);
  const properties: BodyProperty[] = [];
  for (const [name, sub] of props) {
    const p: BodyProperty = { name, required: required.has(name) };
    const type = typeOf(sub);
    if (type !== undefined) p.type = type;
    const format = str(sub.format);
    if (format !== undefined) p.format = format;
    if (Array.isArray(sub.enum)) p.enum = sub.enum.slice(0, 200).map((v) => snapshot(v, r)) as JsonValue[];
    const description = str(sub.description) ?? str(sub.title);
    if (description !== undefined) p.description = description.slice(0, 500);
    if (typeof sub.maxLength === 'number') p.max_length = sub.maxLength;
    properties.push(p);
  }
  return { properties, closed };
}

/**
 * An acyclic, bounded copy of a schema or example with `$ref`s followed: a circular, too deep or
 * over-budget branch becomes `{}` (anything), so a validator never loops and stays small.
 */
export function snapshot(value: unknown, r: Resolve = identity): JsonValue {
  let budget = MAX_NODES;
  const ancestors: object[] = [];
  const copy = (raw: unknown, depth: number): JsonValue => {
    const v = r(raw);
    if (v === null || typeof v !== 'object') {
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    }
    if (depth >= MAX_DEPTH || budget <= 0 || ancestors.includes(v)) return {};
    budget--;
    ancestors.push(v);
    let out: JsonValue;
    if (Array.isArray(v)) out = v.map((x) => copy(x, depth + 1));
    else {
      const o: Record<string, JsonValue> = {};
      for (const [k, x] of Object.entries(v))
        if (x !== undefined && typeof x !== 'function') o[k] = copy(x, depth + 1);
      out = o;
    }
    ancestors.pop();
    return out;
  };
  return copy(value, 0);
}

/** Every dotted path a response schema describes (nested objects; arrays as `.0.`), cycle-safe. */
export function responsePaths(schema: Obj, r: Resolve = identity): ResponsePath[] {
  const out: ResponsePath[] = [];
  const walk = (node: Obj, prefix: string, depth: number, ancestors: Obj[]): void => {
    if (depth > MAX_DEPTH || out.length >= MAX_PATHS || ancestors.includes(node)) return;
    ancestors.push(node);
    const items = r(node.items);
    if (typeOf(node)?.includes('array') && isObj(items)) {
      if (prefix !== '') walk(items, `${prefix}.0`, depth + 1, ancestors);
    } else {
      for (const [name, sub] of collectProperties(node, r).props) {
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
