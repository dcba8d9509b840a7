import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { createEmulator } from '../../electron/services/emulator';
import { memorySettings } from '../../electron/services/storage/settings-store';
import type { DomainDraft } from '../../shared/model/draft';

let dir = '';
let app: AppServices;
let server: Server;
let connections = 0;

const open = () =>
  createAppServices({ dataDir: dir, shell: 'web', version: 'test', settings: memorySettings() });

async function value<T>(channel: string, input: unknown): Promise<T> {
  const res = await app.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

/** A domain whose URL names this machine by its host name: not loopback by name, so a real system. */
async function realDomain(): Promise<{ draft: DomainDraft; host: string }> {
  const port = (server.address() as { port: number }).port;
  const host = hostname().toLowerCase();
  const draft = await value<DomainDraft>('domains:create', {
    name: 'acme',
    base_url: `https://${host}:${port}`,
  });
  await value('drafts:save', { draft: { ...draft, admin_username: 'ada@acme.example' } });
  await value('secrets:set', { domain_id: draft.id, name: 'api_key', value: 'key-1234567890' });
  await value('secrets:set', { domain_id: draft.id, name: 'admin_password', value: 'pw-1234567890' });
  return { draft, host };
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'whs-host-confirm-'));
  app = await open();
  connections = 0;
  // Counts every connection: before confirmation nothing may reach the domain's host at all.
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
});

afterEach(async () => {
  await app.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe("a domain's host is confirmed on first connect", () => {
  it('refuses test, pull and plan with needs_confirmation until the admin types the host, then keeps it', async () => {
    const { draft, host } = await realDomain();
    for (const [channel, input] of [
      ['connection:test', { id: draft.id }],
      ['domain:pull', { id: draft.id, mode: 'check' }],
      ['publish:plan', { id: draft.id }],
      ['connection:test', { id: draft.id, confirm_host: 'evil.example' }],
    ] as const) {
      const res = await app.dispatch(channel, input);
      expect(res, channel).toMatchObject({
        ok: false,
        error: {
          code: 'needs_confirmation',
          message: expect.stringContaining(`host ${host}`),
          details: [{ path: 'base_url', message: host }],
        },
      });
    }
    expect(connections).toBe(0);

    const confirmed = await app.dispatch('connection:test', {
      id: draft.id,
      confirm_host: host.toUpperCase(),
    });
    // Past the confirmation the call goes out (this listener speaks no TLS, so it fails as a network error).
    expect(confirmed).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(connections).toBeGreaterThan(0);

    // Kept with the domain, across a restart of the host (which, without a keychain, forgets the secrets:
    // being asked for them rather than for the host shows the confirmation held).
    await app.close();
    app = await open();
    const again = await app.dispatch('domain:pull', { id: draft.id, mode: 'check' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/To connect, enter the API key/) },
    });
  });

  it('asks again when the domain URL moves to another host', async () => {
    const { draft, host } = await realDomain();
    await app.dispatch('connection:test', { id: draft.id, confirm_host: host });
    const moved = {
      ...(await value<DomainDraft>('drafts:get', { id: draft.id })),
      base_url: 'https://other.invalid',
    };
    await value('drafts:save', { draft: moved });
    const res = await app.dispatch('publish:plan', { id: draft.id });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'needs_confirmation', details: [{ message: 'other.invalid' }] },
    });
  });

  it('needs no confirmation for the emulator on loopback', async () => {
    const emu = await createEmulator();
    try {
      const draft = await value<DomainDraft>('domains:create', { name: 'local', base_url: emu.url });
      await value('drafts:save', { draft: { ...draft, admin_username: emu.admin.username } });
      await value('secrets:set', { domain_id: draft.id, name: 'api_key', value: emu.apiKeys.readWrite });
      await value('secrets:set', { domain_id: draft.id, name: 'admin_password', value: emu.admin.password });
      const ok = await value<{ can_write: boolean }>('connection:test', { id: draft.id });
      expect(ok.can_write).toBe(true);
    } finally {
      await emu.close();
    }
  });
});
