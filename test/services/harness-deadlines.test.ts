import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import { Deadlines, type Timed } from '../../electron/services/harness/deadlines';
import { sendRequest } from '../../electron/services/harness/http-exchange';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, profileWebhook } from './harness-fixture';

const item = (inMs: number) => {
  const expired: number[] = [];
  const timed: Timed & { expired: number[] } = {
    deadline: performance.now() + inMs,
    expire: () => expired.push(performance.now()),
    expired,
    prevTimed: null,
    nextTimed: null,
  };
  return timed;
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one timer for every deadline', () => {
  it('expires what is late, on time, even when a shorter deadline arrives after a longer one', async () => {
    const deadlines = new Deadlines();
    const long = item(10_000);
    const short = item(40);
    deadlines.add(long);
    deadlines.add(short);
    await wait(200);
    expect(short.expired).toHaveLength(1);
    expect((short.expired[0] as number) >= short.deadline).toBe(true);
    expect(long.expired).toHaveLength(0);
    expect(deadlines.size).toBe(1);
    deadlines.delete(long);
    expect(deadlines.size).toBe(0);
  });

  it('lets any of many leave, first, middle or last, and ignores what it does not watch', () => {
    const deadlines = new Deadlines();
    const items = [item(5_000), item(5_000), item(5_000), item(5_000)];
    for (const i of items) deadlines.add(i);
    deadlines.delete(items[1] as Timed);
    deadlines.delete(items[1] as Timed);
    deadlines.delete(item(10));
    expect(deadlines.size).toBe(3);
    deadlines.delete(items[3] as Timed);
    deadlines.delete(items[0] as Timed);
    expect(deadlines.size).toBe(1);
    deadlines.delete(items[2] as Timed);
    expect(deadlines.size).toBe(0);
    deadlines.add(items[0] as Timed);
    expect(deadlines.size).toBe(1);
    deadlines.delete(items[0] as Timed);
  });

  it('never expires what left in time, and keeps watching the rest after a sweep', async () => {
    const deadlines = new Deadlines();
    const done = item(30);
    const later = item(90);
    deadlines.add(done);
    deadlines.add(later);
    deadlines.delete(done);
    await wait(60);
    expect(done.expired).toHaveLength(0);
    expect(later.expired).toHaveLength(0);
    await wait(200);
    expect(later.expired).toHaveLength(1);
  });
});

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  receiver.setRoute({ method: 'POST', path: '/slow', delayMs: 2_000, body: {} });
});
afterAll(() => receiver.stop());

describe('exchanges in a batch', () => {
  it('set no timer of their own per request', async () => {
    const samples = Array.from({ length: 5 }, () => builtinUsers()).flat();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const report = await runBatch({
        webhook: profileWebhook(`${receiver.url}/hooks`),
        catalogue: CATALOGUE,
        samples,
        concurrency: 4,
      });
      expect(report.passed).toBe(report.total);
      expect(report.total).toBeGreaterThanOrEqual(10);
      expect(spy.mock.calls.length).toBeLessThan(report.total / 2);
    } finally {
      spy.mockRestore();
    }
  });

  it('still end at their deadline', async () => {
    const started = performance.now();
    await expect(
      sendRequest({ method: 'POST', url: `${receiver.url}/slow`, headers: {}, body: '' }, { timeoutMs: 80 }),
    ).rejects.toMatchObject({ cause: { code: 'ETIMEDOUT', message: 'timed out after 80 ms' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(79);
  });
});
