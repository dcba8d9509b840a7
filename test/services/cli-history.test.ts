import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { parseHistoryLines } from '../../electron/services/publish/history-lines';
import type { DomainDraft } from '../../shared/model/draft';
import type { HistoryEntry } from '../../shared/plan/outcome';
import { adminEnv, memoryCliIo } from './support/cli-io';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();

type FileJson = { profile: { outgoing: { post_url: string } } };

/** `pull --out d.json` and a change of the profile's URL, as a commit would make it. */
async function pulledFile(files: Record<string, string>, url: string) {
  if (!files['d.json']) {
    const { io } = memoryCliIo(files, adminEnv(world.emu));
    expect(await runCli(['pull', '--domain', world.emu.url, '--out', 'd.json'], io)).toBe(0);
  }
  const file = JSON.parse(files['d.json']!) as FileJson;
  file.profile.outgoing.post_url = url;
  files['d.json'] = JSON.stringify(file);
}

function cli(files: Record<string, string>, ...argv: string[]) {
  const { io, out, err } = memoryCliIo(files, adminEnv(world.emu));
  return runCli(argv, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('the command line keeps each publish, with its --message, in a history', () => {
  it('appends a JSON line per verified publish beside the draft file, or where --history says', async () => {
    const files: Record<string, string> = {};
    await pulledFile(files, 'https://hr.example.com/one');
    const first = await cli(files, 'publish', 'd.json', '--domain', world.emu.url, '--message', 'First cut');
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/Recorded in d\.history\.jsonl/);
    // A plan never records anything.
    await pulledFile(files, 'https://hr.example.com/two');
    expect((await cli(files, 'plan', 'd.json', '--domain', world.emu.url)).code).toBe(0);
    expect(parseHistoryLines(files['d.history.jsonl']!).entries).toHaveLength(1);

    // The file's base is still the pull's: the earlier publish was this account's own, so no conflict.
    expect((await cli(files, 'publish', 'd.json', '--domain', world.emu.url, '--json')).code).toBe(0);
    const { entries, problems } = parseHistoryLines(files['d.history.jsonl']!);
    expect(problems).toEqual([]);
    const live = world.emu.state.getWebhook('profile');
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'profile', version: live.version - 1, message: 'First cut' }),
      expect.objectContaining({ kind: 'profile', version: live.version, published_by: 'Ada Admin' }),
    ]);
    expect(entries[1]!.message).toBeUndefined();
    expect(entries[1]!.changes).toEqual([
      expect.objectContaining({ unit: 'post_url', before: 'https://hr.example.com/one' }),
    ]);
    expect(entries[1]!.content.outgoing.post_url).toBe('https://hr.example.com/two');

    await pulledFile(files, 'https://hr.example.com/three');
    const elsewhere = await cli(
      files,
      'publish',
      'd.json',
      '--domain',
      world.emu.url,
      '--history',
      'ci/h.jsonl',
    );
    expect(elsewhere.code).toBe(0);
    expect(parseHistoryLines(files['ci/h.jsonl']!).entries).toHaveLength(1);
    await pulledFile(files, 'https://hr.example.com/four');
    expect((await cli(files, 'publish', 'd.json', '--domain', world.emu.url, '--no-history')).code).toBe(0);
    expect(parseHistoryLines(files['d.history.jsonl']!).entries).toHaveLength(2);
    expect(parseHistoryLines(files['ci/h.jsonl']!).entries).toHaveLength(1);
  });

  it('--app-data puts the publish, with its note, in the saved domain’s History in the running app', async () => {
    const d = await world.connectedDomain();
    // The app has read its (empty) history before, so a cached copy must not hide the new entry.
    expect(await world.call('history:list', { id: d.id })).toEqual([]);
    const files: Record<string, string> = {};
    await pulledFile(files, 'https://hr.example.com/from-ci');
    const argv = ['publish', 'd.json', '--domain', world.emu.url, '--app-data', world.dataDir];
    const r = await cli(files, ...argv, '--message', 'Nightly sync endpoint');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/the app's history of "acme"/);
    const history = await world.call<HistoryEntry[]>('history:list', { id: d.id });
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'profile',
        message: 'Nightly sync endpoint',
        version: world.emu.state.getWebhook('profile').version,
        domain: world.emu.url,
      }),
    ]);
    // The app's own publishes join it, newest first, and a rollback can take the command line's entry.
    const restored = await world.call<{ draft: DomainDraft }>('history:restore', {
      id: d.id,
      entry_id: history[0]!.id,
    });
    expect(restored.draft.config.profile.outgoing.post_url).toBe('https://hr.example.com/from-ci');
  });

  it('--app-data with no saved domain for --domain is a usage error before anything is written', async () => {
    await world.call('domains:create', { name: 'other', base_url: 'https://other.example.com' });
    const files: Record<string, string> = {};
    await pulledFile(files, 'https://hr.example.com/never');
    const before = world.emu.state.getWebhook('profile');
    const argv = ['publish', 'd.json', '--domain', world.emu.url, '--app-data', world.dataDir];
    const r = await cli(files, ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /No saved domain is with the URL .* saved domains: "other" \(https:\/\/other\.example\.com\)/,
    );
    const named = await cli(files, ...argv, '--app-domain', 'other');
    expect(named.code).toBe(2);
    expect(named.err).toMatch(/"other" is https:\/\/other\.example\.com, not --domain/);
    expect(world.emu.state.getWebhook('profile')).toEqual(before);
    expect(files['d.history.jsonl']).toBeUndefined();
  });

  it('history options are checked as usage before anything is sent', async () => {
    const files: Record<string, string> = {};
    await pulledFile(files, 'https://hr.example.com/never');
    world.emu.state.clearRequests();
    const usage = async (...argv: string[]) => {
      const r = await cli(files, ...argv);
      expect(r.code).toBe(2);
      return r.err;
    };
    const publish = ['publish', 'd.json', '--domain', world.emu.url];
    expect(await usage('plan', 'd.json', '--domain', world.emu.url, '--history', 'h.jsonl')).toMatch(
      /--history is only for publish/,
    );
    expect(await usage(...publish, '--history', 'h.jsonl', '--no-history')).toMatch(/not both/);
    expect(await usage(...publish, '--app-domain', 'acme')).toMatch(
      /--app-domain is only for publish --app-data/,
    );
    expect(await usage(...publish, '--app-data', '/nonexistent/whs-data')).toMatch(
      /is not the app's data folder: it has no drafts folder/,
    );
    expect(world.emu.state.requests()).toEqual([]);
  });
});
