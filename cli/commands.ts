import { DomainClient } from '../electron/services/domain-client/domain-client';
import { readLive } from '../electron/services/publish/publish-engine';
import { baseOf } from '../electron/services/publish/pull';
import { withWebhookContent } from '../shared/domain-api/webhook-content';
import { exportDraft } from '../shared/draft-file/export-draft';
import type { FileBase } from '../shared/draft-file/format';
import { applyImport, parseDraftFile } from '../shared/draft-file/import-draft';
import { newDraft, type DomainDraft } from '../shared/model/draft';
import { WEBHOOK_KINDS, type WebhookKind } from '../shared/model/field-catalogue';
import { validateDraft } from '../shared/validation';
import { UsageError, type CliArgs } from './args';
import { checkAgainstDescription, referenceToWrite, type DescriptionCheck } from './openapi-check';
import { problemLines } from './report';

/** What a command may touch: files and output are injected so tests run it in-process. */
export interface CliIo {
  env: Record<string, string | undefined>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  out(line: string): void;
  err(line: string): void;
}

/** A draft file read from disk: the draft, and the base it records per webhook. */
export interface LoadedFile {
  draft: DomainDraft;
  base: Record<WebhookKind, FileBase | null>;
}

/** Now, as ISO 8601. */
export const NOW = () => new Date().toISOString();

/** Read and parse the command's draft file; problems are reported per field and give exit 1. */
export async function loadFile(args: CliArgs, io: CliIo, path = args.file!): Promise<LoadedFile | number> {
  const text = await io.readFile(path);
  const parsed = parseDraftFile(text);
  if (!parsed.ok) {
    if (args.json) io.out(JSON.stringify({ ok: false, file_errors: parsed.errors }, null, 2));
    else for (const e of parsed.errors) io.err(`error  ${e.path || '(file)'}  ${e.message}`);
    return 1;
  }
  const base = newDraft('cli', parsed.value.name, args.domain ?? parsed.value.base_url, NOW());
  return { draft: applyImport(base, parsed.value, NOW()), base: parsed.value.base };
}

/** A client for the domain; secrets come only from the environment, and a missing one is a usage error. */
export function connect(domain: string, env: CliIo['env']): DomainClient {
  const missing = ['WEBHOOK_STUDIO_API_KEY', 'WEBHOOK_STUDIO_USERNAME', 'WEBHOOK_STUDIO_PASSWORD'].filter(
    (k) => !env[k],
  );
  if (missing.length)
    throw new UsageError(`Set ${missing.join(', ')} in the environment to reach the domain.`);
  return new DomainClient({
    base_url: domain,
    api_key: env.WEBHOOK_STUDIO_API_KEY!,
    username: env.WEBHOOK_STUDIO_USERNAME!,
    password: env.WEBHOOK_STUDIO_PASSWORD!,
  });
}

/** The draft validated against the domain's own catalogues, as a publish would be. */
export async function withDomainCatalogue(client: DomainClient, draft: DomainDraft): Promise<DomainDraft> {
  const [profile, location] = await Promise.all([client.fields('profile'), client.fields('location')]);
  return { ...draft, catalogue: { source: 'domain', profile, location } };
}

/** Report validation problems (and API description findings, when checked); 1 when errors remain. */
export function report(draft: DomainDraft, args: CliArgs, io: CliIo, api?: DescriptionCheck | null): number {
  const problems = validateDraft(draft);
  const errors = problems.filter((p) => p.severity === 'error');
  if (args.command === 'validate' && args.json)
    io.out(JSON.stringify({ ok: errors.length === 0, problems, ...api?.json }, null, 2));
  else
    for (const line of [...problemLines(problems), ...(api?.lines ?? [])])
      (errors.length ? io.err : io.out)(line);
  if (api && !args.json) io.err(`API description: ${api.findings.length} warning(s).`);
  if (!args.json || args.command !== 'validate') {
    io.err(`${errors.length} error(s), ${problems.length - errors.length} warning(s).`);
  }
  return errors.length ? 1 : 0;
}

/** `validate <file>` */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const loaded = await loadFile(args, io);
  if (typeof loaded === 'number') return loaded;
  const api = await checkAgainstDescription(args, io, loaded.draft);
  const code = report(loaded.draft, args, io, api);
  // Description findings are warnings: they fail a pipeline only when it asks for that.
  return code === 0 && args.strict && (api?.findings.length ?? 0) > 0 ? 1 : code;
}

/** Write a file, saying plainly when its folder does not exist. */
export async function writeOut(io: CliIo, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT')
      throw new UsageError(`Cannot write ${path}: its folder does not exist. Create the folder first.`);
    if (code === 'EISDIR') throw new UsageError(`Cannot write ${path}: it is a folder, not a file.`);
    throw error;
  }
}

/** `pull --domain <url>`: the live configuration as a draft file, each webhook's live version its base. */
export async function pullCommand(args: CliArgs, io: CliIo): Promise<number> {
  const client = connect(args.domain!, io.env);
  try {
    const blank = newDraft('cli', new URL(args.domain!).hostname, args.domain!, NOW());
    const draft = await withDomainCatalogue(client, blank);
    draft.remote = { profile: null, location: null };
    for (const kind of WEBHOOK_KINDS) {
      const live = await readLive(client, kind);
      // The live versions become the file's base, as a pull in the app makes them the draft's.
      draft.remote[kind] = baseOf(live, NOW());
      draft.config = withWebhookContent(
        draft.config,
        kind,
        live.content,
        live.wire.incoming.notify_url ?? null,
      );
    }
    const api = await referenceToWrite(io, {
      ...(args.openapi !== undefined ? { openapi: args.openapi } : {}),
      allowExternal: args.allowExternalRefs,
      embed: args.embedApi,
    });
    if (args.embedApi && !api) throw new UsageError('--embed-api needs --openapi <path|url> to embed.');
    const { text } = exportDraft(draft, api);
    if (args.out) {
      await writeOut(io, args.out, text);
      io.err(`Wrote ${args.out}.`);
    } else io.out(text.trimEnd());
    return 0;
  } finally {
    await client.logout();
  }
}
