import type { WebhookChanges } from '../../../shared/plan/config-changes';
import { kindTitle } from './format';
import { PlanChanges } from './PlanChanges';

/** Units both webhooks carry (one OAuth setup serves both): listed once, under the first webhook. */
const SHARED_UNITS = new Set(['oauth', 'oauth_password']);

/**
 * Plan lines per webhook under its heading, as the pull and import dialogs show what replacing the draft
 * would change. `label` names each section for screen readers ("Profile webhook: edits that would be lost").
 */
export function WebhookChangeSections({
  changes,
  label,
}: {
  changes: readonly WebhookChanges[];
  label(title: string): string;
}) {
  const shown = new Set<string>();
  const sections = changes
    .map((webhook) => {
      const own = webhook.changes.filter((c) => !(SHARED_UNITS.has(c.unit) && shown.has(c.unit)));
      for (const c of own) if (SHARED_UNITS.has(c.unit)) shown.add(c.unit);
      return { kind: webhook.kind, changes: own };
    })
    .filter((w) => w.changes.length > 0);
  return (
    <div className="webhook-changes">
      {sections.map((webhook) => (
        <section key={webhook.kind} aria-label={label(kindTitle(webhook.kind))}>
          <h3>{kindTitle(webhook.kind)}</h3>
          <PlanChanges changes={webhook.changes} />
        </section>
      ))}
    </div>
  );
}
