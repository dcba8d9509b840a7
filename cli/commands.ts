import { DomainClient } from '../electron/services/domain-client/domain-client';
import { applyWebhook, conflictOf, readLive } from '../electron/services/publish/publish-engine';
import { AppError } from '../shared/bridge/envelope';
import { contentFromDraft, withWebhookContent } from '../shared/domain-api/webhook-content';
import { exportDraft } from '../shared/draft-file/export-draft';
import { applyImport, parseDraftFile } from '../shared/draft-file/import-draft';
import { newDraft, type DomainDraft } from '../shared/model/draft';
import { WEBHOOK_KINDS } from '../shared/model/field-catalogue';
import type { ApplyOutcome } from '../shared/plan/outcome';
import { planWebhook } from '../shared/plan/plan';
import { validateDraft } from '../shared/validation';
import type { CliArgs } from './args';
import { checkAgainstDescription, type DescriptionCheck } from './openapi-check';
import { exitCodeOf, outcomeLines, planLines, problemLines } from './report';

/** What a command may touch: files and output are injected so tests run it in-process. */
export interface CliIo {
  env: Record<string, string | undefined>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  out(line: string): void;
  err(line: string): void;
}

const NOW = () => new Date().toISOString();

async function loadDraft(args: CliArgs, io: CliIo): Promise<DomainDraft | number> {
  const text = await io.readFile(args.file!);
  const parsed = parseDraftFile(text);
  if (!parsed.ok) {
    if (args.json) io.out(JSON.stringify({ ok: false, file_errors: parsed.errors }, null, 2));
    else for (const e of parsed.errors) io.err(`error  ${e.path || '(file)'}  ${e.message}`);
    return 1;
  }
  const base = newDraft('cli', parsed.value.name, args.domain ?? parsed.value.base_url, NOW());
  return applyImport(base, parsed.value, NOW());
}

function connect(domain: string, env: CliIo['env']): DomainClient {
  const missing = ['WEBHOOK_STUDIO_API_KEY', 'WEBHOOK_STUDIO_USERNAME', 'WEBHOOK_STUDIO_PASSWORD'].filter(
    (k) => !env[k],
  );
  if (missing.length)
    throw new AppError('invalid_input', `Set ${missing.join(', ')} in the environment to reach the domain.`);
  return new DomainClient({
    base_url: domain,
    api_key: env.WEBHOOK_STUDIO_API_KEY!,
    username: env.WEBHOOK_STUDIO_USERNAME!,
    password: env.WEBHOOK_STUDIO_PASSWORD!,
  });
}

/** Validate with the domain's own catalogue when one is reachable; report problems; 1 when errors remain. */
function report(draft: DomainDraft, args: CliArgs, io: CliIo, api?: DescriptionCheck | null): number {
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
  const draft = await loadDraft(args, io);
  if (typeof draft === 'number') return draft;
  const api = await checkAgainstDescription(args, io, draft);
  const code = report(draft, args, io, api);
  // Description findings are warnings: they fail a pipeline only when it asks for that.
  return code === 0 && args.strict && (api?.findings.length ?? 0) > 0 ? 1 : code;
}

/** `plan` and `publish`: read live, plan, and (publish) write with If-Match and read back. */
export async function planOrPublish(args: CliArgs, io: CliIo): Promise<number> {
  const loaded = await loadDraft(args, io);
  if (typeof loaded === 'number') return loaded;
  const client = connect(args.domain!, io.env);
  const [profileFields, locationFields] = await Promise.all([
    client.fields('profile'),
    client.fields('location'),
  ]);
  const draft: DomainDraft = {
    ...loaded,
    catalogue: { source: 'domain', profile: profileFields, location: locationFields },
  };
  if (report(draft, { ...args, json: false }, { ...io, out: io.err }) !== 0) {
    if (args.json) io.out(JSON.stringify({ ok: false, problems: validateDraft(draft) }, null, 2));
    return 1;
  }
  const password = io.env.WEBHOOK_STUDIO_OAUTH_PASSWORD;
  // Both webhooks share one OAuth setting: the first webhook written carries a new password.
  const passwordKind = args.kinds[0];
  const plans = [];
  const outcomes: ApplyOutcome[] = [];
  for (const kind of args.kinds) {
    const live = await readLive(client, kind).catch((error: unknown) => {
      // Once publishing, a failed read must not hide what was already written: report it with the rest.
      if (args.command !== 'publish' || !(error instanceof AppError)) throw error;
      outcomes.push({
        status: 'not_applied',
        kind,
        message: `Reading the live page failed: ${error.message}`,
      });
      return null;
    });
    if (!live) continue;
    const content = contentFromDraft(draft.config, kind);
    const plan = planWebhook(live.content, content, kind, live.version, {
      passwordChanged: !!password && kind === passwordKind,
    });
    plans.push({ kind, live_version: live.version, plan });
    if (!args.json) for (const line of planLines(plan, live.version)) io.out(line);
    if (args.command !== 'publish') continue;
    if (args.expectVersion !== undefined && args.expectVersion !== live.version) {
      // Refused like a 412 would be: reported with the others, after which the session still ends.
      const expected = { kind, content, expectedVersion: args.expectVersion, base: null };
      outcomes.push({ status: 'conflict', kind, conflict: conflictOf(expected, live) });
      if (!args.json) io.err(`${kind}: live version is ${live.version}, expected ${args.expectVersion}.`);
      continue;
    }
    if (plan.changes.length === 0) {
      outcomes.push({ status: 'unchanged', kind, version: live.version });
      continue;
    }
    const pw = password && kind === passwordKind ? { password } : {};
    outcomes.push(
      await applyWebhook(client, { kind, content, expectedVersion: live.version, base: live.content, ...pw }),
    );
  }
  await client.logout();
  if (args.json)
    io.out(JSON.stringify({ plans, ...(args.command === 'publish' ? { outcomes } : {}) }, null, 2));
  else for (const o of outcomes) for (const line of outcomeLines(o)) io.out(line);
  return exitCodeOf(outcomes);
}

/** `pull --domain <url>`: the live configuration as a draft file. */
export async function pullCommand(args: CliArgs, io: CliIo): Promise<number> {
  const client = connect(args.domain!, io.env);
  const [profileFields, locationFields] = await Promise.all([
    client.fields('profile'),
    client.fields('location'),
  ]);
  const draft = newDraft('cli', new URL(args.domain!).hostname, args.domain!, NOW());
  draft.catalogue = { source: 'domain', profile: profileFields, location: locationFields };
  for (const kind of WEBHOOK_KINDS) {
    const live = await readLive(client, kind);
    draft.config = withWebhookContent(
      draft.config,
      kind,
      live.content,
      live.wire.incoming.notify_url ?? null,
    );
  }
  await client.logout();
  const { text } = exportDraft(draft);
  if (args.out) {
    await io.writeFile(args.out, text);
    io.err(`Wrote ${args.out}.`);
  } else io.out(text.trimEnd());
  return 0;
}
