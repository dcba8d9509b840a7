import { afterEach, describe, expect, it } from 'vitest';
import type { WireWebhookInput } from '../../electron/services/emulator';
import { asInput, call, error, login, put, response, start, stopAll, webhookOf } from './emulator-client';

afterEach(stopAll);

const NOW = '2026-11-21T09:12:00Z';
const clock = () => new Date(NOW);

const profileInput = (): WireWebhookInput => ({
  outgoing: {
    triggers: ['update_user_profile'],
    post_url: 'https://hr.example.com/v2/hook',
    request_parameters: [{ api_field: 'empNo', mangoapps_field: 'employee_id' }],
    response_parameters: [{ api_field: 'data.id', mangoapps_field: 'custom_hris_id' }],
  },
  incoming: {
    input_parameters: [
      { api_field: 'mail', mangoapps_field: 'email', user_identifier: true },
      { api_field: 'jobTitle', mangoapps_field: 'title', user_identifier: false },
    ],
  },
  security: { oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'mango-sync' } },
  jit_provisioning: true,
});

describe('profile webhook GET and PUT', () => {
  it('returns the live configuration with its version as ETag', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"2"');
    const webhook = webhookOf(answer);
    expect(webhook).toMatchObject({
      version: 2,
      updated_at: '2026-11-20T10:00:00Z',
      updated_by: 'Bea Admin',
      outgoing: { triggers: ['create_user', 'update_user_profile', 'activate_deactivate_user'] },
      security: {
        oauth: {
          token_url: 'https://hr.example.com/oauth/token',
          username: 'mango-sync',
          password_set: true,
        },
      },
      jit_provisioning: false,
    });
    expect(webhook.incoming.input_parameters[0]).toEqual({
      api_field: 'employeeNumber',
      mangoapps_field: 'employee_id',
      user_identifier: true,
    });
    expect(webhook.incoming.notify_url).toMatch(
      new RegExp(`^${emu.url}/api/webhooks/profile/notify/[0-9a-f]{32}\\.json$`),
    );
    expect(answer.text).not.toContain('hr-sync-secret');
  });

  it('returns version 0, empty, for a never-configured domain', async () => {
    const emu = await start({ seed: { history: [] } });
    const cookie = await login(emu);
    const answer = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect(answer.headers.get('etag')).toBe('"0"');
    expect(webhookOf(answer)).toEqual({
      version: 0,
      updated_at: null,
      updated_by: null,
      outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
      incoming: { notify_url: emu.state.notifyUrl('profile'), input_parameters: [] },
      security: { oauth: null },
      jit_provisioning: false,
    });
    const versions = await call(emu, 'GET', '/api/admin/webhooks/profile/versions.json', { cookie });
    expect(response(versions)).toEqual({ versions: [] });
  });

  it('saves a PUT as version + 1 with a new ETag, by the caller, at the server time', async () => {
    const emu = await start({ now: clock });
    const cookie = await login(emu);
    const answer = await put(emu, cookie, 'profile', profileInput(), '"2"');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"3"');
    const saved = webhookOf(answer);
    expect(saved).toMatchObject({
      version: 3,
      updated_at: NOW,
      updated_by: 'Ada Admin',
      jit_provisioning: true,
    });
    expect(saved.outgoing).toEqual(profileInput().outgoing);
    expect(saved.incoming.input_parameters).toEqual(profileInput().incoming.input_parameters);
    expect(emu.state.getWebhook('profile')).toEqual(saved);
    const again = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect([again.headers.get('etag'), webhookOf(again)]).toEqual(['"3"', saved]);
  });

  it('accepts If-Match as "n", W/"n" or a bare n', async () => {
    const emu = await start();
    const cookie = await login(emu);
    for (const [header, next] of [
      ['"2"', 3],
      ['W/"3"', 4],
      ['4', 5],
    ] as const) {
      const answer = await put(emu, cookie, 'profile', profileInput(), header);
      expect([answer.status, webhookOf(answer).version]).toEqual([200, next]);
    }
  });

  it('ignores version, updated_*, notify_url and password_set when sent', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const live = webhookOf(await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie }));
    const sent = {
      ...structuredClone(live),
      version: 99,
      updated_at: '2000-01-01T00:00:00Z',
      updated_by: 'Mallory',
      incoming: { ...live.incoming, notify_url: 'https://evil.example.com/steal' },
      security: { oauth: { ...live.security.oauth, password_set: false } },
    };
    const answer = await put(emu, cookie, 'profile', sent, '"2"');
    expect(answer.status).toBe(200);
    const saved = webhookOf(answer);
    expect(saved).toMatchObject({ version: 3, updated_by: 'Ada Admin' });
    expect(saved.incoming.notify_url).toBe(live.incoming.notify_url);
    expect(saved.security.oauth?.password_set).toBe(true);
    expect(saved.outgoing).toEqual(live.outgoing);
  });

  it('answers 428 without If-Match, and changes nothing', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const answer = await put(emu, cookie, 'profile', profileInput(), null);
    expect(answer.status).toBe(428);
    expect(error(answer)).toMatchObject({
      code: 'precondition_required',
      message: expect.stringContaining('If-Match'),
    });
    expect(emu.state.getWebhook('profile').version).toBe(2);
  });

  it('answers 412 version_conflict naming who changed it, with the current version', async () => {
    const emu = await start({ now: clock });
    const cookie = await login(emu);
    emu.state.setWebhook('profile', profileInput(), 'Bea Admin');
    for (const stale of ['"2"', '"7"', '"abc"']) {
      const answer = await put(emu, cookie, 'profile', asInput(emu.state.getWebhook('profile')), stale);
      expect(answer.status).toBe(412);
      expect(answer.json).toEqual({
        ms_errors: {
          error: { message: `Changed by Bea Admin at ${NOW}`, code: 'version_conflict', current_version: 3 },
        },
      });
    }
    expect(emu.state.getWebhook('profile').version).toBe(3);
  });

  it('answers 412 with current_version 0 when a never-saved webhook is PUT with another version', async () => {
    const emu = await start({ seed: { history: [] } });
    const cookie = await login(emu);
    const answer = await put(emu, cookie, 'profile', profileInput(), '"1"');
    expect([answer.status, error(answer)?.code, error(answer)?.current_version]).toEqual([
      412,
      'version_conflict',
      0,
    ]);
    expect((await put(emu, cookie, 'profile', profileInput(), '"0"')).status).toBe(200);
  });

  it('is atomic: a PUT refused by any rule leaves the live configuration and history untouched', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const before = emu.state.getWebhook('profile');
    const bad = profileInput();
    bad.outgoing.request_parameters.push({ api_field: 'x', mangoapps_field: 'no_such_field' });
    bad.security = {
      oauth: { token_url: 'https://new.example.com/token', username: 'other', password: 'p' },
    };
    const answer = await put(emu, cookie, 'profile', bad, '"2"');
    expect(answer.status).toBe(422);
    expect(emu.state.getWebhook('profile')).toEqual(before);
    expect(emu.state.oauthPassword()).toBe('hr-sync-secret');
    expect(emu.state.versions('profile')).toHaveLength(2);
  });
});

