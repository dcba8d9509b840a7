import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TraceView } from '../../renderer/features/harness/TraceView';
import type { DeliveryTraceView } from '../../shared/bridge/harness-schemas';

afterEach(cleanup);

const url = 'http://127.0.0.1:4100/hooks/mangoapps';
const request = {
  step: 'request' as const,
  method: 'POST',
  url,
  headers: { 'Content-Type': 'application/json' },
  body: '{"employeeNumber":"E1001"}',
  bytes: 26,
};

function failed(failure: DeliveryTraceView['failure'], steps: DeliveryTraceView['steps']): DeliveryTraceView {
  return {
    deliveryId: 'd-1',
    event: 'create_user',
    trigger: 'create_user',
    sampleId: 'sample-priya',
    url,
    ok: false,
    steps,
    ...(failure ? { failure } : {}),
    ms: 10_000,
  };
}

const stepNames = (trace: HTMLElement) =>
  within(trace)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('delivery trace of a failed delivery', () => {
  it('says nothing is written back after a timeout, where the write-back preview would be', () => {
    const trace = failed(
      {
        step: 'response',
        kind: 'timeout',
        message: 'No answer from http://127.0.0.1:4100 in time (timed out).',
      },
      [request],
    );
    render(<TraceView trace={trace} title="Delivery trace" noun="Profile" />);
    const region = screen.getByRole('region', { name: 'Delivery trace' });
    expect(stepNames(region)).toEqual(['Request', 'Write-back']);
    expect(region.textContent).toContain(
      'Nothing is written back: the delivery failed, so no profile field changes.',
    );
  });

  it('says so after a non-2xx answer too, but not when nothing was sent', () => {
    const answered = failed(
      { step: 'response', kind: 'http_status', message: 'The target answered HTTP 500.' },
      [request, { step: 'response', status: 500, headers: {}, body: '{}', ms: 3 }],
    );
    render(<TraceView trace={answered} title="Delivery trace" noun="Location" />);
    const region = screen.getByRole('region', { name: 'Delivery trace' });
    expect(stepNames(region)).toEqual(['Request', 'Response3 ms', 'Write-back']);
    expect(region.textContent).toContain('no location field changes');
    cleanup();

    const refused = failed({ step: 'token', kind: 'token', message: 'No token.' }, [
      { step: 'token', status: 'failed', ms: 1, message: 'No token.' },
    ]);
    render(<TraceView trace={refused} title="Delivery trace" noun="Profile" />);
    expect(stepNames(screen.getByRole('region', { name: 'Delivery trace' }))).toEqual([
      'OAuth token — failed1 ms',
    ]);
  });
});

describe('delivery trace through a proxy', () => {
  it('says which proxy the request went through, and nothing when it went direct', () => {
    const via = 'via proxy http://ada@proxy.corp:3128 (from HTTPS_PROXY)';
    const failure = {
      step: 'request' as const,
      kind: 'proxy',
      message: 'Proxy authentication refused (HTTP 407): http://ada@proxy.corp:3128 (from HTTPS_PROXY) …',
    };
    render(
      <TraceView trace={failed(failure, [{ ...request, via }])} title="Delivery trace" noun="Profile" />,
    );
    const region = screen.getByRole('region', { name: 'Delivery trace' });
    expect(region.textContent).toContain(`Sent ${via}.`);
    cleanup();
    render(<TraceView trace={failed(undefined, [request])} title="Delivery trace" noun="Profile" />);
    expect(screen.getByRole('region', { name: 'Delivery trace' }).textContent).not.toContain('via proxy');
  });
});
