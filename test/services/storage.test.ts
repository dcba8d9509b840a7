import { promises as fs, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vouchedSchemaOf } from '../../electron/services/bridge/vouched-results';
import { writeFileAtomic, writeJsonAtomic } from '../../electron/services/storage/atomic-file';
import { openDraftStore } from '../../electron/services/storage/draft-store';
import { memorySettings, openSettingsStore } from '../../electron/services/storage/settings-store';
import { DomainDraftSchema, newDraft } from '../../shared/model/draft';

const FIXED = new Date('2026-11-20T10:00:00.000Z');
let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-storage-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const draft = (id: string, name = id) => newDraft(id, name, '', FIXED.toISOString());
const draftsDir = () => path.join(dataDir, 'drafts');
const readJson = async (file: string): Promise<unknown> => JSON.parse(await fs.readFile(file, 'utf8'));

describe('atomic writes', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const file = path.join(dataDir, 'a', 'x.json');
    await writeJsonAtomic(file, { v: 1 });
    await writeJsonAtomic(file, { v: 2 });
    expect(await readJson(file)).toEqual({ v: 2 });
    expect(await fs.readFile(file, 'utf8')).toBe('{\n  "v": 2\n}\n');
    expect(await fs.readdir(path.dirname(file))).toEqual(['x.json']);
  });

  it('keeps the old content and removes its temp file when the write fails', async () => {
    const file = path.join(dataDir, 'x.json');
    await writeJsonAtomic(file, { v: 1 });
    // Make the rename fail: a directory cannot be replaced by a file.
    const blocked = path.join(dataDir, 'blocked');
    await fs.mkdir(path.join(blocked, 'inner'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'data')).rejects.toThrow();
    expect((await fs.readdir(dataDir)).sort()).toEqual(['blocked', 'x.json']);
    expect(await readJson(file)).toEqual({ v: 1 });
  });
});

