import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import type { BatchProgressView } from '../../shared/bridge/harness-schemas';
import type { DomainDraft } from '../../shared/model/draft';
import { domainWith, useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

const ROUTE = { method: 'POST', path: '/hooks/mangoapps', body: { workerId: 'W-{{employeeNumber}}' } };

async function progressUntilFinished(runId: string): Promise<BatchProgressView[]> {
  const seen: BatchProgressView[] = [];
  await new Promise<void>((resolve) => {
    const off = host.app.events.on('harness:progress', (p) => {
      if (p.run_id !== runId) return;
      seen.push(p);
      if (p.finished) {
        off();
        resolve();
      }
    });
  });
  return seen;
}

describe('incoming calls through the bridge', () => {
  it('fires into the local domain with the unpublished draft and shows the matched user and changed fields', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const local = { id: d.id, kind: 'profile', target: 'local' } as const;
    const composed = await host.call('harness:notify', {
      ...local,
      sample_id: 'sample-priya',
      payload: { employeeNumber: 'E1001', jobTitle: 'CTO' },
    });
    expect(composed).toMatchObject({
      ok: true,
      target: 'local',
      status: 200,
      matched: { kind: 'user', id: 'sample-priya', label: 'Priya Raman' },
      changes: [{ key: 'title', label: 'Job Title', before: 'VP Engineering', after: 'CTO' }],
    });
    expect(composed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/webhooks\/profile\/notify\/•••\.json$/);

    // A draft edit applies to the next call at once, without a publish.
    const draft = await host.call('drafts:get', { id: d.id });
    draft.config.profile.incoming.input_parameters.push({
      id: 'r9',
      api_field: 'dept',
      mangoapps_field: 'department',
      identifier: false,
    });
    await host.call('drafts:save', { draft });
    const edited = await host.call('harness:notify', {
      ...local,
      sample_id: 'sample-priya',
      payload: { employeeNumber: 'E1001', dept: 'Platform' },
    });
    expect(edited.changes).toEqual([
      { key: 'department', label: 'Department', before: 'Engineering', after: 'Platform' },
    ]);

    const none = await host.call('harness:notify', {
      ...local,
      sample_id: 'sample-priya',
      payload: { employeeNumber: 'E9999' },
    });
    expect(none).toMatchObject({
      ok: false,
      status: 404,
      reason: 'no_match',
      message: expect.stringMatching(/E9999/),
    });
    // Composed from the input parameters and the sample when no payload is given.
    const fromSample = await host.call('harness:notify', {
      ...local,
      sample_id: 'sample-daniel',
    });
    expect(fromSample.payload).toEqual({
      employeeNumber: 'E1004',
      jobTitle: 'HR Business Partner',
      workerId: null,
      dept: 'People',
    });
    expect(fromSample).toMatchObject({ ok: true, matched: { id: 'sample-daniel' }, changes: [] });
    const log = await host.call('harness:history', { id: d.id });
    expect(log.exchanges.filter((e) => e.direction === 'incoming')).toHaveLength(4);
  });

  it('does the same for locations: the location identifier finds the sample location', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps', (draft) => {
      draft.config.location.incoming.input_parameters = [
        { id: 'l1', api_field: 'siteCode', mangoapps_field: 'location_id', identifier: true },
        { id: 'l2', api_field: 'city', mangoapps_field: 'city', identifier: false },
      ];
    });
    const samples = await host.call('harness:samples', { id: d.id });
    expect(samples.identifier.location).toMatchObject({ key: 'location_id', missing: [] });
    const out = await host.call('harness:notify', {
      id: d.id,
      kind: 'location',
      sample_id: 'sample-london',
      target: 'local',
      payload: { siteCode: 'LON', city: 'Manchester' },
    });
    expect(out).toMatchObject({
      ok: true,
      matched: { kind: 'location', id: 'sample-london', label: 'London Office' },
      changes: [{ key: 'city', label: 'City', before: 'London', after: 'Manchester' }],
    });
    const wrongKind = await host.app.dispatch('harness:notify', {
      id: d.id,
      kind: 'location',
      sample_id: 'sample-priya',
      target: 'local',
    });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('needs a confirmation naming the domain for a real notify URL, every time', async () => {
    const secret = 'https://acme.invalid/api/webhooks/profile/notify/6f1c0e99.json';
    const d = await domainWith(host, 'https://hr.example.com/hooks', (draft: DomainDraft) => {
      draft.config.profile.incoming.notify_url = secret;
    });
    const base = { id: d.id, kind: 'profile', sample_id: 'sample-priya', target: 'domain' } as const;
    const refused = await host.call('harness:notify', base);
    expect(refused).toMatchObject({
      ok: false,
      target: 'domain',
      reason: 'needs_confirmation',
      message: expect.stringMatching(/acme\.invalid/),
    });
    expect(refused.url).not.toContain('6f1c0e99');
    const wrong = await host.call('harness:notify', { ...base, confirm_domain: 'acme.mangoapps.com' });
    expect(wrong.reason).toBe('needs_confirmation');
    const sent = await host.call('harness:notify', { ...base, confirm_domain: 'ACME.invalid' });
    expect(sent.reason).toBe('dns');
    expect((await host.call('harness:notify', base)).reason).toBe('needs_confirmation');
    expect(JSON.stringify(await host.call('harness:history', { id: d.id }))).not.toContain('6f1c0e99');
  });

  it('fires at a loopback domain (an emulator) without confirmation', async () => {
    const emulator: Emulator = await createEmulator();
    try {
      const d = await domainWith(host, 'https://hr.example.com/hooks', (draft) => {
        draft.config.profile.incoming.notify_url = emulator.state.notifyUrl('profile');
      });
      const out = await host.call('harness:notify', {
        id: d.id,
        kind: 'profile',
        sample_id: 'sample-priya',
        target: 'domain',
        payload: { employeeNumber: 'E1001', jobTitle: 'CTO' },
      });
      expect(out).toMatchObject({ ok: true, matched: { id: '201' }, updatedFields: ['title'] });
      expect(out.changes).toBeUndefined();
    } finally {
      await emulator.close();
    }
  });

  it('runs the round trip: delivery into the receiver, its notify back into the local domain', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await host.call('harness:receiver-routes', { routes: [ROUTE] });
    const trip = await host.call('harness:round-trip', {
      id: d.id,
      kind: 'profile',
      trigger: 'update_user_profile',
      sample_id: 'sample-priya',
    });
    expect(trip).toMatchObject({
      ok: true,
      delivery: { ok: true, event: 'update_user_profile' },
      identifier: { api_field: 'employeeNumber', value: 'E1001' },
      notify: {
        matched: { id: 'sample-priya' },
        changes: [{ key: 'custom_hris_id', before: 'W-1591719', after: 'W-E1001' }],
      },
    });
  });
});

