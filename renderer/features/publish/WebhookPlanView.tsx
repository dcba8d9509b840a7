import type { ChannelResult } from '../../../shared/bridge/contract';
import { ConflictView } from './ConflictView';
import { kindTitle } from './format';
import { ImpactList } from './ImpactList';
import { PlanChanges } from './PlanChanges';
import { usePublishActions, usePublishState } from './usePublish';

type PlannedWebhook = ChannelResult<'publish:plan'>['webhooks'][number];

/** One webhook's plan: what changes (grouped, before → after) and what that sets in motion; or the conflict. */
export function WebhookPlanView({ webhook }: { webhook: PlannedWebhook }) {
  const busy = usePublishState((p) => p.busy !== null);
  const actions = usePublishActions();
  const { plan, conflict } = webhook;
  const id = `plan-${webhook.kind}`;
  const count = plan.changes.length;
  return (
    <section className="webhook-plan" aria-labelledby={id}>
      <h3 id={id}>
        {kindTitle(webhook.kind)}{' '}
        <span className="heading-note">
          — live version {webhook.live_version},{' '}
          {conflict ? 'changed on the domain since your base' : count === 1 ? '1 change' : `${count} changes`}
        </span>
      </h3>
      {conflict ? (
        <ConflictView
          key={conflict.live_version}
          conflict={conflict}
          busy={busy}
          onResolve={(kind, choices) => void actions.resolve(kind, choices)}
        />
      ) : (
        <>
          <ImpactList impacts={plan.impacts} />
          <PlanChanges changes={plan.changes} />
        </>
      )}
    </section>
  );
}