describe('OAuth password semantics', () => {
  it('keeps the password when omitted, changes it when sent, removes OAuth with null', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const withOAuth = (oauth: unknown) => ({ ...profileInput(), security: { oauth } });

    const kept = await put(emu, cookie, 'profile', profileInput(), '"2"');
    expect(webhookOf(kept).security.oauth).toEqual({
      token_url: 'https://hr.example.com/oauth/token',
      username: 'mango-sync',
      password_set: true,
    });
    expect(emu.state.oauthPassword()).toBe('hr-sync-secret');

    const changed = await put(
      emu,
      cookie,
      'profile',
      withOAuth({ token_url: 'https://idp.example.com/token', username: 'svc', password: 'n3w-secret' }),
      '"3"',
    );
    expect(changed.status).toBe(200);
    expect(changed.text).not.toContain('n3w-secret');
    expect(webhookOf(changed).security.oauth).toEqual({
      token_url: 'https://idp.example.com/token',
      username: 'svc',
      password_set: true,
    });
    expect(emu.state.oauthPassword()).toBe('n3w-secret');

    const removed = await put(emu, cookie, 'profile', withOAuth(null), '"4"');
    expect(webhookOf(removed).security).toEqual({ oauth: null });
    expect(emu.state.oauthPassword()).toBeNull();

    const noPassword = await put(
      emu,
      cookie,
      'profile',
      withOAuth({ token_url: 'https://idp.example.com/token', username: 'svc' }),
      '"5"',
    );
    expect(webhookOf(noPassword).security.oauth?.password_set).toBe(false);
  });

  it('keeps OAuth and JIT provisioning when security and jit_provisioning are omitted', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const input = profileInput();
    await put(emu, cookie, 'profile', input, '"2"');
    delete input.security;
    delete input.jit_provisioning;
    const saved = webhookOf(await put(emu, cookie, 'profile', input, '"3"'));
    expect(saved.security.oauth?.token_url).toBe('https://hr.example.com/oauth/token');
    expect(saved.jit_provisioning).toBe(true);
  });

  it('refuses an empty password rather than storing it', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const input = {
      ...profileInput(),
      security: { oauth: { token_url: 'https://a.example.com/t', username: 'u', password: '' } },
    };
    const answer = await put(emu, cookie, 'profile', input, '"2"');
    expect(answer.status).toBe(422);
    expect(error(answer)?.details).toEqual([
      { path: 'security.oauth.password', message: expect.any(String) },
    ]);
  });
});

