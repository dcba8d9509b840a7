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
  const lines = [head, ...changeLines(plan.changes, '  ')];
  for (const i of plan.impacts) lines.push(`  ! [${i.level}] ${i.message}`);
  return lines;
}

const RESOLUTION = { file: 'file wins', live: 'kept (merge)', conflict: 'CONFLICT' } as const;

/** One unit as base | live | file columns, with who changed the live value when it was someone else. */
function itemLine(i: BaseItem): string {
  const by = i.changed_by !== undefined ? ` (live changed by ${i.changed_by ?? 'someone else'})` : '';
  return `    ${RESOLUTION[i.resolution].padEnd(12)} ${i.label}: base ${i.base ?? '—'} | live ${i.live ?? '—'} | file ${i.draft ?? '—'}${by}`;
}

/** Plan lines as `+ label: value`, indented. */
function changeLines(changes: WebhookPlan['changes'], indent: string): string[] {
  return changes.map((c) => {
    const value = c.op === 'change' ? `${c.before} → ${c.after}` : (c.after ?? c.before ?? '');
    return `${indent}${SIGN[c.op]} ${c.label}: ${value}`;
  });
}

/** The live page's drift since the file's base, and the units where base, live and file disagree. */
function baseReport(p: KindPlan): string[] {
  const lines: string[] = [];
  if (p.base_version !== null && p.base_version !== p.live.version) {
    lines.push(
      `  drift: the live page changed since the file's base (version ${p.base_version} → ${p.live.version}):`,
      ...changeLines(p.drift, '    '),
    );
  }
  const shown = p.items.filter((i) => i.changed_by !== undefined || i.status !== 'mine');
  if (shown.length) lines.push('  base | live | file, where the live page moved:', ...shown.map(itemLine));
  return lines;
}

/**
 * A webhook's plan, its drift since the file's base, and what stops it, as readable lines. In a refused run
 * nothing is written, so the changes come last and only as what would change once the refusal is resolved.
 */
export function kindPlanLines(p: KindPlan, runRefused = p.refused !== null): string[] {
  if (!runRefused) return [...planLines(p.plan, p.live.version), ...baseReport(p)];
  const why = p.refused
    ? `REFUSED: ${p.refused.message}`
    : 'not written: another webhook of this publish was refused.';
  const lines = [`${p.plan.kind} webhook (live version ${p.live.version}): ${why}`, ...baseReport(p)];
  if (p.plan.changes.length) {
    lines.push(
      `  would change if resolved (${p.plan.changes.length}):`,
      ...changeLines(p.plan.changes, '    '),
      ...p.plan.impacts.map((i) => `    ! [${i.level}] ${i.message}`),
    );
  }
  return lines;
}

/** A webhook's plan for --json; in a refused run its changes are what would change once resolved. */
export function kindPlanJson(p: KindPlan, runRefused = p.refused !== null) {
  return {
    kind: p.kind,
    live_version: p.live.version,
    base_version: p.base_version,
    ...(runRefused ? { plan: null, would_change_if_resolved: p.plan } : { plan: p.plan }),
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
