import { afterEach, describe, expect, it } from 'vitest';
import {
  asInput,
  call,
  error,
  login,
  loginBody,
  put,
  response,
  start,
  stopAll,
  webhookOf,
} from './emulator-client';

afterEach(stopAll);

describe('emulator sessions', () => {
  it('listens on loopback and logs the admin in with a cookie and session_id', async () => {
    const emu = await start();
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await call(emu, 'POST', '/api/login.json', {
      body: loginBody(emu.apiKeys.readWrite, 'ada@acme.com', emu.admin.password),
    });
    expect(answer.status).toBe(200);
    const user = response<{ user: Record<string, string> }>(answer).user;
    expect(user).toEqual({
      id: '101',
      name: 'Ada Admin',
      email: 'ada@acme.com',
      user_type: 'network_admin',
      session_id: expect.stringMatching(/^[0-9a-f]{48}$/),
    });
    expect(answer.headers.get('set-cookie')).toBe(`_felix_session_id=${user.session_id}; Path=/; HttpOnly`);
    expect(emu.state.sessions()).toEqual([expect.objectContaining({ id: user.session_id, userId: '101' })]);
  });

  it('accepts the username case-insensitively', async () => {
    const emu = await start();
    const cookie = await login(emu, { username: 'ADA@Acme.com', password: emu.admin.password });
    expect(cookie).toMatch(/^_felix_session_id=/);
  });

  it.each([
    ['a wrong password', 'ada@acme.com', 'nope'],
    ['an unknown username', 'nobody@acme.com', 'ada-Admin-2026'],
    ['a user without a login', 'marcus.webb@acme.com', 'anything'],
  ])('answers 200 with ms_errors for %s', async (_label, username, password) => {
    const emu = await start();
    const answer = await call(emu, 'POST', '/api/login.json', {
      body: loginBody(emu.apiKeys.readWrite, username, password),
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ ms_errors: { error: { message: 'Login id or Password is Incorrect.' } } });
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(emu.state.sessions()).toEqual([]);
  });

  it('requires the password base64-encoded', async () => {
    const emu = await start();
    const answer = await call(emu, 'POST', '/api/login.json', {
      body: {
        ms_request: {
          user: { api_key: emu.apiKeys.readWrite, username: 'ada@acme.com', password: emu.admin.password },
        },
      },
    });
    expect(error(answer)?.message).toBe('Login id or Password is Incorrect.');
  });

  it.each([
    ['an unknown key', 'not-a-key'],
    ['no key', undefined],
  ])('answers 422 Invalid API key for %s, even with a right password', async (_label, key) => {
    const emu = await start();
    const body = loginBody(key as string, 'ada@acme.com', emu.admin.password) as {
      ms_request: { user: Record<string, unknown> };
    };
    if (key === undefined) delete body.ms_request.user['api_key'];
    const answer = await call(emu, 'POST', '/api/login.json', { body });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({ ms_errors: { error: { message: 'Invalid API key' } } });
  });

  it('answers 401 session_expired without a cookie, with an unknown one, and after expiry', async () => {
    const emu = await start();
    const expired = { ms_errors: { error: { message: 'Session expired', code: 'session_expired' } } };
    const none = await call(emu, 'GET', '/api/admin/webhooks/profile.json');
    expect([none.status, none.json]).toEqual([401, expired]);
    const bogus = await call(emu, 'GET', '/api/admin/webhooks/profile.json', {
      cookie: '_felix_session_id=abc',
    });
    expect([bogus.status, bogus.json]).toEqual([401, expired]);

    const cookie = await login(emu);
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(200);
    emu.state.expireSessions();
    const after = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect([after.status, after.json]).toEqual([401, expired]);
    // The client's "log in again once and repeat" path works.
    const again = await login(emu);
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie: again })).status).toBe(200);
  });

  it('finds the session cookie among other cookies', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/profile_fields.json', {
      cookie: `theme=dark; ${cookie}; x=1`,
    });
    expect(answer.status).toBe(200);
  });

  it('expires sessions after the TTL on the injected clock', async () => {
    let now = Date.parse('2026-11-21T09:00:00Z');
    const emu = await start({ now: () => new Date(now), sessionTtlMs: 60_000 });
    const cookie = await login(emu);
    now += 59_999;
    expect((await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).status).toBe(200);
    now += 1;
    expect((await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).status).toBe(401);
  });

  it('ends the session on logout and clears the cookie', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const out = await call(emu, 'POST', '/api/logout.json', { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).status).toBe(401);
    expect((await call(emu, 'POST', '/api/logout.json', { cookie })).status).toBe(401);
  });

  it('answers 403 to a network user on every admin endpoint', async () => {
    const emu = await start();
    const member = emu.accounts.member;
    if (!member) throw new Error('seed has a network user');
    const cookie = await login(emu, member);
    for (const path of [
      '/api/admin/profile_fields.json',
      '/api/admin/location_fields.json',
      '/api/admin/webhooks/profile.json',
      '/api/admin/webhooks/location/versions.json',
    ]) {
      const answer = await call(emu, 'GET', path, { cookie });
      expect(answer.status).toBe(403);
      expect(error(answer)).toMatchObject({ code: 'not_admin', message: expect.any(String) });
    }
  });

  it('lets a Read Only key read but answers 403 to its writes, before If-Match or any effect', async () => {
    const emu = await start();
    const cookie = await login(emu, emu.admin, emu.apiKeys.readOnly);
    const live = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect(live.status).toBe(200);
    const webhook = webhookOf(live);
    for (const ifMatch of [`"${webhook.version}"`, null]) {
      const answer = await put(emu, cookie, 'profile', asInput(webhook), ifMatch);
      expect(answer.status).toBe(403);
      expect(error(answer)).toMatchObject({ code: 'read_only_key' });
    }
    expect(emu.state.getWebhook('profile').version).toBe(webhook.version);
  });

  it('answers 404, 405 and 400 with ms_errors', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const missing = await call(emu, 'GET', '/api/admin/nothing.json', { cookie });
    expect([missing.status, error(missing)?.code]).toEqual([404, 'not_found']);
    const method = await call(emu, 'DELETE', '/api/admin/webhooks/profile.json', { cookie });
    expect([method.status, error(method)?.code]).toEqual([405, 'method_not_allowed']);
    const broken = await call(emu, 'PUT', '/api/admin/webhooks/profile.json', {
      cookie,
      raw: '{"ms_request":',
      headers: { 'If-Match': '"2"', 'Content-Type': 'application/json' },
    });
    expect([broken.status, error(broken)?.code]).toEqual([400, 'bad_request']);
    const notLogin = await call(emu, 'POST', '/api/login.json', { raw: 'user=ada' });
    expect([notLogin.status, error(notLogin)?.message]).toEqual([400, 'Request body is not valid JSON']);
  });
});