describe('history', () => {
  it('lists versions newest first and serves each one as it was saved', async () => {
    const emu = await start({ now: clock });
    const cookie = await login(emu);
    await put(emu, cookie, 'profile', profileInput(), '"2"');
    const list = await call(emu, 'GET', '/api/admin/webhooks/profile/versions.json', { cookie });
    expect(list.status).toBe(200);
    expect(response(list)).toEqual({
      versions: [
        { version: 3, updated_at: NOW, updated_by: 'Ada Admin' },
        { version: 2, updated_at: '2026-11-20T10:00:00Z', updated_by: 'Bea Admin' },
        { version: 1, updated_at: '2026-11-18T09:00:00Z', updated_by: 'Bea Admin' },
      ],
    });
    const v1 = webhookOf(await call(emu, 'GET', '/api/admin/webhooks/profile/versions/1.json', { cookie }));
    expect(v1).toMatchObject({
      version: 1,
      updated_by: 'Bea Admin',
      outgoing: { triggers: ['create_user'] },
    });
    expect(v1.security.oauth).toEqual({
      token_url: 'https://hr.example.com/oauth/token',
      username: 'mango-sync',
      password_set: true,
    });
    const v3 = webhookOf(await call(emu, 'GET', '/api/admin/webhooks/profile/versions/3.json', { cookie }));
    expect(v3).toEqual(emu.state.getWebhook('profile'));
  });

  it('answers 404 for a version that does not exist', async () => {
    const emu = await start();
    const cookie = await login(emu);
    for (const n of [0, 9]) {
      const answer = await call(emu, 'GET', `/api/admin/webhooks/profile/versions/${n}.json`, { cookie });
      expect([answer.status, error(answer)?.code]).toEqual([404, 'not_found']);
    }
  });

  it('rolls back by a normal PUT of an older version, which creates a new version', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const v1 = webhookOf(await call(emu, 'GET', '/api/admin/webhooks/profile/versions/1.json', { cookie }));
    const answer = await put(emu, cookie, 'profile', asInput(v1), '"2"');
    const rolled = webhookOf(answer);
    expect(rolled.version).toBe(3);
    expect(rolled.outgoing).toEqual(v1.outgoing);
    expect(rolled.incoming.input_parameters).toEqual(v1.incoming.input_parameters);
    expect(emu.state.versions('profile').map((v) => v.version)).toEqual([3, 2, 1]);
  });
});

