import { createHook } from 'node:async_hooks';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import { createAgents } from '../../electron/services/harness/http-exchange';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, profileWebhook } from './harness-fixture';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/slow', delayMs: 5_000, body: { workerId: 'W' } });
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
});
afterAll(() => receiver.stop());

const samples = Array.from({ length: 3 }, () => builtinUsers()).flat();

describe('deliveries in flight under one cancel signal', () => {
  it('share one abort listener, and cancelling ends every one of them at once', async () => {
    const controller = new AbortController();
    const inbox = receiver.inbox.size;
    const run = runBatch({
      webhook: profileWebhook(`${receiver.url}/slow`),
      catalogue: CATALOGUE,
      samples,
      concurrency: 6,
      signal: controller.signal,
    });
    // Wait until the receiver holds all six requests, then look at the signal.
    const deadline = Date.now() + 4_000;
    while (receiver.inbox.size < inbox + 6 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(receiver.inbox.size - inbox).toBe(6);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    const report = await run;
    // The route answers after 5 s: cancelled, not passed, means the abort reached each request.
    expect(report.cancelledCount).toBe(6);
    expect(report.passed).toBe(0);
    expect(report.notRun).toBe(report.total - 6);
  });

  it('leave no listener or request behind when they finish', async () => {
    const controller = new AbortController();
    const report = await runBatch({
      webhook: profileWebhook(`${receiver.url}/hooks`),
      catalogue: CATALOGUE,
      samples,
      concurrency: 4,
      signal: controller.signal,
    });
    expect(report.passed).toBe(report.total);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    // Aborting afterwards touches nothing: every request already left the set.
    controller.abort();
  });

  it('answers a known route for the same URL object without working out its origin again', async () => {
    const agents = createAgents(2);
    let originReads = 0;
    class CountingUrl extends URL {
      override get origin(): string {
        originReads++;
        return super.origin;
      }
    }
    const url = new CountingUrl(`${receiver.url}/hooks`);
    const route = await agents.route(url);
    expect(agents.settledRoute(url)).toBe(route);
    const reads = originReads;
    for (let i = 0; i < 5; i++) expect(agents.settledRoute(url)).toBe(route);
    expect(originReads).toBe(reads);
    // The same object pointed elsewhere is asked about its new origin, which has no route yet.
    url.href = 'http://localhost:9/hooks';
    expect(agents.settledRoute(url)).toBeUndefined();
    agents.destroy();
  });

  it('knows a pool route after its first call without waiting', async () => {
    const agents = createAgents(2);
    const url = new URL(`${receiver.url}/hooks`);
    expect(agents.settledRoute(url)).toBeUndefined();
    const route = await agents.route(url);
    expect(agents.settledRoute(url)).toBe(route);
    agents.destroy();
  });
});

describe('what a batch keeps per delivery', () => {
  it('shares one frozen object per passed expectation instead of one per delivery', async () => {
    const report = await runBatch({
      webhook: profileWebhook(`${receiver.url}/hooks`),
      catalogue: CATALOGUE,
      samples,
      concurrency: 4,
    });
    const [first, second] = report.results;
    expect(first?.expectations).toEqual([
      { name: 'status_2xx', ok: true },
      { name: 'write_back_fields', ok: true },
      { name: 'identifier_matched', ok: true },
    ]);
    first?.expectations.forEach((e, i) => {
      expect(second?.expectations[i]).toBe(e);
      expect(Object.isFrozen(e)).toBe(true);
    });
  });
});

describe('what a batch waits on per delivery', () => {
  it('about three promises a delivery (the exchange, the delivery, its worker), with no async layers between', async () => {
    const webhook = profileWebhook(`${receiver.url}/hooks`);
    const many = Array.from({ length: 20 }, () => builtinUsers()).flat();
    // Once first, so the pool and the modules are warm and the count is the steady state.
    await runBatch({ webhook, catalogue: CATALOGUE, samples, concurrency: 4 });
    let promises = 0;
    const hook = createHook({
      init(_id, type) {
        if (type === 'PROMISE') promises++;
      },
    }).enable();
    let report;
    try {
      report = await runBatch({ webhook, catalogue: CATALOGUE, samples: many, concurrency: 4 });
    } finally {
      hook.disable();
    }
    expect(report.passed).toBe(report.total);
    // Three per delivery, plus a few per batch and the receiver's own; an async layer more would add one or two.
    expect(promises).toBeLessThan(3.5 * report.total);
  });
});
