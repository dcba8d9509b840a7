import { createHash } from 'node:crypto';
import { dereference, validate } from '@readme/openapi-parser';
import { indexDescription, specKind } from '../../../shared/openapi/extract';
import type { Obj } from '../../../shared/openapi/schema-walk';
import type { ApiIndex, SpecKind } from '../../../shared/openapi/types';
import { externalRefs, locateSchemaErrors, pointerOfRef } from './locate-errors';
import { lineOfPointer, parseSource, type DescriptionError } from './source-text';

/** What to load: the text, and whether `$ref`s to other files or URLs may be followed. */
export interface LoadRequest {
  text: string;
  /** Follow external `$ref`s (network or files next to `baseFile`); off unless the admin asked. */
  allowExternal?: boolean;
  /** The file the text came from, so relative `$ref`s resolve next to it. */
  baseFile?: string;
}

/** A loaded description, or the errors that stopped it (nothing is replaced then). */
export type LoadResult =
  | { ok: true; index: ApiIndex; spec: SpecKind; fingerprint: string; warnings: string[] }
  | { ok: false; errors: DescriptionError[] };

/** `sha256:<hex>` of the text: how a draft file names the exact description it was checked against. */
export function fingerprintOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

function withLines(text: string, errors: DescriptionError[]): DescriptionError[] {
  return errors.map((e) =>
    e.line !== undefined || e.pointer === '' ? e : { ...e, ...lineOfPointer(text, e.pointer) },
  );
}

const firstLine = (m: string): string => m.split('\n')[0] ?? m;

/**
 * Parses, validates (with @readme/openapi-parser, then the specification's schema to place each error)
 * and dereferences a description, then indexes its POST operations. Runs in a worker thread.
 */
export async function loadDescription(req: LoadRequest): Promise<LoadResult> {
  const parsed = parseSource(req.text);
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  const spec = specKind(doc);
  if (spec === null) {
    const v = (doc as Obj | null)?.openapi ?? (doc as Obj | null)?.swagger;
    const message =
      v === undefined
        ? 'Not an API description: neither "openapi" (3.0/3.1) nor "swagger" (2.0) is set at the top level.'
        : `Version ${JSON.stringify(v)} is not supported; Webhook Studio reads OpenAPI 3.0, 3.1 and Swagger 2.0.`;
    return {
      ok: false,
      errors: withLines(req.text, [
        {
          message,
          pointer: v === undefined ? '' : (doc as Obj).openapi !== undefined ? '/openapi' : '/swagger',
        },
      ]),
    };
  }
  const external = externalRefs(doc);
  if (external.length > 0 && req.allowExternal !== true) {
    return {
      ok: false,
      errors: withLines(
        req.text,
        external.map((x) => ({
          message: `External reference "${x.ref}" was not followed; import again allowing external references, or bundle the description into one file.`,
          pointer: x.pointer,
        })),
      ),
    };
  }
  const options = {
    resolve: {
      external: req.allowExternal === true,
      file: req.allowExternal === true && req.baseFile !== undefined,
      http: { timeout: 15_000, redirects: 3 },
    },
  };
  // With external references allowed and a file to start from, the parser reads the file itself so that
  // relative references resolve next to it.
  const source = (): never =>
    (req.allowExternal === true && req.baseFile ? req.baseFile : structuredClone(doc)) as never;
  const checked = await validate(source(), options).catch((e: unknown) => ({
    valid: false as const,
    errors: [{ message: e instanceof Error ? e.message : String(e) }],
    warnings: [],
  }));
  if (!checked.valid) {
    const located = locateSchemaErrors(doc, spec);
    const errors: DescriptionError[] =
      located.length > 0
        ? located
        : checked.errors.slice(0, 20).map((e) => {
            const missing = /Missing \$ref pointer "([^"]+)"/.exec(e.message);
            return {
              message: firstLine(e.message),
              pointer: missing?.[1] ? pointerOfRef(doc, missing[1]) : '',
            };
          });
    return { ok: false, errors: withLines(req.text, errors) };
  }
  const deref = (await dereference(source(), options)) as unknown as Obj;
  return {
    ok: true,
    spec,
    index: indexDescription(deref, spec),
    fingerprint: fingerprintOf(req.text),
    warnings: checked.warnings.map((w) => firstLine(w.message)).slice(0, 20),
  };
}
