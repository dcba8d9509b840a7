import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, defaultProfileFields, type Emulator } from '../../electron/services/emulator';
import type { WireWebhookInput } from '../../electron/services/emulator/types';
import { adminEnv, memoryCliIo } from './support/cli-io';

let sandbox: Emulator;
let production: Emulator;
beforeEach(async () => {
  sandbox = await createEmulator();
  // Production lacks the Badge ID field, and its HRIS ID is not unique.
  const fields = defaultProfileFields()
    .filter((f) => f.key !== 'custom_badge_id')
    .map((f) => (f.key === 'custom_hris_id' ? { ...f, unique: false } : f));
  production = await createEmulator({ seed: { profileFields: fields } });
});
afterEach(async () => {
  await sandbox.close();
  await production.close();
});

function cli(emu: Emulator, files: Record<string, string>, ...argv: string[]) {
  const { io, out, err } = memoryCliIo(files, adminEnv(emu));
  return runCli(argv, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('promote a draft from one domain to another', () => {
  it('names fields the target lacks and identifiers not unique there, before anything is written', async () => {
    const files: Record<string, string> = {};
    expect((await cli(sandbox, files, 'pull', '--domain', sandbox.url, '--out', 'd.json')).code).toBe(0);
    const file = JSON.parse(files['d.json']!) as {
      profile: { outgoing: { request_parameters: object[] }; incoming: { input_parameters: object[] } };
    };
    file.profile.outgoing.request_parameters.push({ api_field: 'badge', mangoapps_field: 'custom_badge_id' });
    file.profile.incoming.input_parameters = [
      { api_field: 'hris', mangoapps_field: 'custom_hris_id', user_identifier: true },
    ];
    files['d.json'] = JSON.stringify(file);
    const before = production.state.getWebhook('profile');
    production.state.clearRequests();
    const r = await cli(production, files, 'publish', 'd.json', '--domain', production.url, '--base', 'live');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /profile\.outgoing\.request_parameters\[\d+\]\.mangoapps_field\s+MangoApps field "custom_badge_id" is not in the profile field catalogue/,
    );
    expect(r.err).toMatch(
      /profile\.incoming\.input_parameters\[0\].*must be a unique field, and .*HRIS ID.* is not/,
    );
    expect(production.state.requests().filter((q) => q.method === 'PUT')).toEqual([]);
    expect(production.state.getWebhook('profile')).toEqual(before);
  });

  it('a base from the other domain is not taken for this one’s: refused, pointing at --base live', async () => {
    const files: Record<string, string> = {};
    await cli(sandbox, files, 'pull', '--domain', sandbox.url, '--out', 'd.json');
    const saved = structuredClone(sandbox.state.getWebhook('profile')) as unknown as WireWebhookInput;
    delete saved.security;
    sandbox.state.setWebhook('profile', saved, 'Bea Admin');
    await cli(sandbox, files, 'pull', '--domain', sandbox.url, '--out', 'd.json');
    const r = await cli(production, files, 'plan', 'd.json', '--domain', production.url);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not pulled from this domain.*--base live/);
  });
});
