import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import type { WireWebhook, WireWebhookInput } from '../../electron/services/emulator/types';
import { adminEnv, memoryCliIo } from './support/cli-io';

let emu: Emulator;
beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

type FileJson = Record<string, Record<string, Record<string, unknown>>>;

function run(files: Record<string, string>, env: Record<string, string> = {}) {
  const { io, out, err } = memoryCliIo(files, { ...adminEnv(emu), ...env });
  const cli = (...argv: string[]) => runCli(argv, io);
  return { cli, out, err, json: () => JSON.parse(out.join('\n')) as Record<string, unknown> };
}

/** `pull --out d.json`, then an edit of the file as a person would make it in Git. */
async function pulled(edit: (f: FileJson) => void = () => undefined): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  expect(await run(files).cli('pull', '--domain', emu.url, '--out', 'd.json')).toBe(0);
  emu.state.clearRequests();
  const file = JSON.parse(files['d.json']!) as FileJson;
  edit(file);
  files['d.json'] = JSON.stringify(file);
  return files;
}

/** A save on the live page by another admin, as through the Admin Portal. */
function colleagueSaves(kind: 'profile' | 'location', change: (w: WireWebhookInput) => void): WireWebhook {
  const live = structuredClone(emu.state.getWebhook(kind)) as unknown as WireWebhookInput;
  delete live.security;
  change(live);
  return emu.state.setWebhook(kind, live, emu.accounts.colleague!.name);
}

const postUrl = (f: FileJson, url: string) => (f.profile!.outgoing!.post_url = url);
const liveUrl = () => emu.state.getWebhook('profile').outgoing.post_url;

