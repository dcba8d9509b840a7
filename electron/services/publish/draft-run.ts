import { AppError } from '../../../shared/bridge/envelope';
import { contentFromDraft, sameContent } from '../../../shared/domain-api/webhook-content';
import { contentFingerprint } from '../../../shared/draft-file/fingerprint';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { ApplyOutcome } from '../../../shared/plan/outcome';
import { conflictOfPlan, type KindPlan } from './publish-flow';
import type { RunInput, RunResult } from './publish-run';

/** Whether the admin left a webhook as it was pulled or published: then there is nothing to plan. */
export function untouched(draft: DomainDraft, kind: WebhookKind, passwordChanged: boolean): boolean {
  const base = draft.remote?.[kind];
  if (!base || passwordChanged || draft.file_base?.[kind]) return false;
  return sameContent(base.content, contentFromDraft(draft.config, kind));
}

/**
 * The publish flow's input for a saved draft: its content per webhook, and its base — the one an imported
 * file brought (checked against the domain's history), else the pulled or published one it keeps.
 */
export function draftInputs(
  draft: DomainDraft,
  kinds: readonly WebhookKind[],
  passwordKind: WebhookKind | null,
): RunInput[] {
  return kinds.map((kind) => {
    const remote = draft.remote?.[kind] ?? null;
    const imported = draft.file_base?.[kind] ?? null;
    const base =
      imported ??
      (remote ? { version: remote.version, fingerprint: contentFingerprint(kind, remote.content) } : null);
    return {
      kind,
      content: contentFromDraft(draft.config, kind),
      base,
      knownBase: remote?.content ?? null,
      // A webhook never pulled has no base: the live page is its base, as the plan shows.
      ...(base ? {} : { baseMode: 'live' as const }),
      passwordChanged: kind === passwordKind,
    };
  });
}

/** A plan whose base the domain does not know is refused with the message saying how to go on. */
export function throwIfTampered(plans: readonly KindPlan[]): void {
  const tampered = plans.find((p) => p.refused?.reason === 'tampered');
  if (tampered?.refused) {
    throw new AppError(
      'conflict',
      `${tampered.refused.message.replace(/ \(to promote[^)]*\)/, '')} In the app: Pull and keep your edits to move the draft onto the live page.`,
    );
  }
}

/** What each webhook became when the run wrote nothing because a plan was refused. */
export function refusedOutcomes(run: RunResult): ApplyOutcome[] {
  throwIfTampered(run.plans);
  return run.plans.map((p) =>
    p.refused
      ? { status: 'conflict', kind: p.kind, conflict: conflictOfPlan(p) }
      : {
          status: 'not_applied',
          kind: p.kind,
          message:
            'Nothing was written: another webhook’s plan was refused, and one refusal stops the publish.',
        },
  );
}

/** The draft without an imported file's base for `kind`: a pull, publish or merge gave it a newer one. */
export function withoutFileBase(draft: DomainDraft, kind: WebhookKind): DomainDraft {
  const { file_base: old, ...rest } = draft;
  const left = old ? { ...old, [kind]: null } : undefined;
  return left && (left.profile || left.location) ? { ...rest, file_base: left } : rest;
}

/** The draft after a run: each verified publish is its new base, and an imported file's base is used up. */
export function draftAfterRun(draft: DomainDraft, run: RunResult, by: string | null): DomainDraft {
  let next = draft;
  for (const entry of run.entries) {
    next = {
      ...withoutFileBase(next, entry.kind),
      remote: {
        profile: null,
        location: null,
        ...next.remote,
        [entry.kind]: {
          version: entry.version,
          updated_at: entry.published_at,
          updated_by: by,
          synced_at: entry.published_at,
          content: entry.content,
        },
      },
    };
  }
  return next;
}
