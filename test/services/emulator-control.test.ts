import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, StateDump } from '../../electron/services/emulator';
import { asInput, call, error, login, put, start, stopAll } from './emulator-client';

afterEach(stopAll);

const json = { 'Content-Type': 'application/json' };

/** A control call as another process (a browser-driving e2e test) would make it. */
async function control(emu: Emulator, method: string, path: string, body?: unknown) {
  const answer = await call(emu, method, `/__emulator/${path}`, {
    headers: json,
    ...(body === undefined ? { raw: method === 'GET' ? undefined : '' } : { body }),
  });
  return { status: answer.status, body: answer.json as Record<string, unknown> };
}

describe('control surface', () => {
  it('does not exist unless enabled', async () => {
    const emu = await start();
    const answer = await call(emu, 'GET', '/__emulator/state');
    expect(answer.status).toBe(404);
  });

  it('dumps the state without the OAuth password', async () => {
    const emu = await start({ control: true });
    await login(emu);
    const answer = await call(emu, 'GET', '/__emulator/state');
    expect(answer.status).toBe(200);
    const dump = answer.json as StateDump;
    expect(dump.url).toBe(emu.url);
    expect(dump.webhooks.profile.live.version).toBe(2);
    expect(dump.webhooks.profile.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(dump.webhooks.location.live.version).toBe(0);
    expect(dump.users.length).toBeGreaterThanOrEqual(20);
    expect(dump.locations.length).toBeGreaterThanOrEqual(3);
    expect(dump.sessions).toHaveLength(1);
    expect(dump.requests.map((r) => r.endpoint)).toEqual(['login']);
    expect(answer.text).not.toContain('hr-sync-secret');
  });

  it('sets, reads and clears faults over HTTP, validating the patch', async () => {
    const emu = await start({ control: true });
    const set = await control(emu, 'PUT', 'faults', {
      failure: { 'profile.get': { times: 1 } },
      latencyMs: 0,
    });
    expect(set.status).toBe(200);
    expect(emu.faults.failure).toEqual({ 'profile.get': { times: 1 } });
    expect((await control(emu, 'GET', 'faults')).body).toMatchObject({
      failure: { 'profile.get': { times: 1 } },
    });

    const bad = await control(emu, 'PUT', 'faults', { failure: { x: { rate: 2 } }, unknownSwitch: true });
    expect(bad.status).toBe(422);
    expect(emu.faults.failure).toEqual({ 'profile.get': { times: 1 } });

    expect((await control(emu, 'DELETE', 'faults')).status).toBe(200);
    expect(emu.faults.failure).toEqual({});
  });

  it('expires sessions, so clients get 401 and log in again', async () => {
    const emu = await start({ control: true });
    const cookie = await login(emu);
    expect((await control(emu, 'POST', 'sessions/expire')).body).toEqual({ expired: 1 });
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(401);
  });

  it('saves a colleague’s change, which a client then meets as a 412', async () => {
    const emu = await start({ control: true });
    const cookie = await login(emu);
    const webhook = asInput(emu.state.getWebhook('profile'));
    webhook.outgoing.post_url = 'https://hr.example.com/other';
    const saved = await control(emu, 'PUT', 'webhooks/profile', { webhook, by: 'Bea Admin' });
    expect(saved.status).toBe(200);
    expect(saved.body['webhook']).toMatchObject({ version: 3, updated_by: 'Bea Admin' });
    const answer = await put(emu, cookie, 'profile', webhook, '"2"');
    expect([answer.status, error(answer)?.current_version]).toEqual([412, 3]);

    const invalid = await control(emu, 'PUT', 'webhooks/profile', {
      webhook: { ...webhook, outgoing: { ...webhook.outgoing, triggers: ['bogus'] } },
      by: 'Bea Admin',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body['details']).toEqual([
      { path: 'outgoing.triggers.0', message: 'unknown trigger "bogus"' },
    ]);
  });

  it('resets data, sessions, requests and faults to the seed', async () => {
    const emu = await start({ control: true });
    await login(emu);
    emu.state.setWebhook('profile', asInput(emu.state.getWebhook('profile')), 'Bea Admin');
    emu.setFaults({ htmlSignIn: true });
    expect((await control(emu, 'POST', 'reset')).status).toBe(200);
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect(emu.state.sessions()).toEqual([]);
    expect(emu.faults.htmlSignIn).toBe(false);
    expect((await control(emu, 'GET', 'requests')).body).toEqual([]);
  });

  it('serves and clears the request log', async () => {
    const emu = await start({ control: true });
    await login(emu);
    expect((await control(emu, 'GET', 'requests')).body).toEqual([
      { method: 'POST', path: '/api/login.json', endpoint: 'login', status: 200 },
    ]);
    await control(emu, 'DELETE', 'requests');
    expect(emu.state.requests()).toEqual([]);
  });

  it('is not subject to the fault switches', async () => {
    const emu = await start({ control: true, faults: { htmlSignIn: true, failure: { '*': {} } } });
    expect((await control(emu, 'GET', 'faults')).status).toBe(200);
  });

  it('refuses writes without a JSON content type (no cross-site simple requests)', async () => {
    const emu = await start({ control: true });
    const answer = await call(emu, 'POST', '/__emulator/reset', {
      headers: { 'Content-Type': 'text/plain' },
      raw: '',
    });
    expect(answer.status).toBe(415);
  });

  it('refuses a Host header that is not its loopback address (DNS rebinding)', async () => {
    const emu = await start({ control: true });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: emu.port,
          path: '/__emulator/state',
          headers: { Host: `evil.example:${emu.port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('answers 404 to an unknown control path', async () => {
    const emu = await start({ control: true });
    expect((await control(emu, 'GET', 'nothing')).status).toBe(404);
  });
});
