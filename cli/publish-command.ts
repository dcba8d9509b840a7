import { publisherMatcher } from '../electron/services/publish/base-check';
import type { KindPlan } from '../electron/services/publish/publish-flow';
import { runPublish } from '../electron/services/publish/publish-run';
import { contentFromDraft } from '../shared/domain-api/webhook-content';
import type { DomainDraft } from '../shared/model/draft';
import { validateDraft } from '../shared/validation';
import type { CliArgs } from './args';
import { connect, loadFile, NOW, report, withDomainCatalogue, type CliIo } from './commands';
import { historySinks, type HistorySinks } from './publish-history';
import { exitCodeOf, kindPlanJson, kindPlanLines, outcomeLines } from './report';

/** The exit code of plans that refused before writing: a damaged base 1, a conflict or missing base 3. */
function refusalCode(plans: readonly KindPlan[]): number {
  if (plans.some((p) => p.refused?.reason === 'tampered')) return 1;
  if (plans.some((p) => p.refused)) return 3;
  return 0;
}

/** Where the run recorded its publishes, for text and --json. */
function recordedIn(sinks: HistorySinks | null) {
  if (!sinks) return null;
  return {
    ...(sinks.file ? { file: sinks.file } : {}),
    ...(sinks.app ? { app_domain: sinks.app.domain.name } : {}),
    ...(sinks.failures.length ? { failures: sinks.failures } : {}),
  };
}

/** `plan` and `publish`: the app's publish flow (plan, write with If-Match, read back, record history). */
export async function planOrPublish(args: CliArgs, io: CliIo): Promise<number> {
  const loaded = await loadFile(args, io);
  if (typeof loaded === 'number') return loaded;
  const publishing = args.command === 'publish';
  // A wrong --app-data is a usage error before connecting, never after a write.
  const sinks = publishing ? await historySinks(args, io) : null;
  const client = connect(args.domain!, io.env);
  try {
    const draft: DomainDraft = await withDomainCatalogue(client, loaded.draft);
    if (report(draft, { ...args, json: false }, { ...io, out: io.err }) !== 0) {
      if (args.json) io.out(JSON.stringify({ ok: false, problems: validateDraft(draft) }, null, 2));
      return 1;
    }
    const password = io.env.WEBHOOK_STUDIO_OAUTH_PASSWORD;
    // Both webhooks share one OAuth setting: the plan shows a new password once, on the first webhook.
    const passwordKind = args.kinds[0];
    const run = await runPublish(
      client,
      args.kinds.map((kind) => ({
        kind,
        content: contentFromDraft(draft.config, kind),
        base: loaded.base[kind],
        passwordChanged: !!password && kind === passwordKind,
        ...(args.expectVersion !== undefined ? { expectedVersion: args.expectVersion } : {}),
      })),
      {
        baseMode: args.baseLive ? 'live' : 'file',
        merge: args.merge,
        isPublisher: publisherMatcher(client, io.env.WEBHOOK_STUDIO_USERNAME ?? ''),
        write: publishing,
        ...(password ? { password } : {}),
        ...(args.message ? { message: args.message } : {}),
        username: io.env.WEBHOOK_STUDIO_USERNAME ?? '',
        domain: args.domain!,
        now: NOW,
        record: (entry) => sinks?.record(entry) ?? Promise.resolve(),
      },
    );
    const { plans, outcomes } = run;
    const refused = refusalCode(plans);
    const history = run.entries.length ? recordedIn(sinks) : null;
    if (args.json) {
      io.out(
        JSON.stringify(
          {
            ok: refused === 0 && exitCodeOf(outcomes) === 0,
            ...(refused ? { refused: true } : {}),
            plans: plans.map((p) => kindPlanJson(p, refused !== 0)),
            ...(publishing
              ? {
                  outcomes,
                  ...(args.message ? { message: args.message } : {}),
                  ...(history ? { history } : {}),
                }
              : {}),
          },
          null,
          2,
        ),
      );
    } else {
      if (refused)
        io.out(
          `REFUSED: nothing ${publishing ? 'was written' : 'would be written'}; the plan below says why, webhook by webhook.`,
        );
      for (const p of plans) for (const line of kindPlanLines(p, refused !== 0)) io.out(line);
      for (const o of outcomes) {
        if (
          o.status === 'conflict' &&
          args.expectVersion !== undefined &&
          o.conflict.live_version !== args.expectVersion
        )
          io.err(`${o.kind}: live version is ${o.conflict.live_version}, expected ${args.expectVersion}.`);
        for (const line of outcomeLines(o)) io.out(line);
      }
      if (args.message && run.entries.length) io.out(`note: ${args.message}`);
      if (history?.file || history?.app_domain)
        io.err(
          `Recorded in ${[history.file, history.app_domain && `the app's history of "${history.app_domain}"`].filter(Boolean).join(' and ')}.`,
        );
    }
    for (const f of sinks?.failures ?? [])
      io.err(`warning: the publish is verified, but its record was not kept in ${f}`);
    if (args.command === 'plan') {
      if (refused === 1) return 1;
      if (!args.detailedExitcode) return refused;
      return plans.some((p) => p.plan.changes.length > 0 || p.refused) ? 2 : 0;
    }
    const written = exitCodeOf(outcomes);
    if (refused === 1) return 1;
    return refused === 3 || written === 3 ? 3 : written;
  } finally {
    await client.logout();
  }
}
