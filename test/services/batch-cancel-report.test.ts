import { describe, expect, it } from 'vitest';
import { domainWith, useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;

describe('reports of a cancelled batch', () => {
  it('count every planned delivery (not run = skipped) and say the batch was cancelled', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const samples = Array.from({ length: 200 }, (_, i) => ({
      id: `s${i}`,
      label: `Sample ${i}`,
      kind: 'profile' as const,
      fields: { first_name: 'A', last_name: 'B', email: `u${i}@acme.com`, employee_id: `E${i}` },
    }));
    await host.call('harness:samples-save', { id: d.id, samples });
    await host.call('harness:receiver-routes', {
      routes: [{ method: 'POST', path: '/hooks/mangoapps', status: 200, body: {}, delayMs: 300 }],
    });
    const started = await host.call('harness:batch-start', {
      id: d.id,
      kind: 'profile',
      sample_ids: samples.map((s) => s.id),
      triggers: ['create_user', 'update_user_profile'],
      target: 'receiver',
      concurrency: 8,
    });
    if (started.status !== 'started') throw new Error('not started');
    expect(started.total).toBe(400);
    await new Promise((r) => setTimeout(r, 400));
    await host.call('harness:batch-cancel', { run_id: started.run_id });
    let result = await host.call('harness:batch-result', { run_id: started.run_id });
    while (!result.progress.finished) {
      await new Promise((r) => setTimeout(r, 20));
      result = await host.call('harness:batch-result', { run_id: started.run_id });
    }
    expect(result.result).toMatchObject({ cancelled: true, total: 400 });
    expect(result.result!.notRun).toBeGreaterThan(300);

    const xml = (await host.call('harness:batch-export', { run_id: started.run_id, format: 'junit' })).text;
    const root = /<testsuites name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="0" skipped="(\d+)"/.exec(
      xml,
    )!;
    expect(root[1]).toMatch(/\(cancelled\)$/);
    expect(Number(root[2])).toBe(400);
    expect(count(xml, /<testcase /g)).toBe(400);
    const passed = result.result!.passed;
    expect(Number(root[3]) + Number(root[4]) + passed).toBe(400);
    expect(count(xml, /<skipped /g)).toBe(Number(root[4]));

    const json = JSON.parse(
      (await host.call('harness:batch-export', { run_id: started.run_id, format: 'json' })).text,
    ) as {
      status: string;
      total: number;
      passed: number;
      failed: number;
      skipped: number;
      notRunDeliveries: unknown[];
    };
    expect(json.status).toBe('cancelled');
    expect(json.passed + json.failed + json.skipped).toBe(400);
    expect(json.notRunDeliveries).toHaveLength(result.result!.notRun);
  });
});
