import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREATE_PRIYA, domainWith, useHostPerTest } from './harness-service-fixture';
import { fileModes } from './support/file-modes';

const host = useHostPerTest();

describe.runIf(process.platform !== 'win32')('file modes of the data folder', () => {
  it('keeps the data folder 0700 and every file in it 0600, and tightens what an older version left open', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    await host.call('harness:samples-import', {
      id: d.id,
      format: 'csv',
      text: 'First Name,Last Name,Email,Employee ID\nAnn,Lee,ann@acme.com,E1',
    });
    await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'receiver' });
    await host.app.close();
    // An older version wrote drafts 0644 in a 0755 folder.
    const draftFile = (await fs.readdir(host.dir, { recursive: true })).find((n) =>
      n.endsWith(`${d.id}.json`),
    )!;
    await fs.chmod(path.join(host.dir, draftFile), 0o644);
    await fs.chmod(path.dirname(path.join(host.dir, draftFile)), 0o755);
    await fs.chmod(host.dir, 0o755);
    await host.restart();
    await host.app.close();

    expect((await fs.stat(host.dir)).mode & 0o777).toBe(0o700);
    const all = await fileModes(host.dir);
    expect(Object.keys(all).length).toBeGreaterThan(3);
    for (const [name, mode] of Object.entries(all)) {
      expect(`${name}: ${mode}`).toBe(`${name}: ${mode.startsWith('dir') ? 'dir 700' : 'file 600'}`);
    }
    await host.restart();
  });
});
