import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { runBatch, type BatchProgress } from '../../electron/services/harness/batch';
import { toJsonReport, toJUnitXml } from '../../electron/services/harness/batch-report';
import { OAuthClient } from '../../electron/services/harness/oauth-client';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, profileWebhook } from './harness-fixture';

let receiver: Receiver;
let emulator: Emulator;
beforeAll(async () => {
  receiver = await startReceiver({ oauth: { users: [{ username: 'sync', password: 'pw' }] } });
  emulator = await createEmulator();
});
afterAll(async () => {
  await receiver.stop();
  await emulator.close();
});
beforeEach(() => {
  receiver.clearRoutes();
  receiver.inbox.clear();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
});

const hook = () => profileWebhook(`${receiver.url}/hooks`);
const users = builtinUsers();

describe('runBatch', () => {
  it('runs every enabled trigger for every sample with expectations, progress and summaries', async () => {
    const progress: BatchProgress[] = [];
    const report = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples: users,
      concurrency: 4,
      onProgress: (p) => progress.push(p),
      runId: 'run-1',
    });
    expect(report).toMatchObject({
      runId: 'run-1',
      total: 12,
      passed: 12,
      failed: 0,
      notRun: 0,
      cancelled: false,
      concurrency: 4,
    });
    expect(receiver.inbox.size).toBe(12);
    expect(progress.at(-1)).toEqual({ done: 12, total: 12, passed: 12, failed: 0 });
    expect(progress.map((p) => p.done)).toEqual([...Array(12).keys()].map((i) => i + 1));
    expect(report.results.map((r) => r.event)).toContain('deactivate_user');
    expect(report.results[0]).toMatchObject({
      index: 0,
      trigger: 'create_user',
      sampleId: 'sample-priya',
      outcome: 'passed',
      status: 200,
      expectations: [
        { name: 'status_2xx', ok: true },
        { name: 'write_back_fields', ok: true },
        { name: 'identifier_matched', ok: true },
      ],
    });
    expect(report.results[0]).not.toHaveProperty('body');
  });

  it('pairs each trigger only with samples of its webhook kind', async () => {
    const mixed = [
      ...users.slice(0, 2),
      { id: 'loc', kind: 'location' as const, fields: { location_id: 'TOR' } },
    ];
    const report = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples: mixed,
      triggers: ['create_user', 'update_user_profile'],
    });
    expect(report.total).toBe(4);
    expect(report.results.map((r) => `${r.trigger}:${r.sampleId}`)).toEqual([
      'create_user:sample-priya',
      'update_user_profile:sample-priya',
      'create_user:sample-daniel',
      'update_user_profile:sample-daniel',
    ]);
  });

  it('fails expectations per delivery: non-2xx, missing write-back field, identifier not matched in the domain', async () => {
    emulator.state.reset();
    receiver.setRoute({ method: 'POST', path: '/hooks', body: { other: 1 } });
    const missing = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples: users.slice(0, 1),
      triggers: ['create_user'],
    });
    expect(missing.results[0]?.expectations[1]).toEqual({
      name: 'write_back_fields',
      ok: false,
      message: 'Missing in the answer: workerId',
    });
    receiver.setRoute({ method: 'POST', path: '/hooks', status: 500, body: {} });
    const down = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples: users.slice(0, 1),
      triggers: ['create_user'],
    });
    expect(down.results[0]?.expectations.map((e) => e.ok)).toEqual([false, false, true]);

    receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
    const live = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples: users,
      triggers: ['update_user_profile'],
      notifyUrl: emulator.state.notifyUrl('profile'),
    });
    // The emulator's seeded incoming configuration identifies users by employeeNumber, as the draft does.
    expect(live.results.map((r) => [r.sampleId, r.outcome, r.notify?.matchedId ?? r.notify?.reason])).toEqual(
      [
        ['sample-priya', 'passed', '201'],
        ['sample-daniel', 'passed', '204'],
        ['sample-aisha', 'passed', '219'],
        ['sample-new-hire', 'failed', 'no_match'],
      ],
    );
    const xml = toJUnitXml(live);
    expect(xml).toContain(
      '<failure message="No user with employee_id &quot;E1050&quot;" type="identifier_matched">',
    );
  });

  it('can be cancelled: in-flight deliveries abort, the rest are not run, and the report says so', async () => {
    receiver.setRoute({ method: 'POST', path: '/hooks', delayMs: 150, body: { workerId: 'x' } });
    const controller = new AbortController();
    const samples = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      kind: 'profile' as const,
      fields: { employee_id: `E${i}` },
    }));
    const report = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples,
      triggers: ['create_user'],
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.passed).toBe(2);
    // The worker that finished first had already taken the next delivery; it is aborted in flight.
    expect(report.cancelledCount).toBeGreaterThanOrEqual(1);
    expect(report.notRun).toBeGreaterThanOrEqual(16);
    expect(report.passed + report.cancelledCount + report.notRun).toBe(20);
    expect(report.results).toHaveLength(report.passed + report.cancelledCount);
    expect(
      report.results.filter((r) => r.outcome === 'cancelled').every((r) => r.failure?.kind === 'cancelled'),
    ).toBe(true);
    const xml = toJUnitXml(report);
    expect(xml.match(/<skipped message="cancelled"\/>/g)).toHaveLength(report.cancelledCount);
    // Every planned delivery is a test case; the ones never started are skipped too.
    expect(xml).toContain(`tests="20"`);
    expect(xml).toContain(`skipped="${report.cancelledCount + report.notRun}"`);
    expect(xml.match(/<testcase /g)).toHaveLength(20);
    expect(xml).toContain(`${report.notRun} deliveries not run`);
  });

  it('keeps a bounded ring of full exchanges, and exports JSON without secrets', async () => {
    receiver.oauth!.requireBearer = true;
    const oauth = new OAuthClient({
      tokenUrl: `${receiver.url}/oauth/token`,
      grant: 'password',
      username: 'sync',
      password: 'pw',
    });
    const samples = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, fields: { employee_id: `E${i}` } }));
    const report = await runBatch({
      webhook: hook(),
      catalogue: CATALOGUE,
      samples,
      triggers: ['create_user'],
      oauth,
      keepExchanges: 5,
      concurrency: 8,
    });
    receiver.oauth!.requireBearer = false;
    expect(report.passed).toBe(30);
    expect(receiver.oauth!.issued).toBe(1);
    expect(report.exchanges).toHaveLength(5);
    const token = (await oauth.token()).accessToken;
    const json = toJsonReport(report, { includeExchanges: true });
    expect(json).not.toContain(token);
    expect(json).toContain('Bearer •••');
    const parsed = JSON.parse(json) as { format: string; results: unknown[]; exchanges: unknown[] };
    expect(parsed.format).toBe('webhook-studio-batch-report');
    expect(parsed.results).toHaveLength(30);
    expect(parsed.exchanges).toHaveLength(5);
    expect(JSON.parse(toJsonReport(report))).not.toHaveProperty('exchanges');
  });
});
