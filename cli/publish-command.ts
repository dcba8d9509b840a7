import { publisherMatcher } from '../electron/services/publish/base-check';
import { conflictOf } from '../electron/services/publish/publish-engine';
import { applyKind, planKind, type KindPlan } from '../electron/services/publish/publish-flow';
import { contentFromDraft } from '../shared/domain-api/webhook-content';
import type { DomainDraft } from '../shared/model/draft';
import type { ApplyOutcome } from '../shared/plan/outcome';
import { validateDraft } from '../shared/validation';
import type { CliArgs } from './args';
import { connect, loadFile, report, withDomainCatalogue, type CliIo } from './commands';
import { exitCodeOf, kindPlanJson, kindPlanLines, outcomeLines } from './report';

/** The exit code of plans that refused before writing: a damaged base 1, a conflict or missing base 3. */
function refusalCode(plans: readonly KindPlan[]): number {
  if (plans.some((p) => p.refused?.reason === 'tampered')) return 1;
  if (plans.some((p) => p.refused)) return 3;
  return 0;
}

/** `plan` and `publish`: read live, check the file's base, plan, and (publish) write and read back. */
export async function planOrPublish(args: CliArgs, io: CliIo): Promise<number> {
  const loaded = await loadFile(args, io);
  if (typeof loaded === 'number') return loaded;
  const client = connect(args.domain!, io.env);
  try {
    const draft: DomainDraft = await withDomainCatalogue(client, loaded.draft);
    if (report(draft, { ...args, json: false }, { ...io, out: io.err }) !== 0) {
      if (args.json) io.out(JSON.stringify({ ok: false, problems: validateDraft(draft) }, null, 2));
      return 1;
    }
    const password = io.env.WEBHOOK_STUDIO_OAUTH_PASSWORD;
    // Both webhooks share one OAuth setting: the first webhook written carries a new password.
    const passwordKind = args.kinds[0];
    const isPublisher = publisherMatcher(client, io.env.WEBHOOK_STUDIO_USERNAME ?? '');
    const plans: KindPlan[] = [];
    const outcomes: ApplyOutcome[] = [];
    // Plan every webhook before writing any: one refused webhook stops the whole publish.
    for (const kind of args.kinds) {
      const planned = await planKind(client, {
        kind,
        content: contentFromDraft(draft.config, kind),
        base: loaded.base[kind],
        baseMode: args.baseLive ? 'live' : 'file',
        merge: args.merge,
        isPublisher,
        passwordChanged: !!password && kind === passwordKind,
      });
      plans.push(planned);
      if (!args.json) for (const line of kindPlanLines(planned)) io.out(line);
    }
    const writing = args.command === 'publish' && plans.every((p) => !p.refused);
    for (const planned of writing ? plans : []) {
      const { kind, live } = planned;
      if (args.expectVersion !== undefined && args.expectVersion !== live.version) {
        // Refused like a 412 would be: reported with the others, after which the session still ends.
        const req = {
          kind,
          content: planned.write,
          expectedVersion: args.expectVersion,
          base: planned.base,
          ...(planned.base_version === null ? {} : { baseVersion: planned.base_version }),
        };
        outcomes.push({ status: 'conflict', kind, conflict: conflictOf(req, live) });
        if (!args.json) io.err(`${kind}: live version is ${live.version}, expected ${args.expectVersion}.`);
        continue;
      }
      const pw = password && kind === passwordKind ? password : undefined;
      outcomes.push(await applyKind(client, planned, pw));
    }
    const refused = refusalCode(plans);
    if (args.json) {
      io.out(
        JSON.stringify(
          {
            ok: refused === 0 && exitCodeOf(outcomes) === 0,
            plans: plans.map(kindPlanJson),
            ...(args.command === 'publish'
              ? { outcomes, ...(args.message ? { message: args.message } : {}) }
              : {}),
          },
          null,
          2,
        ),
      );
    } else {
      for (const o of outcomes) for (const line of outcomeLines(o)) io.out(line);
      if (args.message && outcomes.some((o) => o.status === 'published')) io.out(`note: ${args.message}`);
    }
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
