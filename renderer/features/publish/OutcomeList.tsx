import type { ApplyOutcome } from '../../../shared/plan/outcome';
import { OutcomeCard } from './OutcomeCard';
import { usePublishActions, usePublishState } from './usePublish';

function summary(outcomes: readonly ApplyOutcome[]): string {
  const done = outcomes.filter((o) => o.status === 'published' || o.status === 'unchanged').length;
  const total = outcomes.length;
  if (done === total)
    return total === 1 ? 'Published and verified.' : `All ${total} webhooks published and verified.`;
  return `${done} of ${total} ${total === 1 ? 'webhook' : 'webhooks'} published; see below.`;
}

/** The result of the last publish, one card per webhook, with a one-line summary for screen readers. */
export function OutcomeList({ outcomes }: { outcomes: readonly ApplyOutcome[] }) {
  const busy = usePublishState((p) => p.busy !== null);
  const actions = usePublishActions();
  return (
    <section className="outcomes" aria-labelledby="outcomes-heading">
      <h3 id="outcomes-heading" tabIndex={-1}>
        Result
      </h3>
      <p role="status" className="outcome-summary">
        {summary(outcomes)}
      </p>
      <ul className="outcome-list">
        {outcomes.map((o, i) => (
          <OutcomeCard
            key={`${o.kind}-${i}`}
            outcome={o}
            busy={busy}
            onResolve={(k, c) => void actions.resolve(k, c)}
          />
        ))}
      </ul>
    </section>
  );
}