describe('draft store', () => {
  it('writes one pretty JSON file per draft and keeps the previous version as .bak', async () => {
    const store = await openDraftStore({ dataDir });
    const first = draft('d1', 'first');
    await store.put(first);
    await store.put({ ...first, name: 'second' });
    expect(await readJson(path.join(draftsDir(), 'd1.json'))).toMatchObject({ id: 'd1', name: 'second' });
    expect(await readJson(path.join(draftsDir(), 'd1.json.bak'))).toMatchObject({ id: 'd1', name: 'first' });
    const reopened = await openDraftStore({ dataDir });
    expect(reopened.get('d1')?.name).toBe('second');
    expect(reopened.problems).toEqual([]);
  });

  it('moves a corrupt file and a schema-invalid file to quarantine, reports them and loads the rest', async () => {
    await fs.mkdir(draftsDir(), { recursive: true });
    await writeJsonAtomic(path.join(draftsDir(), 'good.json'), draft('good'));
    await fs.writeFile(path.join(draftsDir(), 'broken.json'), '{"id": "broken", "name": ');
    const invalid = { ...draft('invalid'), config: { ...draft('invalid').config, jit_provisioning: 'yes' } };
    await fs.writeFile(path.join(draftsDir(), 'invalid.json'), JSON.stringify(invalid));

    const store = await openDraftStore({ dataDir, now: () => FIXED });

    expect(store.list().map((d) => d.id)).toEqual(['good']);
    const byFile = Object.fromEntries(store.problems.map((p) => [path.basename(p.file), p]));
    expect(byFile['broken.json']?.reason).toMatch(/not valid JSON/);
    expect(byFile['invalid.json']?.reason).toContain('config.jit_provisioning');
    expect(byFile['invalid.json']?.moved_to).toBe(
      path.join(dataDir, 'quarantine', 'invalid.json.2026-11-20T10-00-00-000Z.json'),
    );
    expect((await fs.readdir(draftsDir())).sort()).toEqual(['good.json']);
    const kept = await fs.readFile(byFile['broken.json']!.moved_to, 'utf8');
    expect(kept).toBe('{"id": "broken", "name": ');
  });

  it('restores the previous version from .bak when the main file is torn', async () => {
    const store = await openDraftStore({ dataDir });
    await store.put(draft('d1', 'v1'));
    await store.put(draft('d1', 'v2'));
    await fs.writeFile(path.join(draftsDir(), 'd1.json'), '{"id":"d1","na');
    const reopened = await openDraftStore({ dataDir });
    expect(reopened.get('d1')?.name).toBe('v1');
    expect(reopened.problems).toHaveLength(1);
    expect(reopened.problems[0]?.reason).toMatch(/restored the previous version from d1\.json\.bak/);
  });

  it('quarantines a file whose id does not match its name', async () => {
    await fs.mkdir(draftsDir(), { recursive: true });
    await writeJsonAtomic(path.join(draftsDir(), 'a.json'), draft('b'));
    const store = await openDraftStore({ dataDir });
    expect(store.list()).toEqual([]);
    expect(store.problems[0]?.reason).toMatch(/does not match the file name/);
  });

  it('sweeps temp files left by an interrupted write', async () => {
    await fs.mkdir(draftsDir(), { recursive: true });
    await fs.writeFile(path.join(draftsDir(), '.d1.json.abc123.tmp'), '{"half');
    const store = await openDraftStore({ dataDir });
    expect(store.problems).toEqual([]);
    expect(await fs.readdir(draftsDir())).toEqual([]);
  });

  it('serialises writes to one id: the last put wins on disk', async () => {
    const store = await openDraftStore({ dataDir });
    const writes = Array.from({ length: 20 }, (_, i) => store.put(draft('d1', `name ${i}`)));
    await Promise.all(writes);
    expect(await readJson(path.join(draftsDir(), 'd1.json'))).toMatchObject({ name: 'name 19' });
    expect(store.get('d1')?.name).toBe('name 19');
  });

  it('refuses ids that could escape the drafts folder', async () => {
    const store = await openDraftStore({ dataDir });
    for (const id of ['../evil', 'a/b', '..', 'a\\b', '.hidden', '']) {
      await expect(store.put({ ...draft('x'), id })).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(store.remove('../settings')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await fs.readdir(dataDir)).toEqual(['drafts']);
  });

  it('removes a draft and its backup', async () => {
    const store = await openDraftStore({ dataDir });
    await store.put(draft('d1'));
    await store.put(draft('d1'));
    await store.remove('d1');
    expect(store.get('d1')).toBeUndefined();
    expect(await fs.readdir(draftsDir())).toEqual([]);
  });

  it('hands out copies, so callers cannot change the cache by accident', async () => {
    const store = await openDraftStore({ dataDir });
    await store.put(draft('d1', 'kept'));
    const copy = store.get('d1')!;
    copy.name = 'changed';
    expect(store.get('d1')?.name).toBe('kept');
  });

  it('vouches for each copy it hands out as parsed by the draft schema, loaded or stored', async () => {
    const first = await openDraftStore({ dataDir });
    await first.put(draft('d1'));
    expect(vouchedSchemaOf(first.get('d1'))).toBe(DomainDraftSchema);
    expect(vouchedSchemaOf(first.requireDraft('d1'))).toBe(DomainDraftSchema);
    const reopened = await openDraftStore({ dataDir });
    expect(vouchedSchemaOf(reopened.get('d1'))).toBe(DomainDraftSchema);
    // A copy of a copy is the caller's own object: nothing vouches for it.
    expect(vouchedSchemaOf({ ...reopened.get('d1')! })).toBeUndefined();
  });

  it('stores only what the draft schema accepts, so what it vouches for holds', async () => {
    const store = await openDraftStore({ dataDir });
    const bad = { ...draft('d1'), config: 'not a config' } as never;
    await expect(store.put(bad)).rejects.toThrow();
    expect(store.get('d1')).toBeUndefined();
  });

  it('lists summaries of the cached drafts without their configuration', async () => {
    const store = await openDraftStore({ dataDir });
    await store.put(draft('d1', 'one'));
    await store.put(draft('d2', 'two'));
    expect(store.summaries()).toEqual([
      { id: 'd1', name: 'one', base_url: '', updated_at: FIXED.toISOString() },
      { id: 'd2', name: 'two', base_url: '', updated_at: FIXED.toISOString() },
    ]);
  });
});

describe('settings store', () => {
  it('persists values across opens', async () => {
    const first = await openSettingsStore({ dataDir });
    expect(first.store.get('domain_order')).toEqual([]);
    first.store.set('domain_order', ['b', 'a']);
    first.store.set('last_domain_id', 'a');
    const second = await openSettingsStore({ dataDir });
    expect(second.store.get('domain_order')).toEqual(['b', 'a']);
    expect(second.store.get('last_domain_id')).toBe('a');
  });

  it.each([
    ['malformed JSON', '{oops', /not valid JSON/],
    ['a schema violation', '{"domain_order": 5}', /domain_order/],
  ])('moves a file with %s aside, reports it and starts from defaults', async (_label, text, reason) => {
    await fs.writeFile(path.join(dataDir, 'settings.json'), text);
    const opened = await openSettingsStore({ dataDir, now: () => FIXED });
    expect(opened.problems).toEqual([
      {
        file: path.join(dataDir, 'settings.json'),
        moved_to: path.join(dataDir, 'quarantine', 'settings.json.2026-11-20T10-00-00-000Z.json'),
        reason: expect.stringMatching(reason),
      },
    ]);
    expect(opened.store.get('domain_order')).toEqual([]);
    expect(await fs.readFile(opened.problems[0]!.moved_to, 'utf8')).toBe(text);
  });

  it.runIf(process.platform !== 'win32')(
    'checks the settings file as every stored document: damaged bytes and a link are reported, not used',
    async () => {
      const file = path.join(dataDir, 'settings.json');
      const damaged = Buffer.concat([
        Buffer.from('{"theme": "dark", "last_domain_id": "a'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}'),
      ]);
      await fs.writeFile(file, damaged);
      const opened = await openSettingsStore({ dataDir, now: () => FIXED });
      expect(opened.problems[0]?.reason).toMatch(/^not valid UTF-8/);
      expect(opened.store.get('last_domain_id')).toBeNull();
      expect(await fs.readFile(opened.problems[0]!.moved_to)).toEqual(damaged);

      const elsewhere = path.join(dataDir, 'elsewhere.json');
      await fs.writeFile(elsewhere, '{"theme": "dark"}');
      await fs.rm(file, { force: true });
      await fs.symlink(elsewhere, file);
      const linked = await openSettingsStore({ dataDir });
      expect(linked.problems[0]?.reason).toBe('a link or special file, not a settings file');
      expect(linked.store.get('theme')).toBe('system');
      expect(await fs.readFile(elsewhere, 'utf8')).toBe('{"theme": "dark"}');
    },
  );

  it('keeps the original bytes aside when the store itself fails after rewriting the file', async () => {
    const file = path.join(dataDir, 'settings.json');
    await fs.writeFile(file, '{"domain_order": ["a"], "future_key": 1}');
    let calls = 0;
    const factory = (cwd: string) => {
      calls += 1;
      if (calls === 1) {
        // What conf does during a migration: rewrite the file, then fail.
        writeFileSync(path.join(cwd, 'settings.json'), '{"rewritten": true}');
        throw new Error('Migration failed');
      }
      return memorySettings();
    };
    const opened = await openSettingsStore({ dataDir, factory });
    expect(opened.problems[0]?.reason).toMatch(/Migration failed/);
    expect(await fs.readFile(opened.problems[0]!.moved_to, 'utf8')).toBe(
      '{"domain_order": ["a"], "future_key": 1}',
    );
  });
});
