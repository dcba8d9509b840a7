import type { ReactNode } from 'react';
import type { DeliveryTraceView, TraceStepView } from '../../../shared/bridge/harness-schemas';
import type { RunStamp } from '../../store/harness-slice';
import { eventLabel, formatMs, prettyJson, STEP_LABELS } from './format';
import { BodyBlock, HeaderList, Outcome, WireBody } from './Notes';
import { RunStampLine } from './RunStamp';
import { WriteBackTable } from './WriteBackTable';

function StepBody({ step, noun }: { step: TraceStepView; noun: string }) {
  switch (step.step) {
    case 'token':
      return (
        <p>
          {step.status === 'obtained' && 'A new token was obtained.'}
          {step.status === 'reused' && 'The cached token was reused (it has not expired).'}
          {step.status === 'failed' && (step.message ?? 'No token.')}
        </p>
      );
    case 'request':
      return (
        <>
          <p className="mono-line">
            {step.method} {step.url} · {step.bytes} bytes
          </p>
          {step.via && <p className="field-hint">Sent {step.via}.</p>}
          <details>
            <summary>Headers and body</summary>
            <HeaderList headers={step.headers} label="Request headers" />
            <WireBody text={step.body} label="Request body" />
          </details>
        </>
      );
    case 'response':
      return (
        <>
          <p className="mono-line">HTTP {step.status}</p>
          <details open={step.status >= 300}>
            <summary>Headers and body</summary>
            <HeaderList headers={step.headers} label="Response headers" />
            <BodyBlock text={prettyJson(step.body)} label="Response body" />
          </details>
        </>
      );
    case 'write_back':
      return <WriteBackTable entries={step.preview} noun={noun} />;
  }
}

/**
 * A failed delivery that reached the target (non-2xx, timeout, non-JSON…) writes nothing back; its trace
 * says so where the write-back preview would be, whatever the failure's own message says.
 */
function writesNothing(trace: DeliveryTraceView): boolean {
  const sent = trace.steps.some((s) => s.step === 'request');
  return !trace.ok && sent && !trace.steps.some((s) => s.step === 'write_back');
}

function stepTime(step: TraceStepView): string | null {
  return step.step === 'token' || step.step === 'response' ? formatMs(step.ms) : null;
}

/** Every step of a delivery with its timing, and where it failed in plain words. */
export function TraceView({
  trace,
  title,
  noun,
  nested = false,
  stamp,
  children,
}: {
  trace: DeliveryTraceView;
  title: string;
  noun: string;
  /** Inside another card (the round trip): no frame of its own, a lower heading. */
  nested?: boolean;
  /** What produced this trace and when (left out inside a stamped card). */
  stamp?: RunStamp;
  /** What to do about the outcome, right under it. */
  children?: ReactNode;
}) {
  const f = trace.failure;
  const Heading = nested ? 'h3' : 'h2';
  // One level under the title, so headings never skip a level.
  const StepHeading = nested ? 'h4' : 'h3';
  return (
    <section className={nested ? 'nested-section' : 'card'} aria-label={title}>
      <Heading className={nested ? 'sub-heading' : undefined}>{title}</Heading>
      {stamp && <RunStampLine stamp={stamp} />}
      <Outcome ok={trace.ok}>
        {trace.ok ? (
          <>
            <strong>Delivered.</strong> {eventLabel(trace.event)} answered HTTP {trace.status} in{' '}
            {formatMs(trace.ms)}.
          </>
        ) : (
          <>
            <strong>Failed at {STEP_LABELS[f?.step ?? 'request']}.</strong> {f?.message}
          </>
        )}
      </Outcome>
      {children}
      {trace.steps.length > 0 && (
        <ol className="trace-steps">
          {trace.steps.map((step, i) => (
            <li key={i} className={`trace-step trace-${step.step}`}>
              <StepHeading className="step-heading">
                {STEP_LABELS[step.step]}
                {step.step === 'token' && ` — ${step.status}`}
                {stepTime(step) && <span className="step-time">{stepTime(step)}</span>}
              </StepHeading>
              <StepBody step={step} noun={noun} />
            </li>
          ))}
          {writesNothing(trace) && (
            <li className="trace-step trace-write_back">
              <StepHeading className="step-heading">{STEP_LABELS['write_back']}</StepHeading>
              <p>Nothing is written back: the delivery failed, so no {noun.toLowerCase()} field changes.</p>
            </li>
          )}
        </ol>
      )}
    </section>
  );
}
