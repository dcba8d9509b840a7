import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { exitCodeOf } from '../../cli/report';
import { processIo, runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import type { WireWebhookInput } from '../../electron/services/emulator/types';
import { applyWebhook, readLive } from '../../electron/services/publish/publish-engine';
import { adminClient } from './support/admin-client';

let emu: Emulator;
let dir: string;
beforeEach(async () => {
  emu = await createEmulator();
  dir = mkdtempSync(path.join(tmpdir(), 'whs-cli-'));
});
afterEach(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The command line as a CI job runs it: real files in a folder, secrets in the environment. */
function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...processIo,
    env: {
      WEBHOOK_STUDIO_API_KEY: emu.apiKeys.readWrite,
      WEBHOOK_STUDIO_USERNAME: emu.admin.username,
      WEBHOOK_STUDIO_PASSWORD: emu.admin.password,
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  const resolved = argv.map((a) => (a.endsWith('.json') ? path.join(dir, a) : a));
  return runCli(resolved, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

interface FileJson {
  profile: { outgoing: { post_url: string; triggers: string[] } };
  base: { profile: { version: number } };
}
const file = () => JSON.parse(readFileSync(path.join(dir, 'd.json'), 'utf8')) as FileJson;
const save = (f: unknown) => writeFileSync(path.join(dir, 'd.json'), JSON.stringify(f));

function colleagueSaves(change: (w: WireWebhookInput) => void) {
  const live = structuredClone(emu.state.getWebhook('profile')) as unknown as WireWebhookInput;
  delete live.security;
  change(live);
  return emu.state.setWebhook('profile', live, emu.accounts.colleague!.name);
}

describe('plan --detailed-exitcode and drift, for CI', () => {
  it('0 without changes, 2 with changes or drift, 1 on any error including usage', async () => {
    expect((await cli('pull', '--domain', emu.url, '--out', 'd.json')).code).toBe(0);
    const plan = () => cli('plan', 'd.json', '--domain', emu.url, '--detailed-exitcode');
    expect((await plan()).code).toBe(0);

    const edited = file();
    edited.profile.outgoing.post_url = 'https://hr.example.com/hooks/next';
    save(edited);
    expect((await plan()).code).toBe(2);

    // The Admin Portal edit a scheduled job must catch, with the file itself unchanged.
    expect((await cli('pull', '--domain', emu.url, '--out', 'd.json')).code).toBe(0);
    colleagueSaves((w) => w.outgoing.triggers.splice(0));
    const drift = await plan();
    expect(drift.code).toBe(2);
    expect(drift.out).toMatch(/drift: the live page changed since the file's base/);
    expect(drift.out).toMatch(/- Trigger/);

    expect((await cli('plan', 'd.json', '--detailed-exitcode')).code).toBe(1);
    expect((await cli('plan', 'missing.json', '--domain', emu.url, '--detailed-exitcode')).code).toBe(1);
    expect((await cli('plan', 'd.json', '--domain', emu.url, '--detailed-exitcode', '--bogus')).code).toBe(1);
    // Without the flag, the documented codes stay: usage 2.
    expect((await cli('plan', 'd.json')).code).toBe(2);
  });
});

describe('exit codes and output exactly as documented', () => {
  it('--json answers JSON on stdout for a missing file, a folder given as a file, and usage errors', async () => {
    mkdirSync(path.join(dir, 'folder.json'));
    for (const argv of [
      ['validate', 'missing.json', '--json'],
      ['validate', 'folder.json', '--json'],
      ['plan', 'missing.json', '--json'],
      ['publish', '--json'],
      ['publish', 'd.json', '--domain', emu.url, '--json', '--frobnicate'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(JSON.parse(r.out), argv.join(' ')).toMatchObject({ ok: false, error: { code: 'usage' } });
    }
    expect((await cli('validate', 'folder.json')).err).toMatch(/is a folder, not a draft file/);
  });

  it('--out into a missing folder says so plainly (usage, exit 2), and writes nothing', async () => {
    const r = await cli('pull', '--domain', emu.url, '--out', path.join(dir, 'nope', 'd.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/its folder does not exist/);
  });

  it('an error inside a 200 on login is shown as the server said it, not as a wrong password', async () => {
    emu.setFaults({ msErrors: { login: { times: 1 } } });
    const r = await cli('pull', '--domain', emu.url);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(
      /The domain refused the sign-in: "Something went wrong\. Please try again later\."/,
    );
    expect(r.err).not.toMatch(/Wrong username or password/);
  });

  it('missing secrets are a usage error (2)', async () => {
    const out: string[] = [];
    const io: CliIo = { ...processIo, env: {}, out: (l) => out.push(l), err: () => undefined };
    expect(await runCli(['pull', '--domain', emu.url, '--json'], io)).toBe(2);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      error: { message: expect.stringMatching(/WEBHOOK_STUDIO_API_KEY/) },
    });
  });

  it('a write that landed but cannot be read back is retried with backoff, then "not verified" (exit 5), never 4', async () => {
    const client = adminClient(emu, { readRetries: 0 });
    const live = await readLive(client, 'profile');
    const next = {
      ...live.content,
      outgoing: { ...live.content.outgoing, post_url: 'https://hr.example.com/n' },
    };
    emu.setFaults({ failure: { 'profile.get': {} } });
    const waits: number[] = [];
    const outcome = await applyWebhook(
      client,
      { kind: 'profile', content: next, expectedVersion: live.version, base: live.content },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([250, 500, 1000, 2000]);
    expect(outcome).toMatchObject({
      status: 'verification_failed',
      version: live.version + 1,
      message: expect.stringMatching(/not verified/),
    });
    expect(exitCodeOf([outcome])).toBe(5);
    expect(emu.state.getWebhook('profile').outgoing.post_url).toBe('https://hr.example.com/n');

    // One failed read-back, then the page reads: published, after one backoff.
    emu.clearFaults();
    const again = await readLive(client, 'profile');
    emu.setFaults({ failure: { 'profile.get': { times: 1 } } });
    waits.length = 0;
    const later = await applyWebhook(
      client,
      { kind: 'profile', content: live.content, expectedVersion: again.version, base: again.content },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(later.status).toBe('published');
    expect(waits).toEqual([250]);
  });
});

describe('pull --into: rebase a file onto the live page', () => {
  it('merges a colleague’s change, keeps the file’s edits, and moves the base', async () => {
    await cli('pull', '--domain', emu.url, '--out', 'd.json');
    const edited = file();
    edited.profile.outgoing.triggers = ['create_user'];
    save(edited);
    const theirs = colleagueSaves((w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    const r = await cli('pull', '--domain', emu.url, '--into', 'd.json');
    expect(r.code).toBe(0);
    const rebased = file();
    expect(rebased.profile.outgoing.post_url).toBe('https://colleague.example.com/hooks');
    expect(rebased.profile.outgoing.triggers).toEqual(['create_user']);
    expect(rebased.base.profile.version).toBe(theirs.version);
    // On the new base the file publishes cleanly, and keeps the colleague's change.
    expect((await cli('publish', 'd.json', '--domain', emu.url)).code).toBe(0);
    expect(emu.state.getWebhook('profile').outgoing.post_url).toBe('https://colleague.example.com/hooks');
  });

  it('reports conflicting units (exit 3) and leaves the file untouched until --take says which side wins', async () => {
    await cli('pull', '--domain', emu.url, '--out', 'd.json');
    const edited = file();
    edited.profile.outgoing.post_url = 'https://mine.example.com/hooks';
    save(edited);
    const before = readFileSync(path.join(dir, 'd.json'), 'utf8');
    colleagueSaves((w) => (w.outgoing.post_url = 'https://colleague.example.com/hooks'));
    const r = await cli('pull', '--domain', emu.url, '--into', 'd.json');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /CONFLICT\s+Post to URL: base .* \| live https:\/\/colleague\.example\.com\/hooks \| file https:\/\/mine\.example\.com\/hooks/,
    );
    expect(readFileSync(path.join(dir, 'd.json'), 'utf8')).toBe(before);

    expect((await cli('pull', '--domain', emu.url, '--into', 'd.json', '--take', 'file')).code).toBe(0);
    expect(file().profile.outgoing.post_url).toBe('https://mine.example.com/hooks');
    save(JSON.parse(before));
    expect((await cli('pull', '--domain', emu.url, '--into', 'd.json', '--take', 'live')).code).toBe(0);
    expect(file().profile.outgoing.post_url).toBe('https://colleague.example.com/hooks');
  });
});
