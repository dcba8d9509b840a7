import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/bridge/channels';
import { useHostPerTest } from './harness-service-fixture';

const host = useHostPerTest();

/** Every kind of per-domain document, where it lives, and a call that reads it. */
const DOCUMENTS = [
  { what: 'test samples', file: (id: string) => `harness/${id}.json`, read: 'harness:samples' },
  { what: 'test log', file: (id: string) => `harness-log/${id}/harness-log.json`, read: 'harness:history' },
  { what: 'publish history', file: (id: string) => `publish-log/${id}.json`, read: 'history:list' },
  { what: 'API description', file: (id: string) => `api-descriptions/${id}.json`, read: 'openapi:get' },
] as const;

const inputOf = (channel: string, id: string) => (channel === 'openapi:get' ? { domain_id: id } : { id });

describe.runIf(process.platform !== 'win32')('one store for every per-domain document', () => {
  it('never follows a link in place of a document: each is moved to quarantine and reported by name', async () => {
    const d = await host.call('domains:create', { name: 'acme' });
    // Each document written once, so each file exists and is valid.
    await host.call('harness:samples-save', { id: d.id, samples: [] });
    await host.call('history:list', { id: d.id });
    await host.call('secrets:set', { domain_id: d.id, name: 'oauth_password', value: 'pw-1' });
    await host.call('openapi:bind', { domain_id: d.id, binding: {} });
    await host.app.close();

    // A file elsewhere that every one of these links points at: valid JSON another user could plant.
    const planted = path.join(host.dir, '..', `${path.basename(host.dir)}-planted.json`);
    await fs.writeFile(planted, JSON.stringify({ exchanges: [], runs: [], samples: [] }));
    try {
      for (const doc of DOCUMENTS) {
        const file = path.join(host.dir, doc.file(d.id));
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.rm(file, { force: true });
        await fs.symlink(planted, file);
      }
      await host.restart();
      for (const doc of DOCUMENTS) {
        const res = await host.app.dispatch(doc.read, inputOf(doc.read, d.id));
        expect(res.ok, doc.read).toBe(true);
      }
      const info = await host.call('app:info', {});
      const reported = info.store_problems.map((p) => ({
        file: path.relative(host.dir, p.file),
        reason: p.reason,
        kept: path.relative(host.dir, path.dirname(p.moved_to)),
      }));
      for (const doc of DOCUMENTS) {
        expect(reported).toContainEqual({
          file: doc.file(d.id),
          reason: expect.stringMatching(/is a link or special file, not a file$/),
          kept: 'quarantine',
        });
        const stat = await fs.lstat(path.join(host.dir, doc.file(d.id))).catch(() => null);
        expect(stat?.isSymbolicLink() ?? false, doc.file(d.id)).toBe(false);
      }
      expect(JSON.parse(await fs.readFile(planted, 'utf8'))).toEqual({
        exchanges: [],
        runs: [],
        samples: [],
      });
    } finally {
      await fs.rm(planted, { force: true });
    }
  });

  it('moves a damaged exchange log to quarantine and reports it, as every other stored file', async () => {
    const d = await host.call('domains:create', { name: 'acme' });
    await host.app.close();
    const file = path.join(host.dir, 'harness-log', d.id, 'harness-log.json');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '{"exchanges": [');
    await host.restart();
    expect(await host.call('harness:history', { id: d.id })).toEqual({ exchanges: [], runs: [] });
    const [problem] = (await host.call('app:info', {})).store_problems;
    expect(problem).toMatchObject({ file, reason: expect.stringMatching(/^the test log is not valid JSON/) });
    expect(path.dirname(problem!.moved_to)).toBe(path.join(host.dir, 'quarantine'));
    expect(await fs.readFile(problem!.moved_to, 'utf8')).toBe('{"exchanges": [');
  });
});

describe('one lookup of a domain’s draft', () => {
  /** Channels of every service that acts on a domain (domains, secrets, harness, API descriptions, publish). */
  const CALLS: [ChannelName, (id: string) => unknown][] = [
    ['drafts:get', (id) => ({ id })],
    ['domains:rename', (id) => ({ id, name: 'x' })],
    ['secrets:status', (id) => ({ domain_id: id })],
    ['harness:samples', (id) => ({ id })],
    ['harness:history', (id) => ({ id })],
    ['openapi:get', (id) => ({ domain_id: id })],
    ['connection:test', (id) => ({ id })],
    ['domain:pull', (id) => ({ id })],
    ['publish:plan', (id) => ({ id })],
  ];

  it('answers the same not_found for a domain that does not exist, and invalid_input for a crafted id', async () => {
    for (const [channel, input] of CALLS) {
      expect(await host.app.dispatch(channel, input('gone')), channel).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'No domain with id "gone"; it may have been deleted.' },
      });
      const crafted = await host.app.dispatch(channel, input('../drafts/x'));
      expect(crafted.ok ? 'ok' : crafted.error.code, channel).toBe('invalid_input');
    }
  });
});
