import type { RoundTripView, RunStamp } from '../../store/harness-slice';
import { MissingRouteHint } from './MissingRouteHint';
import { Outcome } from './Notes';
import { NotifyResultView } from './NotifyResultView';
import { RunStampLine } from './RunStamp';
import { TraceView } from './TraceView';

/** The two-way sync for one user: the delivery into the receiver and its notify back into the local domain. */
export function RoundTripResult({
  result,
  noun,
  stamp,
}: {
  result: RoundTripView;
  noun: string;
  stamp?: RunStamp;
}) {
  return (
    <section className="card" aria-labelledby="round-trip-heading">
      <h2 id="round-trip-heading">Round trip</h2>
      <RunStampLine stamp={stamp} />
      <Outcome ok={result.ok}>
        {result.ok
          ? 'The delivery reached the receiver and its notify call updated the local domain.'
          : result.notify
            ? 'The delivery worked; the notify call back changed nothing.'
            : 'The delivery failed, so the third party had nothing to send back.'}
      </Outcome>
      {result.notify && (
        <>
          <h3 className="sub-heading">
            Notify back into the local domain
            {result.identifier && (
              <span className="heading-note">
                {' '}
                — found by {result.identifier.api_field} = {String(result.identifier.value ?? '—')}
              </span>
            )}
          </h3>
          <NotifyResultView outcome={result.notify} />
        </>
      )}
      <TraceView trace={result.delivery} title="Delivery into the local receiver" noun={noun} nested>
        <MissingRouteHint key={stamp?.run} trace={result.delivery} />
      </TraceView>
    </section>
  );
}