describe('location webhook and shared OAuth', () => {
  const locationInput = (): WireWebhookInput => ({
    outgoing: {
      triggers: ['create_location', 'delete_location'],
      post_url: 'https://facilities.example.com/hook',
      request_parameters: [{ api_field: 'siteCode', mangoapps_field: 'custom_site_code' }],
      response_parameters: [{ api_field: 'tz', mangoapps_field: 'time_zone' }],
    },
    incoming: {
      input_parameters: [
        { api_field: 'code', mangoapps_field: 'location_id', location_identifier: true },
        { api_field: 'city', mangoapps_field: 'city', location_identifier: false },
      ],
    },
  });

  it('serves the location webhook under its own key with location_identifier rows', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const first = await call(emu, 'GET', '/api/admin/webhooks/location.json', { cookie });
    expect(first.headers.get('etag')).toBe('"0"');
    const empty = webhookOf(first, 'location');
    expect(empty).toMatchObject({ version: 0, outgoing: { triggers: [], post_url: '' } });
    expect(empty).not.toHaveProperty('jit_provisioning');
    expect(empty.incoming.notify_url).toMatch(/\/api\/webhooks\/location\/notify\/[0-9a-f]+\.json$/);

    const answer = await put(emu, cookie, 'location', locationInput(), '"0"');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"1"');
    const saved = webhookOf(answer, 'location');
    expect(saved.incoming.input_parameters).toEqual(locationInput().incoming.input_parameters);
    expect(saved.outgoing.triggers).toEqual(['create_location', 'delete_location']);
    const versions = await call(emu, 'GET', '/api/admin/webhooks/location/versions.json', { cookie });
    expect(response<{ versions: { version: number }[] }>(versions).versions.map((v) => v.version)).toEqual([
      1,
    ]);
    const v1 = await call(emu, 'GET', '/api/admin/webhooks/location/versions/1.json', { cookie });
    expect(webhookOf(v1, 'location').version).toBe(1);
  });

  it('refuses profile triggers, user_identifier and profile fields on the location webhook', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const input = locationInput();
    input.outgoing.triggers = ['create_user'];
    input.outgoing.request_parameters = [{ api_field: 'x', mangoapps_field: 'employee_id' }];
    input.incoming.input_parameters = [
      { api_field: 'code', mangoapps_field: 'location_id', user_identifier: true },
    ];
    const answer = await put(emu, cookie, 'location', input, '"0"');
    expect(answer.status).toBe(422);
    expect(error(answer)?.details).toEqual([
      { path: 'outgoing.triggers.0', message: 'unknown trigger "create_user"' },
      {
        path: 'outgoing.request_parameters.0.mangoapps_field',
        message: '"employee_id" is not a location field',
      },
      { path: 'incoming.input_parameters', message: 'exactly one location identifier is required' },
    ]);
  });

  it('shares OAuth: a change through one webhook shows in the other', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const viaLocation = {
      ...locationInput(),
      security: {
        oauth: { token_url: 'https://sso.example.com/token', username: 'loc-sync', password: 'pw2' },
      },
    };
    expect((await put(emu, cookie, 'location', viaLocation, '"0"')).status).toBe(200);
    const profile = webhookOf(await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie }));
    expect(profile.security.oauth).toEqual({
      token_url: 'https://sso.example.com/token',
      username: 'loc-sync',
      password_set: true,
    });
    // The other webhook's version is not bumped by a shared-OAuth change.
    expect(profile.version).toBe(2);

    const removed = await put(
      emu,
      cookie,
      'profile',
      { ...asInput(profile), security: { oauth: null } },
      '"2"',
    );
    expect(removed.status).toBe(200);
    expect(emu.state.getWebhook('location').security.oauth).toBeNull();
  });
});

describe('a colleague’s change through the state API', () => {
  it('saves as the named admin, validated by the same rules', async () => {
    const emu = await start({ now: clock });
    const saved = emu.state.setWebhook('profile', profileInput(), 'Bea Admin');
    expect(saved).toMatchObject({ version: 3, updated_by: 'Bea Admin', updated_at: NOW });
    const bad = profileInput();
    bad.outgoing.triggers = ['nope'];
    expect(() => emu.state.setWebhook('profile', bad, 'Bea Admin')).toThrow(/unknown trigger/);
    expect(emu.state.getWebhook('profile').version).toBe(3);
  });

  it('resets to the seed', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.state.setWebhook('profile', profileInput(), 'Bea Admin');
    emu.state.reset();
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect(emu.state.sessions()).toEqual([]);
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(401);
  });
});
