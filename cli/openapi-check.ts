import path from 'node:path';
import { fetchDescription, fetchReferenced } from '../electron/services/openapi/fetch-description';
import {
  fingerprintOf,
  loadDescription,
  type LoadResult,
} from '../electron/services/openapi/load-description';
import { AppError } from '../shared/bridge/envelope';
import type { ApiReference } from '../shared/draft-file/api-reference';
import { parseDraftFile } from '../shared/draft-file/import-draft';
import type { DomainDraft } from '../shared/model/draft';
import { WEBHOOK_KINDS } from '../shared/model/field-catalogue';
import { checkDraftAgainstDescription, type ApiFinding } from '../shared/openapi';
import { boundOperation } from '../shared/openapi/bind';
import type { ApiIndex } from '../shared/openapi/types';
import { tablePath } from '../shared/validation/wording';
import type { CliArgs } from './args';
import type { CliIo } from './commands';

/** The outcome of checking a draft file against its API description. */
export interface DescriptionCheck {
  findings: ApiFinding[];
  /** What `--json` adds: the description used, the operations bound and the findings. */
  json: Record<string, unknown>;
  lines: string[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The reference to use: `--openapi` wins over the file's own `api_description`. */
async function referenceOf(
  openapi: string | undefined,
  file: string | undefined,
  io: Pick<CliIo, 'readFile'>,
): Promise<{ ref: ApiReference; base: string } | null> {
  if (openapi !== undefined) return { ref: { source: openapi }, base: process.cwd() };
  if (file === undefined) return null;
  const parsed = parseDraftFile(await io.readFile(file));
  const ref = parsed.ok ? parsed.value.api_description : undefined;
  return ref ? { ref, base: path.dirname(path.resolve(file)) } : null;
}

type Loaded = Extract<LoadResult, { ok: true }>;

/**
 * The description named by `openapi` (a path or URL), else by the draft file's `api_description`
 * (its embedded text first: offline), loaded and checked; null when neither names one. An unreadable
 * or invalid description throws invalid_input with each error's place.
 */
export async function loadNamedDescription(
  io: Pick<CliIo, 'readFile'>,
  options: { openapi?: string; file?: string; allowExternal: boolean; contracts?: boolean },
): Promise<{ ref: ApiReference; loaded: Loaded; text: string } | null> {
  const found = await referenceOf(options.openapi, options.file, io);
  if (!found) return null;
  const { ref, base } = found;
  const text = await textOf(ref, base, io);
  const fromUrl = isUrl(ref.source) && ref.embedded === undefined;
  const loaded = await loadDescription(
    {
      text,
      allowExternal: options.allowExternal,
      baseFile: isUrl(ref.source) || ref.embedded !== undefined ? undefined : path.resolve(base, ref.source),
      ...(fromUrl ? { baseUrl: ref.source } : {}),
      ...(options.contracts ? { contracts: true } : {}),
    },
    // Referenced URLs go through the network settings of this run (--proxy, --ca-file, the environment).
    fetchReferenced,
  );
  if (!loaded.ok) {
    const where = loaded.errors.map(
      (e) => `  ${e.pointer || '(document)'}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`,
    );
    throw new AppError(
      'invalid_input',
      `The API description ${ref.source} cannot be used:\n${where.join('\n')}`,
    );
  }
  return { ref, loaded, text };
}

/**
 * The `api_description` a written draft file carries: `--openapi` (or the file's own reference) checked
 * and fingerprinted, with the text itself when `embed` (then the file is checked offline later).
 */
export async function referenceToWrite(
  io: Pick<CliIo, 'readFile'>,
  options: { openapi?: string; file?: string; allowExternal: boolean; embed: boolean },
): Promise<ApiReference | undefined> {
  const found = await loadNamedDescription(io, options);
  if (!found) return undefined;
  const { ref, loaded, text } = found;
  return {
    source: ref.source,
    fingerprint: loaded.fingerprint,
    ...(ref.operations ? { operations: ref.operations } : {}),
    ...(options.embed ? { embedded: text } : {}),
  };
}

async function textOf(ref: ApiReference, base: string, io: Pick<CliIo, 'readFile'>): Promise<string> {
  if (ref.embedded !== undefined) return ref.embedded;
  if (isUrl(ref.source)) return fetchDescription(ref.source);
  return io.readFile(path.resolve(base, ref.source));
}

const findingLine = (f: ApiFinding): string =>
  `warning  ${tablePath(f.kind, f.table)}${f.row === null ? '' : ` row ${f.row}`}  ${f.problem}${f.suggestion ? ` — ${f.suggestion}` : ''}`;

/**
 * Checks a draft against the description named by `--openapi` or by the file: the same checks the
 * editor shows, as lines and as `{row, api_field, problem, suggestion}` objects. Null when there is
 * no description to check against. An unreadable or invalid description is a failure (exit 4).
 */
export async function checkAgainstDescription(
  args: CliArgs,
  io: CliIo,
  draft: DomainDraft,
): Promise<DescriptionCheck | null> {
  const found = await loadNamedDescription(io, {
    ...(args.openapi !== undefined ? { openapi: args.openapi } : {}),
    ...(args.file !== undefined ? { file: args.file } : {}),
    allowExternal: args.allowExternalRefs,
  });
  if (!found) return null;
  const { ref, loaded } = found;
  const lines: string[] = [];
  // A description with external references is kept (and embedded) inlined: either text is the same one.
  const same = [loaded.fingerprint, ...(loaded.bundledText ? [fingerprintOf(loaded.bundledText)] : [])];
  if (ref.fingerprint !== undefined && !same.includes(ref.fingerprint))
    lines.push(
      `warning  api_description  ${ref.source} changed since the draft was checked against it (fingerprint differs).`,
    );
  const findings = checkDraftAgainstDescription(draft, loaded.index, ref.operations ?? {});
  lines.push(...findings.map(findingLine));
  return {
    findings,
    lines,
    json: {
      api_description: {
        source: ref.source,
        fingerprint: loaded.fingerprint,
        spec: loaded.spec,
        operations: boundKeys(draft, loaded.index, ref),
      },
      api_findings: findings.map((f) => ({
        kind: f.kind,
        table: f.table,
        row: f.row,
        api_field: f.api_field,
        problem: f.problem,
        suggestion: f.suggestion,
      })),
    },
  };
}

function boundKeys(draft: DomainDraft, index: ApiIndex, ref: ApiReference): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const kind of WEBHOOK_KINDS) {
    out[kind] =
      boundOperation(index, draft.config[kind].outgoing.post_url, ref.operations?.[kind])?.operation.key ??
      null;
  }
  return out;
}
