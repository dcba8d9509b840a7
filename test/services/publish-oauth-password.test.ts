import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import {
  applyWebhook,
  readLive,
  type ApplyRequest,
  type LiveWebhook,
} from '../../electron/services/publish/publish-engine';
import { adminClient } from './support/admin-client';

let emu: Emulator;
const client = () => adminClient(emu, { timeoutMs: 2_000, readRetries: 0 });

beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

/** A write of the live content as it is, carrying a new OAuth password. */
const unchangedWithPassword = (live: LiveWebhook): ApplyRequest => ({
  kind: 'profile',
  content: live.content,
  expectedVersion: live.version,
  base: live.content,
  password: 'n3w-oauth-secret',
});

describe('a new OAuth password', () => {
  it('is never reported as published when the write carrying it was refused with 412', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    const before = emu.state.oauthPassword();
    // A colleague saves the same content first: the live page then equals the draft, but the password
    // this write carried was never stored, and reading back cannot show a password.
    emu.setFaults({ conflict: { times: 1, by: 'Bea Admin' } });
    const outcome = await applyWebhook(c, unchangedWithPassword(live));
    expect(emu.state.oauthPassword()).toBe(before);
    expect(outcome).toMatchObject({ status: 'not_applied', message: expect.stringMatching(/password/) });
  });

  it('is published when the write carrying it is accepted', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    const outcome = await applyWebhook(c, unchangedWithPassword(live));
    expect(outcome).toMatchObject({ status: 'published', version: live.version + 1 });
    expect(emu.state.oauthPassword()).toBe('n3w-oauth-secret');
  });
});
