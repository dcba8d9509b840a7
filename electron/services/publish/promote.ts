import type { ChannelResult } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import type { DomainDraft } from '../../../shared/model/draft';
import { WEBHOOK_KINDS, type WebhookKind } from '../../../shared/model/field-catalogue';
import type { ApplyOutcome } from '../../../shared/plan/outcome';
import { validateDraft } from '../../../shared/validation';
import type { DomainClient } from '../domain-client/domain-client';
import { hostOf } from '../harness/targets';
import { draftInputs, refusedOutcomes } from './draft-run';
import { ensureHostConfirmed } from './host-confirmation';
import type { PublishLogStore } from './publish-log';
import { runPublish, type RunOptions } from './publish-run';

/** What promotion needs from the publish service. */
export interface PromotionDeps {
  connectTo: (draft: DomainDraft) => Promise<DomainClient>;
  log: PublishLogStore;
  now: () => string;
  runOptions: (client: DomainClient, draft: DomainDraft) => Omit<RunOptions, 'write'>;
}

/** The draft as the target domain would judge it: against the target's own field catalogue. */
async function onTarget(client: DomainClient, source: DomainDraft): Promise<DomainDraft> {
  const [profile, location] = await Promise.all([client.fields('profile'), client.fields('location')]);
  return { ...source, catalogue: { source: 'domain', profile, location } };
}

/** The draft's content per webhook, planned on the target's live page as base (a promotion has no base there). */
const promotionInputs = (source: DomainDraft, kinds: readonly WebhookKind[]) =>
  draftInputs(source, kinds, null).map((i) => ({
    ...i,
    base: null,
    knownBase: null,
    baseMode: 'live' as const,
  }));

function targetOf(source: DomainDraft, target: DomainDraft) {
  if (source.id === target.id)
    throw new AppError('invalid_input', 'Pick another saved domain to plan against, not this one.');
  return { id: target.id, name: target.name, base_url: target.base_url };
}

/**
 * Promotion (e.g. sandbox → production): the open draft planned against another saved domain, with that
 * domain's live page as base and its catalogue as the judge, so fields it lacks and identifiers that are not
 * unique there are named before anything is written; publishing it needs the target's host typed each time.
 */
export function promotionSteps(deps: PromotionDeps) {
  return {
    async plan(
      source: DomainDraft,
      target: DomainDraft,
      confirmHost: string | undefined,
    ): Promise<ChannelResult<'publish:plan'>> {
      const named = targetOf(source, target);
      await ensureHostConfirmed(deps.log, target, confirmHost);
      const client = await deps.connectTo(target);
      const judged = await onTarget(client, source);
      const planned_from = { saved_at: source.updated_at };
      const blocked = validateDraft(judged)
        .filter((p) => p.severity === 'error')
        .map((p) => ({ path: p.path, message: `On ${target.name}: ${p.message}` }));
      if (blocked.length) return { planned_from, target: named, blocked, webhooks: [] };
      const run = await runPublish(client, promotionInputs(source, WEBHOOK_KINDS), {
        ...deps.runOptions(client, target),
        write: false,
      });
      const webhooks = run.plans
        .filter((p) => p.plan.changes.length > 0)
        .map((p) => ({ kind: p.kind, live_version: p.live.version, plan: p.plan, conflict: null }));
      return { planned_from, target: named, blocked, webhooks };
    },

    async apply(
      source: DomainDraft,
      target: DomainDraft,
      expected: readonly { kind: WebhookKind; version: number }[],
      confirmHost: string | undefined,
      note: string | undefined,
    ): Promise<ApplyOutcome[]> {
      targetOf(source, target);
      const host = hostOf(target.base_url) ?? target.base_url;
      // Every promotion names its target: a reflex click must not write production.
      if (confirmHost?.trim().toLowerCase() !== host) {
        throw new AppError(
          'needs_confirmation',
          `Publishing to ${target.name} writes another domain: type its host ${host} to confirm.`,
          [{ path: 'confirm_host', message: host }],
        );
      }
      await ensureHostConfirmed(deps.log, target, confirmHost);
      const client = await deps.connectTo(target);
      if (validateDraft(await onTarget(client, source)).some((p) => p.severity === 'error'))
        throw new AppError(
          'validation_failed',
          `The draft does not fit ${target.name}'s field catalogue; plan against it again to see why.`,
        );
      const inputs = promotionInputs(
        source,
        expected.map((e) => e.kind),
      ).map((input, i) => ({ ...input, expectedVersion: expected[i]!.version }));
      const run = await runPublish(client, inputs, {
        ...deps.runOptions(client, target),
        write: true,
        message: note ? `${note} (promoted from ${source.name})` : `Promoted from ${source.name}`,
        record: (entry) => deps.log.record(target.id, entry),
      });
      return run.outcomes.length ? run.outcomes : refusedOutcomes(run);
    },
  };
}
