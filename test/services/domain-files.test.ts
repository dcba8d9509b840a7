import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DomainFiles } from '../../electron/services/storage/domain-files';

const Schema = z.object({ n: z.number() });
let dir: string;
const files = () =>
  new DomainFiles({
    dir: path.join(dir, 'docs'),
    quarantineDir: path.join(dir, 'quarantine'),
    schema: Schema,
    fresh: () => ({ n: 0 }),
    what: 'test document',
  });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whs-domain-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('per-domain JSON files', () => {
  it('starts fresh, writes atomically in order, and reads back after a restart', async () => {
    const a = files();
    expect(await a.get('d1')).toEqual({ n: 0 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => a.set('d1', { n })));
    await a.flush();
    expect(JSON.parse(readFileSync(path.join(dir, 'docs', 'd1.json'), 'utf8'))).toEqual({ n: 5 });
    expect(await files().get('d1')).toEqual({ n: 5 });
  });

  it('moves an unreadable or mismatched file aside, reports it, and starts fresh', async () => {
    const docs = path.join(dir, 'docs');
    await files().set('ok', { n: 1 });
    writeFileSync(path.join(docs, 'torn.json'), '{"n": ');
    writeFileSync(path.join(docs, 'odd.json'), '{"n": "seven"}');
    const b = files();
    expect(await b.get('torn')).toEqual({ n: 0 });
    expect(await b.get('odd')).toEqual({ n: 0 });
    expect(await b.get('ok')).toEqual({ n: 1 });
    expect(b.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/test document is not valid JSON/),
      'test document does not match its schema',
    ]);
    expect(readdirSync(path.join(dir, 'quarantine'))).toHaveLength(2);
  });

  it('loads a damaged file once however many calls ask at the same time, and reports it once', async () => {
    const docs = path.join(dir, 'docs');
    await files().set('torn', { n: 1 });
    writeFileSync(path.join(docs, 'torn.json'), '{"n": ');
    const b = files();
    const all = await Promise.all([b.get('torn'), b.get('torn'), b.get('torn')]);
    expect(all).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
    expect(b.problems).toHaveLength(1);
    expect(readdirSync(path.join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('refuses unsafe ids and forgets a removed domain', async () => {
    const c = files();
    await expect(c.get('../escape')).rejects.toThrow();
    await c.set('gone', { n: 9 });
    await c.remove('gone');
    expect(existsSync(path.join(dir, 'docs', 'gone.json'))).toBe(false);
    expect(await c.get('gone')).toEqual({ n: 0 });
  });
});
