import { bundle } from '@readme/openapi-parser';
import { indexDescription, operationContracts, specKind } from '../../../shared/openapi/extract';
import type { Obj } from '../../../shared/openapi/schema-walk';
import type { ApiIndex, OperationContract, SpecKind } from '../../../shared/openapi/types';
import { urlResolver, type FetchText } from './external-refs';
import { fingerprintOf } from './fingerprint';
import { locateSchemaErrors, scanRefs } from './locate-errors';
import { MAX_DESCRIPTION_BYTES, parseSource, pointerLines, type DescriptionError } from './source-text';

/** What to load: the text, and whether `$ref`s to other files or URLs may be followed. */
export interface LoadRequest {
  text: string;
  /** Follow external `$ref`s (network, or files next to `baseFile`); off unless the admin asked. */
  allowExternal?: boolean;
  /** The file the text came from, so relative `$ref`s resolve next to it. */
  baseFile?: string;
  /** The URL the text was fetched from, so relative `$ref`s resolve against it. */
  baseUrl?: string;
  /** Also extract each POST operation's schemas and example, for the harness (checks and receiver). */
  contracts?: boolean;
}

/** A loaded description, or the errors that stopped it (nothing is replaced then). */
export type LoadResult =
  | {
      ok: true;
      index: ApiIndex;
      spec: SpecKind;
      fingerprint: string;
      warnings: string[];
      contracts?: OperationContract[];
      /** The description with its external `$ref`s inlined, when it had some: what to keep for offline use. */
      bundledText?: string;
    }
  | { ok: false; errors: DescriptionError[] };

export { fingerprintOf };

function fail(text: string, errors: DescriptionError[]): LoadResult {
  // Lines cost a second (YAML-aware) parse, so they are found only when there are errors to place.
  const lineOf = errors.some((e) => e.line === undefined && e.pointer !== '') ? pointerLines(text) : null;
  return {
    ok: false,
    errors: errors.map((e) =>
      lineOf === null || e.line !== undefined || e.pointer === '' ? e : { ...e, ...lineOf(e.pointer) },
    ),
  };
}

function unsupported(text: string, doc: unknown): LoadResult {
  const o = (doc ?? {}) as Obj;
  const v = o.openapi ?? o.swagger;
  if (v === undefined)
    return fail(text, [
      {
        message:
          'Not an API description: neither "openapi" (3.0/3.1) nor "swagger" (2.0) is set at the top level.',
        pointer: '',
      },
    ]);
  return fail(text, [
    {
      message: `Version ${JSON.stringify(v)} is not supported; Webhook Studio reads OpenAPI 3.0, 3.1 and Swagger 2.0.`,
      pointer: o.openapi !== undefined ? '/openapi' : '/swagger',
    },
  ]);
}

/**
 * External `$ref`s inlined by @readme/openapi-parser's bundler, only when the admin allowed it. Files are
 * read next to `baseFile`; URLs only through `fetchText`, never by the parser's own downloader.
 */
async function bundled(doc: Obj, req: LoadRequest, fetchText: FetchText | undefined): Promise<Obj> {
  const root = req.baseUrl !== undefined ? { url: req.baseUrl, text: req.text } : undefined;
  const urls = urlResolver(fetchText, root);
  const options = { resolve: { external: true, file: req.baseFile !== undefined, http: urls } };
  // From a file (or a URL), the parser reads it itself so that relative references resolve next to it.
  const api = req.baseFile ?? req.baseUrl ?? structuredClone(doc);
  try {
    return (await bundle(api as never, options as never)) as unknown as Obj;
  } finally {
    urls.close();
  }
}

/**
 * Parses a description (JSON or YAML), validates it against its specification's JSON Schema, checks
 * every `$ref` (local ones must exist; external ones are followed only when allowed), then indexes its
 * POST operations. Referenced URLs are read with `fetchText` (the app's network settings); without it only
 * files are followed. Runs in a worker thread; see the README for why validation is done this way.
 */
export async function loadDescription(req: LoadRequest, fetchText?: FetchText): Promise<LoadResult> {
  const parsed = parseSource(req.text);
  if (!parsed.ok) return parsed;
  let doc = parsed.doc as Obj;
  const spec = specKind(doc);
  if (spec === null) return unsupported(req.text, doc);
  const refs = scanRefs(doc);
  let bundledText: string | undefined;
  if (refs.external.length > 0) {
    if (req.allowExternal !== true)
      return fail(
        req.text,
        refs.external.map((x) => ({
          message: `External reference "${x.ref}" was not followed; import again allowing external references, or bundle the description into one file.`,
          pointer: x.pointer,
        })),
      );
    try {
      doc = await bundled(doc, req, fetchText);
      bundledText = JSON.stringify(doc);
      if (Buffer.byteLength(bundledText, 'utf8') > MAX_DESCRIPTION_BYTES)
        return fail(req.text, [
          {
            message: `With its external references inlined the description is larger than ${MAX_DESCRIPTION_BYTES / 1048576} MB; it cannot be kept.`,
            pointer: '',
          },
        ]);
    } catch (error) {
      return fail(req.text, [
        {
          message: `An external reference could not be read: ${error instanceof Error ? error.message : String(error)}`,
          pointer: '',
        },
      ]);
    }
  }
  const schemaErrors = locateSchemaErrors(doc, spec);
  if (schemaErrors.length > 0) return fail(req.text, schemaErrors);
  const missing = refs.missing.map((m) => ({
    message: `"${m.ref}" names nothing in this description.`,
    pointer: m.pointer,
  }));
  if (missing.length > 0) return fail(req.text, missing);
  return {
    ok: true,
    spec,
    index: indexDescription(doc, spec),
    fingerprint: fingerprintOf(req.text),
    warnings: [],
    ...(req.contracts === true ? { contracts: operationContracts(doc, spec) } : {}),
    ...(bundledText !== undefined ? { bundledText } : {}),
  };
}
