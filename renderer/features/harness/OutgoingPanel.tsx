import { useState } from 'react';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { ConfirmTargetDialog } from './ConfirmDialogs';
import { DeliveryPickers } from './DeliveryPickers';
import { eventLabel } from './format';
import { MissingRouteHint } from './MissingRouteHint';
import { ErrorNote } from './Notes';
import { RequestPreview } from './RequestPreview';
import { RoundTripResult } from './RoundTripResult';
import { TraceView } from './TraceView';
import { useHarness, useHarnessActions } from './useHarness';
import { useDeliveryChoice } from './useHarnessData';
import { useTask } from './useTask';

/** Outgoing: preview the exact request, fire it, and run the round trip through the local domain. */
export function OutgoingPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const choice = useDeliveryChoice();
  const actions = useHarnessActions();
  const stamps = useHarness((s) => s.stamps);
  const preview = useHarness((s) => s.preview);
  const trace = useHarness((s) => s.trace);
  const roundTrip = useHarness((s) => s.roundTrip);
  const task = useTask();
  const [confirm, setConfirm] = useState<string | null>(null);
  const noun = choice.kind === 'profile' ? 'Profile' : 'Location';
  const delivery = {
    id,
    kind: choice.kind,
    trigger: choice.trigger,
    sample_id: choice.sampleId,
    target: choice.target,
  };
  const ready = choice.trigger !== '' && choice.sampleId !== '';
  const sampleLabel = choice.samples.find((s) => s.id === choice.sampleId)?.label ?? choice.sampleId;
  const inputs = `${eventLabel(choice.trigger)} with ${sampleLabel}`;

  const fire = (confirmHost?: string) =>
    task.run('fire', async () => {
      const where = choice.target === 'receiver' ? 'the local receiver' : 'the Post to URL';
      const result = await actions.fire(
        { ...delivery, oauth_mode: choice.oauthMode, ...(confirmHost ? { confirm_host: confirmHost } : {}) },
        `Fire ${inputs} at ${where}`,
      );
      if (result.failure?.kind === 'needs_confirmation' && result.failure.host)
        setConfirm(result.failure.host);
    });

  return (
    <>
      <section className="card" aria-labelledby="outgoing-heading">
        <h2 id="outgoing-heading">Outgoing: MangoApps → third party</h2>
        <p className="section-description">
          Builds the delivery from the current draft exactly as MangoApps sends it. Preview sends nothing;
          Fire sends it and traces every step.
        </p>
        <DeliveryPickers />
        <div className="form-actions">
          <Button
            disabled={!ready || task.busy !== null}
            onClick={() => task.run('preview', () => actions.preview(delivery))}
          >
            Preview request
          </Button>
          <Button variant="primary" disabled={!ready || task.busy !== null} onClick={() => fire()}>
            {task.busy === 'fire' ? 'Firing…' : 'Fire'}
          </Button>
          <Button
            disabled={!ready || task.busy !== null}
            title="Delivery into the local receiver, then its notify call back into the local domain"
            onClick={() =>
              task.run('round-trip', () =>
                actions.roundTrip(
                  {
                    id,
                    kind: choice.kind,
                    trigger: choice.trigger,
                    sample_id: choice.sampleId,
                    oauth_mode: choice.oauthMode,
                  },
                  `Round trip ${inputs}`,
                ),
              )
            }
          >
            {task.busy === 'round-trip' ? 'Running round trip…' : 'Round trip'}
          </Button>
        </div>
        {!ready && <p className="muted">Add a sample of this kind first (Samples).</p>}
        <ErrorNote message={task.error} />
      </section>
      {preview && <RequestPreview preview={preview} />}
      {trace && (
        <TraceView trace={trace} title="Delivery trace" noun={noun} stamp={stamps.trace}>
          <MissingRouteHint key={stamps.trace?.run} trace={trace} />
        </TraceView>
      )}
      {roundTrip && <RoundTripResult result={roundTrip} noun={noun} stamp={stamps.roundTrip} />}
      {confirm && (
        <ConfirmTargetDialog
          host={confirm}
          onConfirm={() => void fire(confirm)}
          onClose={() => setConfirm(null)}
        />
      )}
    </>
  );
}