describe('publish knows whose changes it sees', () => {
  it('refuses to revert a colleague’s edit made after the pull: exit 3, base | live | file, nothing written', async () => {
    const files = await pulled((f) => (f.profile!.outgoing!.triggers = ['create_user']));
    const base = emu.state.getWebhook('profile');
    colleagueSaves('profile', (w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    const after = emu.state.getWebhook('profile');

    const text = run(files);
    expect(await text.cli('publish', 'd.json', '--domain', emu.url)).toBe(3);
    const lines = text.out.join('\n');
    expect(lines).toContain(
      `drift: the live page changed since the file's base (version ${base.version} → ${after.version})`,
    );
    expect(lines).toMatch(
      new RegExp(
        `CONFLICT\\s+Post to URL: base ${base.outgoing.post_url} \\| live https://colleague.example.com/hooks \\| file ${base.outgoing.post_url} \\(live changed by ${emu.accounts.colleague!.name}\\)`,
      ),
    );
    expect(lines).toMatch(/REFUSED: .*Nothing was written/);
    expect(emu.state.getWebhook('profile')).toEqual(after);

    const json = run(files);
    expect(await json.cli('publish', 'd.json', '--domain', emu.url, '--json')).toBe(3);
    expect(json.json()).toMatchObject({
      ok: false,
      outcomes: [],
      plans: expect.arrayContaining([
        expect.objectContaining({
          kind: 'profile',
          base_version: base.version,
          live_version: after.version,
          refused: expect.objectContaining({ reason: 'conflict' }),
          items: expect.arrayContaining([
            expect.objectContaining({
              unit: 'post_url',
              base: base.outgoing.post_url,
              live: 'https://colleague.example.com/hooks',
              resolution: 'conflict',
              changed_by: emu.accounts.colleague!.name,
            }),
          ]),
        }),
      ]),
    });
  });

  it('a refused plan leads with REFUSED and lists its changes only as what would change once resolved', async () => {
    const files = await pulled((f) => (f.profile!.outgoing!.triggers = ['create_user']));
    colleagueSaves('profile', (w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    for (const command of ['plan', 'publish']) {
      const text = run(files);
      expect(await text.cli(command, 'd.json', '--domain', emu.url, '--kind', 'profile')).toBe(3);
      expect(text.out[0]).toMatch(/^REFUSED: nothing (was|would be) written/);
      expect(text.out[1]).toMatch(/^profile webhook \(live version \d+\): REFUSED: /);
      // No heading presents the changes as a plan to apply; they follow the base | live | file report.
      expect(text.out.join('\n')).not.toMatch(/\d+ change\(s\)/);
      const report = text.out.findIndex((l) => l.includes('base | live | file'));
      const resolved = text.out.findIndex((l) => /would change if resolved \(\d+\):/.test(l));
      const trigger = text.out.findIndex((l) => /^ +- Trigger "Update User Profile": on$/.test(l));
      expect(report).toBeGreaterThan(0);
      expect(resolved).toBeGreaterThan(report);
      expect(trigger).toBeGreaterThan(resolved);

      const json = run(files);
      expect(await json.cli(command, 'd.json', '--domain', emu.url, '--kind', 'profile', '--json')).toBe(3);
      const [plan] = json.json().plans as Record<string, unknown>[];
      expect(json.json()).toMatchObject({ ok: false, refused: true });
      expect(plan).toMatchObject({ plan: null, refused: { reason: 'conflict' } });
      expect(plan!.would_change_if_resolved).toMatchObject({ changes: expect.arrayContaining([]) });
      expect((plan!.would_change_if_resolved as { changes: unknown[] }).changes.length).toBeGreaterThan(0);
    }
  });

  it('--merge publishes the file on top of a colleague’s change to a unit it did not touch', async () => {
    const files = await pulled((f) => (f.profile!.outgoing!.triggers = ['create_user']));
    colleagueSaves('profile', (w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    expect(await run(files).cli('publish', 'd.json', '--domain', emu.url, '--merge')).toBe(0);
    expect(liveUrl()).toBe('https://colleague.example.com/hooks');
    expect(emu.state.getWebhook('profile').outgoing.triggers).toEqual(['create_user']);
  });

  it('--merge still refuses a unit both changed, differently', async () => {
    const files = await pulled((f) => postUrl(f, 'https://mine.example.com/hooks'));
    const theirs = colleagueSaves(
      'profile',
      (w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'),
    );
    expect(await run(files).cli('publish', 'd.json', '--domain', emu.url, '--merge')).toBe(3);
    expect(emu.state.getWebhook('profile')).toEqual(theirs);
  });

  it('successive publishes of successive commits by the same account never conflict with themselves', async () => {
    const commitA = await pulled((f) => postUrl(f, 'https://ci.example.com/a'));
    const fileB = JSON.parse(commitA['d.json']!) as FileJson;
    postUrl(fileB, 'https://ci.example.com/b');
    fileB.profile!.outgoing!.triggers = ['create_user'];
    expect(await run(commitA).cli('publish', 'd.json', '--domain', emu.url)).toBe(0);
    expect(liveUrl()).toBe('https://ci.example.com/a');
    // Commit B still carries the pull's base: the version in between is this account's own publish.
    const b = run({ 'd.json': JSON.stringify(fileB) });
    expect(await b.cli('publish', 'd.json', '--domain', emu.url)).toBe(0);
    expect(liveUrl()).toBe('https://ci.example.com/b');
    expect(emu.state.getWebhook('profile').outgoing.triggers).toEqual(['create_user']);
  });

  it('a 412 on the write shows the file’s base in the base column, not the live page it was planned on', async () => {
    const commitA = await pulled((f) => postUrl(f, 'https://ci.example.com/a'));
    const base = emu.state.getWebhook('profile');
    const fileB = JSON.parse(commitA['d.json']!) as FileJson;
    postUrl(fileB, 'https://ci.example.com/b');
    expect(await run(commitA).cli('publish', 'd.json', '--domain', emu.url)).toBe(0);
    emu.setFaults({ conflict: { times: 1, by: emu.accounts.colleague!.name } });
    const b = run({ 'd.json': JSON.stringify(fileB) });
    expect(await b.cli('publish', 'd.json', '--domain', emu.url, '--kind', 'profile', '--json')).toBe(3);
    const [outcome] = b.json().outcomes as { conflict: { base_version: number; items: object[] } }[];
    expect(outcome!.conflict.base_version).toBe(base.version);
    expect(outcome!.conflict.items).toContainEqual(
      expect.objectContaining({
        unit: 'post_url',
        base: base.outgoing.post_url,
        live: 'https://ci.example.com/a',
        draft: 'https://ci.example.com/b',
      }),
    );
    expect(liveUrl()).toBe('https://ci.example.com/a');
  });

  it('sees a colleague’s change of the shared OAuth made through the other webhook, which moves no profile version', async () => {
    const files = await pulled((f) => postUrl(f, 'https://mine.example.com/hooks'));
    const oauth = { token_url: 'https://idp.example.com/token', username: 'colleague-sync' };
    const loc = structuredClone(emu.state.getWebhook('location')) as unknown as WireWebhookInput;
    emu.state.setWebhook('location', { ...loc, security: { oauth } }, emu.accounts.colleague!.name);
    const profileVersion = emu.state.getWebhook('profile').version;
    const r = run(files);
    expect(await r.cli('publish', 'd.json', '--domain', emu.url, '--kind', 'profile')).toBe(3);
    expect(r.out.join('\n')).toMatch(
      /CONFLICT\s+OAuth: base .* \| live token URL https:\/\/idp\.example\.com\/token/,
    );
    expect(emu.state.getWebhook('profile').version).toBe(profileVersion);
    expect(
      await run(files).cli('publish', 'd.json', '--domain', emu.url, '--kind', 'profile', '--merge'),
    ).toBe(0);
    expect(emu.state.getWebhook('profile').security.oauth).toMatchObject(oauth);
    expect(liveUrl()).toBe('https://mine.example.com/hooks');
  });

  it('a file without a base is refused unless --base live, and the plan says what would be overwritten', async () => {
    const files = await pulled((f) => {
      delete f.base;
      (f as Record<string, unknown>).format_version = 1;
      postUrl(f, 'https://mine.example.com/hooks');
    });
    const before = emu.state.getWebhook('profile');
    const refused = run(files);
    expect(await refused.cli('publish', 'd.json', '--domain', emu.url)).toBe(3);
    expect(refused.out.join('\n')).toMatch(/~ Post to URL: .* → https:\/\/mine\.example\.com\/hooks/);
    expect(refused.out.join('\n')).toMatch(/records no base .*--base live/);
    expect(emu.state.getWebhook('profile')).toEqual(before);
    expect(await run(files).cli('publish', 'd.json', '--domain', emu.url, '--base', 'live')).toBe(0);
    expect(liveUrl()).toBe('https://mine.example.com/hooks');
  });
});

describe('a damaged base, a file for the other webhook, a domain that keeps answering 412', () => {
  it('a base version newer than live: exit 1, named, nothing written', async () => {
    const files = await pulled((f) => {
      f.base!.profile!.version = 99;
      postUrl(f, 'https://mine.example.com/hooks');
    });
    const before = emu.state.getWebhook('profile');
    const r = run(files);
    expect(await r.cli('publish', 'd.json', '--domain', emu.url)).toBe(1);
    expect(r.out.join('\n')).toMatch(
      /base\.profile\.version is 99, but the live profile webhook is only at version/,
    );
    expect(emu.state.getWebhook('profile')).toEqual(before);
  });

  it('a fingerprint that does not match, or a base copied from the other webhook: exit 1, nothing written', async () => {
    colleagueSaves('profile', (w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    for (const edit of [
      (f: FileJson) => (f.base!.profile!.fingerprint = `sha256:${'0'.repeat(32)}`),
      (f: FileJson) => (f.base!.profile!.fingerprint = f.base!.location!.fingerprint),
    ]) {
      const files = await pulled((f) => {
        edit(f);
        f.base!.profile!.version = (f.base!.profile!.version as number) - 1;
        postUrl(f, 'https://mine.example.com/hooks');
      });
      const before = emu.state.getWebhook('profile');
      const r = run(files);
      expect(await r.cli('publish', 'd.json', '--domain', emu.url, '--json')).toBe(1);
      expect(JSON.stringify(r.json())).toMatch(/base\.profile\.fingerprint does not match version/);
      expect(emu.state.getWebhook('profile')).toEqual(before);
    }
  });

  it('a file whose profile section holds the location webhook is refused per field before connecting', async () => {
    const files = await pulled((f) => {
      // The location webhook's own shape: its triggers and its identifier key.
      f.profile = {
        outgoing: {
          triggers: ['create_location'],
          post_url: 'https://hr.example.com/l',
          request_parameters: [],
          response_parameters: [],
        },
        incoming: {
          input_parameters: [
            { api_field: 'code', mangoapps_field: 'location_id', location_identifier: true },
          ],
        },
      };
    });
    const r = run(files);
    expect(await r.cli('publish', 'd.json', '--domain', emu.url, '--json')).toBe(1);
    expect(r.json()).toMatchObject({
      ok: false,
      file_errors: expect.arrayContaining([
        expect.objectContaining({ path: expect.stringMatching(/^profile\./) }),
      ]),
    });
  });

  it('a domain that answers 412 again and again: a clear message and nothing written', async () => {
    const files = await pulled((f) => postUrl(f, 'https://mine.example.com/hooks'));
    const before = emu.state.getWebhook('profile');
    emu.setFaults({ conflict: { times: 10, by: null } });
    const r = run(files);
    expect(await r.cli('publish', 'd.json', '--domain', emu.url, '--kind', 'profile')).toBe(4);
    expect(r.out.join('\n')).toMatch(/still at version \d+, so nobody else changed it; nothing was written/);
    expect(emu.state.getWebhook('profile')).toEqual(before);
  });
});
