import type { WebhookChanges } from '../../../shared/plan/config-changes';
import type { PlanChange } from '../../../shared/plan/plan';
import { kindTitle } from './format';
import { PlanChanges } from './PlanChanges';

const SHARED_TITLE = 'Security (both webhooks)';

/** Units both webhooks carry (one OAuth setup serves both): a change to them is one change, not two. */
const isShared = (change: PlanChange) => change.unit.startsWith('oauth');

/**
 * Plan lines per webhook under its heading, and the shared OAuth changes once under their own, as the
 * pull and import dialogs show what replacing the draft would change. `label` names each section for
 * screen readers ("Profile webhook: edits that would be lost").
 */
export function WebhookChangeSections({
  changes,
  label,
}: {
  changes: readonly WebhookChanges[];
  label(title: string): string;
}) {
  const shared = new Map<string, PlanChange>();
  const sections = changes
    .map((webhook) => {
      for (const c of webhook.changes.filter(isShared)) shared.set(JSON.stringify(c), c);
      return { title: kindTitle(webhook.kind), changes: webhook.changes.filter((c) => !isShared(c)) };
    })
    .concat([{ title: SHARED_TITLE, changes: [...shared.values()] }])
    .filter((section) => section.changes.length > 0);
  return (
    <div className="webhook-changes">
      {sections.map((section) => (
        <section key={section.title} aria-label={label(section.title)}>
          <h3>{section.title}</h3>
          <PlanChanges changes={section.changes} />
        </section>
      ))}
    </div>
  );
}
