import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { adminClient } from './support/admin-client';

let emu: Emulator;
const client = () => adminClient(emu);
const logins = () => emu.state.requests().filter((r) => r.endpoint === 'login').length;

beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

describe('domain client sessions', () => {
  it('signs in once for calls made together, and renews an expired session once for all of them', async () => {
    const c = client();
    await Promise.all([
      c.fields('profile'),
      c.fields('location'),
      c.webhook('profile'),
      c.webhook('location'),
    ]);
    expect(logins()).toBe(1);
    expect(emu.state.sessions()).toHaveLength(1);

    emu.state.expireSessions();
    await Promise.all([c.webhook('profile'), c.webhook('location'), c.versions('profile')]);
    expect(logins()).toBe(2);
    expect(emu.state.sessions()).toHaveLength(1);

    await c.logout();
    expect(emu.state.sessions()).toEqual([]);
  });
});
