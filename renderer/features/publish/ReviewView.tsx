import { Button } from '../../components/Button';
import type { PublishState } from '../../store/publish-slice';
import { useApp } from '../../store/store-context';
import { BlockedList } from './BlockedList';
import { OutcomeList } from './OutcomeList';
import { PlanTarget } from './PlanTarget';
import { PublishBar } from './PublishBar';
import { TaskError } from './TaskError';
import { useLandFocus } from './useLandFocus';
import { usePublishActions, usePublishState } from './usePublish';
import { WebhookPlanView } from './WebhookPlanView';

const REVIEW_TASKS = ['plan', 'apply', 'resolve', 'restore'] as const;

/** Why Publish is unavailable right now, or null when one click publishes the plan shown. */
function holdReason(plan: PublishState['plan'], stale: boolean): string | null {
  if (!plan) return null;
  if (plan.blocked.length) return 'Fix the validation errors first.';
  if (!plan.webhooks.length) return null;
  if (stale) return 'The draft changed since this plan: plan again.';
  if (plan.webhooks.some((w) => w.conflict)) return 'Resolve the changes made on the domain first.';
  return null;
}

/** Plan (live vs draft, with impacts), then one click to publish it and the verified result per webhook. */
export function ReviewView() {
  const plan = usePublishState((p) => p.plan);
  const plannedDraft = usePublishState((p) => p.plannedDraft);
  const outcomes = usePublishState((p) => p.outcomes);
  const context = usePublishState((p) => p.context);
  const busy = usePublishState((p) => p.busy);
  const draft = useApp((s) => s.draft);
  const actions = usePublishActions();
  const stale = plan !== null && plannedDraft !== draft;
  const hold = holdReason(plan, stale);
  useLandFocus(outcomes ? 'outcomes-heading' : 'review-heading', plan ?? outcomes);
  const canPublish = plan !== null && plan.webhooks.length > 0 && hold === null && busy === null;

  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        Plan and publish
      </h2>
      <p className="section-description">
        Compares the draft with the live configuration, webhook by webhook, and shows what publishing would
        set in motion. Publishing writes only what is listed here, then reads it back to verify it.
      </p>
      {context && <p className="review-context">{context}</p>}
      <PlanTarget />
      <div className="form-actions">
        <Button
          variant={plan ? 'secondary' : 'primary'}
          onClick={() => void actions.plan(context)}
          disabled={busy !== null}
        >
          {busy === 'plan' ? 'Planning…' : 'Plan'}
        </Button>
      </div>
      <TaskError tasks={REVIEW_TASKS} />
      {plan?.target && (
        <p className="review-context" data-testid="plan-target">
          Promotion: planned against <strong>{plan.target.name}</strong> ({plan.target.base_url}). Its live
          page is the base and its field catalogue judged the draft; publishing writes {plan.target.name}{' '}
          only, after you type its host name. This domain is not changed.
        </p>
      )}
      {plan && plan.blocked.length > 0 && <BlockedList blocked={plan.blocked} />}
      {plan && plan.blocked.length === 0 && plan.webhooks.length === 0 && (
        <p className="result" role="status">
          Nothing to publish: the draft matches the configuration it is based on.
        </p>
      )}
      {plan?.webhooks.map((w) => (
        <WebhookPlanView key={w.kind} webhook={w} />
      ))}
      {plan && plan.webhooks.length > 0 && <PublishBar hold={hold} canPublish={canPublish} />}
      {outcomes && <OutcomeList outcomes={outcomes} />}
    </section>
  );
}
