import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { PlanChange } from '../../../shared/plan/plan';

/** Units both webhooks share (the OAuth settings): a change to them is one change, not one per webhook. */
const isShared = (change: PlanChange) => change.unit === 'oauth' || change.unit.startsWith('oauth.');

/**
 * Splits per-webhook changes into each webhook's own and the shared ones, listed once (deduplicated by
 * what they say), so one OAuth edit is not shown twice.
 */
export function splitSharedChanges<T extends { kind: WebhookKind; changes: readonly PlanChange[] }>(
  webhooks: readonly T[],
): { own: (T & { changes: PlanChange[] })[]; shared: PlanChange[] } {
  const shared = new Map<string, PlanChange>();
  const own = webhooks.map((w) => {
    for (const c of w.changes.filter(isShared)) shared.set(JSON.stringify(c), c);
    return { ...w, changes: w.changes.filter((c) => !isShared(c)) };
  });
  return { own, shared: [...shared.values()] };
}
