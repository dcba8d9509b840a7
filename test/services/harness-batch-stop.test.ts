import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import type { DeliverySummary } from '../../electron/services/harness/batch-types';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, closedPort, profileWebhook } from './harness-fixture';

const TRANSPORT = new Set(['dns', 'refused', 'tls', 'timeout', 'reset', 'network', 'token']);
const users = builtinUsers();

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.stop());

describe('runBatch stopWhen', () => {
  it('sends one delivery to a dead target, not the whole batch, and counts the rest as not run', async () => {
    const port = await closedPort();
    const seen: DeliverySummary[] = [];
    const report = await runBatch({
      webhook: profileWebhook(`http://127.0.0.1:${port}/hooks`),
      catalogue: CATALOGUE,
      samples: users,
      concurrency: 8,
      stopWhen: (f) => TRANSPORT.has(f.kind),
      onResult: (r) => seen.push(r),
    });
    expect(report.total).toBe(12);
    expect(report.results).toHaveLength(1);
    expect(report.notRun).toBe(11);
    expect(report.stoppedBy).toMatchObject({ step: 'request', kind: 'refused', trigger: 'create_user' });
    expect(seen.map((r) => r.outcome)).toEqual(['failed']);
  });

  it('runs everything when deliveries fail only their expectations', async () => {
    receiver.setRoute({ method: 'POST', path: '/hooks', status: 500, body: { error: 'no' } });
    const report = await runBatch({
      webhook: profileWebhook(`${receiver.url}/hooks`),
      catalogue: CATALOGUE,
      samples: users,
      concurrency: 4,
      stopWhen: (f) => TRANSPORT.has(f.kind),
    });
    expect(report).toMatchObject({ total: 12, failed: 12, notRun: 0 });
    expect(report.stoppedBy).toBeUndefined();
  });
});
