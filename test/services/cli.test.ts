import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { contentFromWire } from '../../shared/domain-api/webhook-content';
import { adminEnv, memoryCliIo } from './support/cli-io';
import { draftFileText } from './support/draft-file';

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator();
});
afterAll(async () => emu.close());

function io(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const written: Record<string, string> = {};
  const { io: value, out, err } = memoryCliIo(files, { ...adminEnv(emu), ...env }, written);
  return { io: value, out, err, written };
}

const draftFile = (postUrl: string, extra: object = {}) => draftFileText(postUrl, { extra });

describe('webhook-studio command line', () => {
  it('validates a file and exits 1 with paths on errors', async () => {
    const good = io({ 'a.json': draftFile('https://hr.example.com/hooks') });
    expect(await runCli(['validate', 'a.json'], good.io)).toBe(0);
    const bad = io({ 'b.json': draftFile('http://hr.example.com/hooks') });
    expect(await runCli(['validate', 'b.json'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/error\s+profile\.outgoing\.post_url\s+.*https/);
    const json = io({ 'b.json': draftFile('http://hr.example.com/hooks') });
    expect(await runCli(['validate', 'b.json', '--json'], json.io)).toBe(1);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ path: 'profile.outgoing.post_url' })],
    });
  });

  it('reports a file that is not a draft, and usage errors', async () => {
    const broken = io({ 'c.json': '{"format_version": 1, "name": "x", }' });
    expect(await runCli(['validate', 'c.json'], broken.io)).toBe(1);
    expect(broken.err.join('\n')).toMatch(/line 1/i);
    const usage = io();
    expect(await runCli(['plan', 'a.json'], usage.io)).toBe(2);
    expect(usage.err.join('\n')).toMatch(/--domain/);
    expect(await runCli(['frobnicate'], io().io)).toBe(2);
  });

  it('plans and publishes against a domain, verified by reading back', async () => {
    const file = { 'a.json': draftFile('https://hr.example.com/hooks/cli') };
    const plan = io(file);
    const cmd = (c: string) => [c, 'a.json', '--domain', emu.url, '--kind', 'profile', '--base', 'live'];
    expect(await runCli(cmd('plan'), plan.io)).toBe(0);
    expect(plan.out.join('\n')).toMatch(/~ Post to URL: .* → https:\/\/hr\.example\.com\/hooks\/cli/);
    const before = emu.state.getWebhook('profile').version;
    const pub = io(file);
    expect(await runCli([...cmd('publish'), '--json'], pub.io)).toBe(0);
    const report = JSON.parse(pub.out.join('\n'));
    expect(report.outcomes).toEqual([expect.objectContaining({ status: 'published', version: before + 1 })]);
    expect(contentFromWire(emu.state.getWebhook('profile'), 'profile').outgoing.post_url).toBe(
      'https://hr.example.com/hooks/cli',
    );
    const again = io(file);
    expect(await runCli(cmd('publish'), again.io)).toBe(0);
    expect(again.out.join('\n')).toMatch(/nothing to publish/);
  });

  it('refuses to publish over an unexpected live version (exit 3) or an invalid draft (exit 1)', async () => {
    const file = { 'a.json': draftFile('https://hr.example.com/hooks/other') };
    const stale = io(file);
    expect(
      await runCli(
        [
          'publish',
          'a.json',
          '--domain',
          emu.url,
          '--kind',
          'profile',
          '--base',
          'live',
          '--expect-version',
          '1',
        ],
        stale.io,
      ),
    ).toBe(3);
    expect(contentFromWire(emu.state.getWebhook('profile'), 'profile').outgoing.post_url).not.toBe(
      'https://hr.example.com/hooks/other',
    );
    const invalid = io({ 'b.json': draftFile('http://hr.example.com/hooks') });
    expect(await runCli(['publish', 'b.json', '--domain', emu.url], invalid.io)).toBe(1);
  });

  it('pulls the live configuration into a draft file, without secrets', async () => {
    const pull = io();
    expect(await runCli(['pull', '--domain', emu.url, '--out', 'live.json'], pull.io)).toBe(0);
    const text = pull.written['live.json']!;
    const file = JSON.parse(text);
    expect(file.format_version).toBe(2);
    expect(file.base.profile.version).toBe(emu.state.getWebhook('profile').version);
    expect(file.profile.outgoing.post_url).toBe('https://hr.example.com/hooks/cli');
    expect(text).not.toContain(emu.admin.password);
    const back = io({ 'live.json': text });
    expect(await runCli(['validate', 'live.json'], back.io)).toBe(0);
  });

  it('says which secret is missing, and fails on a wrong password', async () => {
    const noEnv = io({ 'a.json': draftFile('https://x.example.com') }, { WEBHOOK_STUDIO_API_KEY: '' });
    // A missing secret is a usage error (2), as documented, not a failure of the domain.
    expect(await runCli(['plan', 'a.json', '--domain', emu.url], noEnv.io)).toBe(2);
    expect(noEnv.err.join('\n')).toMatch(/WEBHOOK_STUDIO_API_KEY/);
    const wrong = io({ 'a.json': draftFile('https://x.example.com') }, { WEBHOOK_STUDIO_PASSWORD: 'nope' });
    expect(await runCli(['plan', 'a.json', '--domain', emu.url], wrong.io)).toBe(4);
    expect(wrong.err.join('\n')).toMatch(/Wrong username or password/);
    const http = io({ 'a.json': draftFile('https://x.example.com') });
    expect(await runCli(['plan', 'a.json', '--domain', 'http://acme.example.com'], http.io)).toBe(4);
    expect(http.err.join('\n')).toMatch(/https/);
  });
});