describe('emulator field catalogues', () => {
  it('serves profile fields with standard and custom entries, unique and read-only flags', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie });
    const fields = response<{ profile_fields: Record<string, unknown>[] }>(answer).profile_fields;
    const byKey = new Map(fields.map((f) => [f['key'], f]));
    expect(byKey.get('first_name')).toEqual({
      key: 'first_name',
      label: 'First Name',
      type: 'string',
      read_only: false,
      custom: false,
    });
    expect(byKey.get('employee_id')).toMatchObject({ unique: true, custom: false });
    expect(byKey.get('email')).toMatchObject({ unique: true, type: 'email' });
    expect(byKey.get('account_status')).toMatchObject({ read_only: true, type: 'enum' });
    expect(byKey.get('custom_hris_id')).toEqual({
      key: 'custom_hris_id',
      label: 'HRIS ID',
      type: 'string',
      read_only: false,
      custom: true,
    });
    expect(byKey.get('custom_badge_id')).toMatchObject({ custom: true, unique: true });
    expect(new Set(fields.map((f) => f['type']))).toEqual(
      new Set(['string', 'email', 'phone', 'date', 'boolean', 'enum', 'user']),
    );
  });

  it('serves location fields under location_fields', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/location_fields.json', { cookie });
    const fields = response<{ location_fields: { key: string; unique?: boolean }[] }>(answer).location_fields;
    expect(fields.find((f) => f.key === 'location_id')).toMatchObject({ unique: true });
    expect(fields.find((f) => f.key === 'custom_site_code')).toMatchObject({ unique: true, custom: true });
  });

  it('refuses a seed whose history breaks the server rules', async () => {
    await expect(
      start({
        seed: {
          profileFields: [{ key: 'email', label: 'Email', type: 'email', read_only: false, custom: false }],
        },
      }),
    ).rejects.toThrow(/"employee_id" is not a profile field/);
  });

  it('serves a seeded catalogue instead of the default', async () => {
    const emu = await start({
      seed: {
        profileFields: [
          { key: 'email', label: 'Email', type: 'email', read_only: false, custom: false, unique: true },
        ],
        history: [],
      },
    });
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie });
    expect(response<{ profile_fields: unknown[] }>(answer).profile_fields).toHaveLength(1);
  });
});