describe('batch runs through the bridge', () => {
  it('runs every enabled trigger for the selected samples with progress events, results and reports', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await host.call('harness:receiver-routes', { routes: [ROUTE] });
    const ids = ['sample-priya', 'sample-daniel', 'sample-aisha', 'sample-new-hire'];
    const started = await host.call('harness:batch-start', {
      id: d.id,
      kind: 'profile',
      sample_ids: ids,
      target: 'receiver',
      check_incoming: true,
    });
    if (started.status !== 'started') throw new Error('not started');
    expect(started.total).toBe(12);
    const events = await progressUntilFinished(started.run_id);
    expect(events.at(-1)).toMatchObject({ done: 12, total: 12, passed: 12, failed: 0, finished: true });

    const { result } = await host.call('harness:batch-result', { run_id: started.run_id });
    expect(result).toMatchObject({ total: 12, passed: 12, cancelled: false, kind: 'profile' });
    expect(result!.results.map((r) => r.event)).toContain('deactivate_user');
    expect(result!.results[0]!.expectations.map((e) => e.name)).toEqual([
      'status_2xx',
      'write_back_fields',
      'identifier_matched',
    ]);

    const junit = await host.call('harness:batch-export', { run_id: started.run_id, format: 'junit' });
    expect(junit.file_name).toMatch(/\.xml$/);
    // Well-formedness is checked with a real XML parser in harness-junit.test.ts; here, the content.
    expect(junit.text).toMatch(/<testsuites name="Webhook Studio batch [^"]+" tests="12" failures="0"/);
    expect(junit.text.match(/<testsuite name=/g)).toHaveLength(3);
    expect(junit.text.match(/<testcase /g)).toHaveLength(12);
    const json = await host.call('harness:batch-export', { run_id: started.run_id, format: 'json' });
    expect(JSON.parse(json.text)).toMatchObject({ format: 'webhook-studio-batch-report', passed: 12 });

    await host.restart();
    const log = await host.call('harness:history', { id: d.id });
    expect(log.runs).toEqual([expect.objectContaining({ runId: started.run_id, total: 12, passed: 12 })]);
    expect(log.exchanges.filter((e) => e.runId === started.run_id)).toHaveLength(12);
  });

  it('reports failed expectations, asks before a real target, and cancels', async () => {
    const d = await domainWith(host, 'https://webhook-studio.invalid/hooks/mangoapps');
    const base = { id: d.id, kind: 'profile' as const, sample_ids: ['sample-priya', 'sample-daniel'] };
    const ask = await host.call('harness:batch-start', { ...base, target: 'post_url' });
    expect(ask).toEqual({ status: 'needs_confirmation', host: 'webhook-studio.invalid' });

    // No route: the receiver's default answer lacks workerId, so the write-back expectation fails.
    const failing = await host.call('harness:batch-start', {
      ...base,
      target: 'receiver',
      triggers: ['create_user'],
    });
    if (failing.status !== 'started') throw new Error('not started');
    await progressUntilFinished(failing.run_id);
    const failed = await host.call('harness:batch-result', { run_id: failing.run_id });
    expect(failed.result).toMatchObject({ total: 2, failed: 2 });
    expect(failed.result!.results[0]!.failure).toMatchObject({ step: 'write_back', kind: 'no_route' });
    const xml = (await host.call('harness:batch-export', { run_id: failing.run_id, format: 'junit' })).text;
    expect(xml).toContain('<failure message="The local receiver has no route for POST');

    await host.call('harness:receiver-routes', { routes: [{ ...ROUTE, delayMs: 5000 }] });
    const slow = await host.call('harness:batch-start', { ...base, target: 'receiver', concurrency: 1 });
    if (slow.status !== 'started') throw new Error('not started');
    expect(await host.call('harness:batch-cancel', { run_id: slow.run_id })).toEqual({ cancelled: true });
    const cancelled = await host.call('harness:batch-result', { run_id: slow.run_id });
    expect(cancelled.progress.finished).toBe(true);
    expect(cancelled.result).toMatchObject({ cancelled: true, total: 6 });
    expect(cancelled.result!.notRun).toBeGreaterThan(0);
  });
});
