import { useState } from 'react';
import { call } from '../../bridge';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { ConfirmTargetDialog } from './ConfirmDialogs';
import { DeliveryPickers } from './DeliveryPickers';
import { eventLabel } from './format';
import { nextStamp, useHarness, useHarnessStore, type StampedResult } from './harness-store';
import { MissingRouteHint } from './MissingRouteHint';
import { ErrorNote } from './Notes';
import { RequestPreview } from './RequestPreview';
import { RoundTripResult } from './RoundTripResult';
import { TraceView } from './TraceView';
import { useDeliveryChoice } from './useHarnessData';
import { useTask } from './useTask';

/** Outgoing: preview the exact request, fire it, and run the round trip through the local domain. */
export function OutgoingPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const choice = useDeliveryChoice();
  const patch = useHarness((s) => s.patch);
  const harness = useHarnessStore();
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
  const stamped = (result: StampedResult, what: string) => {
    const all = harness.getState().stamps;
    return { ...all, [result]: nextStamp(all[result], what) };
  };

  const fire = (confirmHost?: string) =>
    task.run('fire', async () => {
      const result = await call('harness:fire', {
        ...delivery,
        oauth_mode: choice.oauthMode,
        ...(confirmHost ? { confirm_host: confirmHost } : {}),
      });
      const where = choice.target === 'receiver' ? 'the local receiver' : 'the Post to URL';
      patch({ trace: result, preview: null, stamps: stamped('trace', `Fire ${inputs} at ${where}`) });
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
            onClick={() =>
              task.run('preview', async () =>
                patch({ preview: await call('harness:preview', delivery), trace: null }),
              )
            }
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
              task.run('round-trip', async () =>
                patch({
                  roundTrip: await call('harness:round-trip', {
                    id,
                    kind: choice.kind,
                    trigger: choice.trigger,
                    sample_id: choice.sampleId,
                    oauth_mode: choice.oauthMode,
                  }),
                  stamps: stamped('roundTrip', `Round trip ${inputs}`),
                }),
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
