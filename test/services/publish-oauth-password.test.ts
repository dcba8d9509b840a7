import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainClient } from '../../electron/services/domain-client/domain-client';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { applyWebhook, readLive } from '../../electron/services/publish/publish-engine';

let emu: Emulator;
const client = () =>
  new DomainClient(
    {
      base_url: emu.url,
      api_key: emu.apiKeys.readWrite,
      username: emu.admin.username,
      password: emu.admin.password,
    },
    { timeoutMs: 2_000, readRetries: 0 },
  );

beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

describe('a new OAuth password', () => {
  it('is never reported as published when the write carrying it was refused with 412', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    const before = emu.state.oauthPassword();
    // A colleague saves the same content first: the live page then equals the draft, but the password
    // this write carried was never stored, and reading back cannot show a password.
    emu.setFaults({ conflict: { times: 1, by: 'Bea Admin' } });
    const outcome = await applyWebhook(c, {
      kind: 'profile',
      content: live.content,
      expectedVersion: live.version,
      base: live.content,
      password: 'n3w-oauth-secret',
    });
    expect(emu.state.oauthPassword()).toBe(before);
    expect(outcome).toMatchObject({ status: 'not_applied', message: expect.stringMatching(/password/) });
  });

  it('is published when the write carrying it is accepted', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    const outcome = await applyWebhook(c, {
      kind: 'profile',
      content: live.content,
      expectedVersion: live.version,
      base: live.content,
      password: 'n3w-oauth-secret',
    });
    expect(outcome).toMatchObject({ status: 'published', version: live.version + 1 });
    expect(emu.state.oauthPassword()).toBe('n3w-oauth-secret');
  });
});
