import { describe, expect, it } from 'vitest';
import { MAX_SAMPLES } from '../../shared/samples';
import { domainWith, useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

function usersCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email,Employee ID'];
  for (let i = 1; i <= rows; i++) lines.push(`First${i},Last${i},user${i}@acme.com,E${i}`);
  return lines.join('\n');
}

describe('sample import limits', () => {
  it('keeps at most MAX_SAMPLES per domain and says what was imported, what was skipped and why', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const before = (await host.call('harness:samples', { id: d.id })).samples.length;
    const rows = MAX_SAMPLES + 2_000;
    const result = await host.call('harness:samples-import', {
      id: d.id,
      format: 'csv',
      text: usersCsv(rows),
    });
    const room = MAX_SAMPLES - before;
    expect(result.imported).toBe(room);
    expect(result.state.samples).toHaveLength(MAX_SAMPLES);
    const skipped = result.issues.find((i) => /skipped: a domain keeps at most/.test(i.message));
    expect(skipped).toMatchObject({ row: room + 1, severity: 'warning' });
    expect(skipped?.message).toContain(`(${rows - room})`);
    expect(skipped?.message).toContain(`${room} were imported`);

    // What was kept can be saved back as it is, and a JSON import into a full domain adds nothing.
    const saved = await host.call('harness:samples-save', { id: d.id, samples: result.state.samples });
    expect(saved.samples).toHaveLength(MAX_SAMPLES);
    const json = await host.call('harness:samples-import', {
      id: d.id,
      format: 'json',
      text: JSON.stringify([{ fields: { email: 'x@acme.com' } }]),
    });
    expect(json.imported).toBe(0);
    expect(json.issues[0]?.message).toMatch(/skipped: a domain keeps at most 0 samples|keeps at most/);
  });

  it('keeps the host answering while a 9 MB file is imported', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const text = usersCsv(185_000);
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    const order: string[] = [];
    const importing = host
      .call('harness:samples-import', { id: d.id, format: 'csv', text, replace: true })
      .then((r) => {
        order.push('import');
        return r;
      });
    // Calls made after the import started are answered before it ends: it never holds the host.
    const answered = (async () => {
      await new Promise((r) => setImmediate(r));
      await host.call('app:info', {});
      order.push('app:info');
    })();
    const [result] = await Promise.all([importing, answered]);
    expect(order).toEqual(['app:info', 'import']);
    expect(result.state.samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(result.issues.length).toBeLessThanOrEqual(501);
  }, 60_000);
});
