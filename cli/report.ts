import type { KindPlan } from '../electron/services/publish/publish-flow';
import type { BaseItem } from '../shared/plan/base-check';
import type { ApplyOutcome } from '../shared/plan/outcome';
import type { WebhookPlan } from '../shared/plan/plan';
import type { Problem } from '../shared/validation';

const SIGN = { add: '+', remove: '-', change: '~' } as const;

/** Problems as CI-log lines: `error  profile.outgoing.post_url  message`. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.path}  ${p.message}`);
}

/** A plan as readable lines. */
export function planLines(plan: WebhookPlan, liveVersion: number): string[] {
  const head = `${plan.kind} webhook (live version ${liveVersion}): ${plan.changes.length ? `${plan.changes.length} change(s)` : 'no changes'}`;
  const lines = [head];
  for (const c of plan.changes) {
    const value = c.op === 'change' ? `${c.before} → ${c.after}` : (c.after ?? c.before ?? '');
    lines.push(`  ${SIGN[c.op]} ${c.label}: ${value}`);
  }
  for (const i of plan.impacts) lines.push(`  ! [${i.level}] ${i.message}`);
  return lines;
}

const RESOLUTION = { file: 'file wins', live: 'kept (merge)', conflict: 'CONFLICT' } as const;

/** One unit as base | live | file columns, with who changed the live value when it was someone else. */
function itemLine(i: BaseItem): string {
  const by = i.changed_by !== undefined ? ` (live changed by ${i.changed_by ?? 'someone else'})` : '';
  return `    ${RESOLUTION[i.resolution].padEnd(12)} ${i.label}: base ${i.base ?? '—'} | live ${i.live ?? '—'} | file ${i.draft ?? '—'}${by}`;
}

/** A webhook's plan, its drift since the file's base, and what stops it, as readable lines. */
export function kindPlanLines(p: KindPlan): string[] {
  const lines = planLines(p.plan, p.live.version);
  if (p.base_version !== null && p.base_version !== p.live.version) {
    lines.push(
      `  drift: the live page changed since the file's base (version ${p.base_version} → ${p.live.version}):`,
    );
    for (const c of p.drift) {
      const value = c.op === 'change' ? `${c.before} → ${c.after}` : (c.after ?? c.before ?? '');
      lines.push(`    ${SIGN[c.op]} ${c.label}: ${value}`);
    }
  }
  const shown = p.items.filter((i) => i.changed_by !== undefined || i.status !== 'mine');
  if (shown.length) lines.push('  base | live | file, where the live page moved:', ...shown.map(itemLine));
  if (p.refused) lines.push(`  REFUSED: ${p.refused.message}`);
  return lines;
}

/** A webhook's plan for --json. */
export function kindPlanJson(p: KindPlan) {
  return {
    kind: p.kind,
    live_version: p.live.version,
    base_version: p.base_version,
    plan: p.plan,
    drift: p.drift,
    items: p.items,
    refused: p.refused,
  };
}

/** An apply outcome as one or more lines. */
export function outcomeLines(o: ApplyOutcome): string[] {
  switch (o.status) {
    case 'published':
      return [
        `${o.kind}: published as version ${o.version}, verified by reading back.${o.note ? ` ${o.note}` : ''}`,
      ];
    case 'unchanged':
      return [`${o.kind}: nothing to publish (live version ${o.version} already matches).`];
    case 'verification_failed':
      if (o.message) return [`${o.kind}: NOT VERIFIED — ${o.message}`];
      return [
        `${o.kind}: written as version ${o.version}, but the read-back differs:`,
        ...o.differences.map((d) => `  ${SIGN[d.op]} ${d.label}: ${d.before ?? ''} → ${d.after ?? ''}`),
      ];
    case 'conflict':
      return [
        `${o.kind}: CONFLICT — the live page is at version ${o.conflict.live_version}` +
          (o.conflict.updated_by ? `, changed by ${o.conflict.updated_by}` : '') +
          (o.conflict.updated_at ? ` at ${o.conflict.updated_at}` : '') +
          '. Nothing was written.',
        ...o.conflict.items.map(
          (i) =>
            `  ${i.status.padEnd(8)} ${i.label}: base ${i.base ?? '—'} | live ${i.live ?? '—'} | draft ${i.draft ?? '—'}`,
        ),
      ];
    case 'rejected':
      return [
        `${o.kind}: refused by the domain — ${o.message}`,
        ...(o.details ?? []).map((d) => `  ${d.path}: ${d.message}`),
      ];
    case 'not_applied':
      return [`${o.kind}: not applied — ${o.message}`];
    case 'unknown':
      return [`${o.kind}: UNKNOWN — ${o.message}`];
  }
}

/** The exit code for a set of outcomes: conflicts 3, failures 4, unverified 5. */
export function exitCodeOf(outcomes: readonly ApplyOutcome[]): number {
  if (outcomes.some((o) => o.status === 'conflict')) return 3;
  if (outcomes.some((o) => ['rejected', 'not_applied', 'unknown'].includes(o.status))) return 4;
  if (outcomes.some((o) => o.status === 'verification_failed')) return 5;
  return 0;
}
