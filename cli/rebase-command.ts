import { readBase, publisherMatcher } from '../electron/services/publish/base-check';
import { readLive } from '../electron/services/publish/publish-engine';
import { baseOf } from '../electron/services/publish/pull';
import { AppError } from '../shared/bridge/envelope';
import { contentFromDraft, withWebhookContent } from '../shared/domain-api/webhook-content';
import { exportDraft } from '../shared/draft-file/export-draft';
import { parseDraftFile } from '../shared/draft-file/import-draft';
import { WEBHOOK_KINDS } from '../shared/model/field-catalogue';
import { mergeContents, threeWay, type MergeChoice, type MergeItem } from '../shared/plan/merge';
import { UsageError, type CliArgs } from './args';
import { connect, loadFile, NOW, withDomainCatalogue, writeOut, type CliIo } from './commands';
import { referenceToWrite } from './openapi-check';

const line = (i: MergeItem) =>
  `  ${i.status === 'conflict' ? 'CONFLICT' : i.status === 'theirs' ? 'live' : 'file'}  ${i.label}: base ${i.base ?? '—'} | live ${i.live ?? '—'} | file ${i.draft ?? '—'}`;

/**
 * `pull --into FILE`: a three-way merge of the live changes into the file (the app's merge), keeping the
 * file's own edits, and the file's base moved to the live versions. Conflicting units leave the file
 * untouched (exit 3) until `--take live|file` says which side wins.
 */
export async function rebaseCommand(args: CliArgs, io: CliIo): Promise<number> {
  const loaded = await loadFile(args, io, args.into!);
  if (typeof loaded === 'number') return loaded;
  const client = connect(args.domain!, io.env);
  try {
    let draft = await withDomainCatalogue(client, loaded.draft);
    const remote = { profile: draft.remote?.profile ?? null, location: draft.remote?.location ?? null };
    const report: Record<string, unknown>[] = [];
    let conflicts = 0;
    const isPublisher = publisherMatcher(client, io.env.WEBHOOK_STUDIO_USERNAME ?? '');
    for (const kind of WEBHOOK_KINDS) {
      const fileBase = loaded.base[kind];
      if (!fileBase)
        throw new UsageError(
          `${args.into} records no base for the ${kind} webhook, so there is nothing to rebase from: pull a fresh file with --out and copy your edits into it.`,
        );
      const live = await readLive(client, kind);
      const mine = contentFromDraft(draft.config, kind);
      const base = await readBase(client, kind, fileBase, live, isPublisher, {
        fileOAuth: mine.security.oauth,
      });
      if (base.status === 'tampered') {
        io.err(`error  base.${kind}  ${base.message}`);
        if (args.json)
          io.out(
            JSON.stringify(
              { ok: false, file_errors: [{ path: `base.${kind}`, message: base.message }] },
              null,
              2,
            ),
          );
        return 1;
      }
      const items = threeWay(base.content, live.content, mine, kind);
      const taken = (i: MergeItem): MergeChoice =>
        i.status === 'theirs' || (i.status === 'conflict' && args.take === 'live') ? 'theirs' : 'mine';
      const open = items.filter((i) => i.status === 'conflict' && !args.take);
      conflicts += open.length;
      report.push({ kind, base_version: base.version, live_version: live.version, items });
      if (!args.json) {
        io.err(
          `${kind}: base version ${base.version} → live version ${live.version}, ${items.length} unit(s) differ`,
        );
        for (const i of items) io.err(line(i));
      }
      const choices = Object.fromEntries(items.map((i) => [i.unit, taken(i)]));
      const merged = mergeContents(live.content, mine, kind, items, choices);
      draft = { ...draft, config: withWebhookContent(draft.config, kind, merged, null) };
      remote[kind] = baseOf(live, NOW());
    }
    if (conflicts > 0) {
      if (args.json) io.out(JSON.stringify({ ok: false, conflicts, webhooks: report }, null, 2));
      io.err(
        `${conflicts} unit(s) changed both in ${args.into} and on the live page. ${args.into} was left untouched: run again with --take live or --take file.`,
      );
      return 3;
    }
    // The file's base moves to the live versions: the one it was loaded with is used up.
    const { file_base: _loaded, ...rebased } = draft;
    // The file's reference to its API description is kept (re-checked, and embedded when asked).
    const api = await referenceToWrite(io, {
      ...(args.openapi !== undefined ? { openapi: args.openapi } : {}),
      file: args.into!,
      allowExternal: args.allowExternalRefs,
      embed: args.embedApi,
    }).catch(async (error: unknown) => {
      // A description that cannot be read now must not stop the rebase: the file keeps its reference.
      if (!(error instanceof AppError) || args.embedApi) throw error;
      io.err(`warning  api_description  ${error.message.split('\n')[0]} The reference is kept as it was.`);
      const parsed = parseDraftFile(await io.readFile(args.into!));
      return parsed.ok ? parsed.value.api_description : undefined;
    });
    await writeOut(io, args.into!, exportDraft({ ...rebased, remote }, api).text);
    if (args.json) io.out(JSON.stringify({ ok: true, webhooks: report }, null, 2));
    io.err(`Rebased ${args.into} onto the live versions.`);
    return 0;
  } finally {
    await client.logout();
  }
}
