import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { adminEnv, memoryCliIo } from './support/cli-io';

let emu: Emulator;
beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

function io(files: Record<string, string>, env: Record<string, string> = {}) {
  return memoryCliIo(files, { ...adminEnv(emu), ...env }, {});
}

/** The live configuration as a draft file, through the command line's own pull. */
async function pulledFile(edit: (file: Record<string, Record<string, unknown>>) => void) {
  const pull = io({});
  expect(await runCli(['pull', '--domain', emu.url], pull.io)).toBe(0);
  const file = JSON.parse(pull.out.join('\n')) as Record<string, Record<string, unknown>>;
  edit(file);
  return { 'd.json': JSON.stringify(file) };
}

const locationHook = {
  outgoing: {
    triggers: ['create_location'],
    post_url: 'https://hr.example.com/locations',
    request_parameters: [],
    response_parameters: [],
  },
  incoming: {
    input_parameters: [
      { api_field: 'siteCode', mangoapps_field: 'custom_site_code', location_identifier: true },
    ],
  },
};

describe('webhook-studio publish', () => {
  it('sends the OAuth password with the only webhook published when that is the location one', async () => {
    const files = await pulledFile((f) => {
      f.location = locationHook;
    });
    const env = { WEBHOOK_STUDIO_OAUTH_PASSWORD: 'n3w-oauth-secret' };
    const run = io(files, env);
    const code = await runCli(['publish', 'd.json', '--domain', emu.url, '--kind', 'location'], run.io);
    expect(code).toBe(0);
    expect(run.out.join('\n')).toMatch(/OAuth password/);
    expect(emu.state.oauthPassword()).toBe('n3w-oauth-secret');
    expect([...run.out, ...run.err].join('\n')).not.toContain('n3w-oauth-secret');
  });

  it('refuses --expect-version for two webhooks before writing either, since each has its own version', async () => {
    const files = await pulledFile((f) => {
      (f.profile!.outgoing as { post_url: string }).post_url = 'https://hr.example.com/hooks/ci';
    });
    const version = emu.state.getWebhook('profile').version;
    const run = io(files);
    const code = await runCli(
      ['publish', 'd.json', '--domain', emu.url, '--expect-version', String(version)],
      run.io,
    );
    expect(code).toBe(2);
    expect(run.err.join('\n')).toMatch(/--kind/);
    expect(emu.state.getWebhook('profile').version).toBe(version);
  });

  it('reports an unexpected live version as a conflict in --json output, and signs out', async () => {
    const files = await pulledFile((f) => {
      (f.profile!.outgoing as { post_url: string }).post_url = 'https://hr.example.com/hooks/ci';
    });
    const run = io(files);
    const args = ['publish', 'd.json', '--domain', emu.url, '--kind', 'profile', '--json'];
    expect(await runCli([...args, '--expect-version', '1'], run.io)).toBe(3);
    const report = JSON.parse(run.out.join('\n')) as { outcomes: { status: string }[] };
    expect(report.outcomes).toEqual([expect.objectContaining({ status: 'conflict', kind: 'profile' })]);
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect(emu.state.sessions()).toEqual([]);
  });

  it('answers --json with JSON on stdout when it stops early: validation errors and failures', async () => {
    const invalid = await pulledFile((f) => {
      (f.profile!.outgoing as { post_url: string }).post_url = 'http://hr.example.com/hooks';
    });
    const plan = io(invalid);
    expect(await runCli(['plan', 'd.json', '--domain', emu.url, '--json'], plan.io)).toBe(1);
    expect(JSON.parse(plan.out.join('\n'))).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ path: 'profile.outgoing.post_url', severity: 'error' })],
    });

    const wrong = io(await pulledFile(() => undefined), { WEBHOOK_STUDIO_PASSWORD: 'not-it' });
    expect(await runCli(['publish', 'd.json', '--domain', emu.url, '--json'], wrong.io)).toBe(4);
    const report = JSON.parse(wrong.out.join('\n')) as { ok: boolean; error: { code: string } };
    expect(report).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(wrong.out.join('\n')).not.toContain('not-it');
  });

  it('plans both webhooks before writing either: a failed read of the second writes nothing', async () => {
    const files = await pulledFile((f) => {
      (f.profile!.outgoing as { post_url: string }).post_url = 'https://hr.example.com/hooks/ci';
    });
    const before = emu.state.getWebhook('profile');
    emu.setFaults({ failure: { 'location.get': {} } });
    const run = io(files);
    expect(await runCli(['publish', 'd.json', '--domain', emu.url, '--json'], run.io)).toBe(4);
    expect(JSON.parse(run.out.join('\n'))).toMatchObject({
      ok: false,
      error: { message: expect.any(String) },
    });
    expect(emu.state.getWebhook('profile')).toEqual(before);
  });
});
