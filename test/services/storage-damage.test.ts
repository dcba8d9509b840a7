import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

/** A domain saved twice, so its draft has a `.bak` holding the first save. */
async function savedTwice(name: string): Promise<{ id: string; file: string }> {
  const created = await host.call('domains:create', { name });
  const draft = structuredClone(created);
  draft.base_url = 'https://v2.example.com';
  await host.call('drafts:save', { draft });
  return { id: created.id, file: path.join(host.dir, 'drafts', `${created.id}.json`) };
}

describe.runIf(process.platform !== 'win32')('damage on disk is reported by name, never hidden', () => {
  it('reports a directory, a symlink or invalid UTF-8 in place of a draft and restores the backup', async () => {
    const dir = await savedTwice('dir-draft');
    const link = await savedTwice('link-draft');
    const bytes = await savedTwice('utf8-draft');
    await host.app.close();
    await fs.rm(dir.file);
    await fs.mkdir(dir.file);
    await fs.rm(link.file);
    await fs.symlink('/etc/hostname', link.file);
    const text = await fs.readFile(bytes.file);
    await fs.writeFile(
      bytes.file,
      Buffer.concat([text.subarray(0, 20), Buffer.from([0xc3, 0x28]), text.subarray(20)]),
    );

    await host.restart();
    const info = await host.call('app:info', {});
    const reported = info.store_problems.map((p) => `${path.basename(p.file)}: ${p.reason}`);
    expect(reported).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^${dir.id}\\.json: a directory, not a draft file; restored .*\\.bak`),
        ),
        expect.stringMatching(new RegExp(`^${link.id}\\.json: a link or special file.*; restored .*\\.bak`)),
        expect.stringMatching(new RegExp(`^${bytes.id}\\.json: not valid UTF-8.*; restored .*\\.bak`)),
      ]),
    );
    const names = (await host.call('domains:list', {})).map((d) => d.name).sort();
    // Each comes back as its previous version (the .bak), none vanishes.
    expect(names).toEqual(['dir-draft', 'link-draft', 'utf8-draft']);
    const restored = await host.call('drafts:get', { id: bytes.id });
    expect(JSON.stringify(restored)).not.toContain('\uFFFD');
    // The previous version (the first save) is what the .bak held.
    expect(restored.base_url).toBe('');
  });

  it('moves a directory where the backup goes aside, and saves keep working; leftover temp files are swept', async () => {
    const d = await savedTwice('bak-blocked');
    await host.app.close();
    await fs.rm(`${d.file}.bak`);
    await fs.mkdir(`${d.file}.bak`);
    const temp = path.join(host.dir, 'drafts', `.${d.id}.json.0123456789ab.tmp`);
    const harnessTemp = path.join(host.dir, 'harness', d.id, '.samples.json.ba98765432ff.tmp');
    await fs.mkdir(path.dirname(harnessTemp), { recursive: true });
    await fs.writeFile(temp, 'half');
    await fs.writeFile(harnessTemp, 'half');

    await host.restart();
    const info = await host.call('app:info', {});
    expect(info.store_problems.map((p) => `${path.basename(p.file)}: ${p.reason}`)).toContain(
      `${d.id}.json.bak: a directory where the draft's backup belongs`,
    );
    const draft = await host.call('drafts:get', { id: d.id });
    draft.base_url = 'https://v3.example.com';
    await host.call('drafts:save', { draft });
    draft.base_url = 'https://v4.example.com';
    await host.call('drafts:save', { draft });
    await host.restart();
    expect((await host.call('drafts:get', { id: d.id })).base_url).toBe('https://v4.example.com');
    await expect(fs.access(temp)).rejects.toThrow();
    await expect(fs.access(harnessTemp)).rejects.toThrow();
  });

  it('after a refused save, serves the saved draft, not the content that never reached the disk', async () => {
    const d = await savedTwice('refused');
    // Something that makes every write fail, as a full or read-only disk does (this runs as any user).
    await fs.rm(path.join(host.dir, 'drafts'), { recursive: true });
    await fs.writeFile(path.join(host.dir, 'drafts'), 'not a folder');
    const draft = await host.call('drafts:get', { id: d.id });
    draft.base_url = 'https://unsaved.example.com';
    const refused = await host.app.dispatch('drafts:save', { draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((await host.call('drafts:get', { id: d.id })).base_url).toBe('https://v2.example.com');
  });
});
