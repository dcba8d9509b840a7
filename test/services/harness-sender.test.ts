import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLocationFields } from '../../electron/services/emulator';
import { previewDelivery, toCurl } from '../../electron/services/harness/delivery-request';
import { OAuthClient } from '../../electron/services/harness/oauth-client';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { fireDelivery, type TraceStep } from '../../electron/services/harness/sender';
import { builtinLocations, builtinUsers } from '../../shared/samples';
import { CATALOGUE, PRIYA, profileWebhook } from './harness-fixture';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver({
    oauth: { users: [{ username: 'mango-sync', password: 'pw' }], requireBearer: false },
  });
  receiver.setRoute({
    method: 'POST',
    path: '/hooks/mangoapps',
    status: 201,
    body: { workerId: 'W-{{employeeNumber}}', echo: '{{workEmail}}' },
  });
});
afterEach(() => receiver.stop());

const hook = () => profileWebhook(`${receiver.url}/hooks/mangoapps`);
const oauth = () =>
  new OAuthClient({
    tokenUrl: `${receiver.url}/oauth/token`,
    grant: 'password',
    username: 'mango-sync',
    password: 'pw',
  });
type FireInput = Parameters<typeof fireDelivery>[0];
/** Fire `trigger` for Priya through the profile webhook into the receiver, unless `more` says otherwise. */
const fire = (trigger: FireInput['trigger'], more: Partial<FireInput> = {}) =>
  fireDelivery({ webhook: hook(), catalogue: CATALOGUE, trigger, sample: PRIYA, ...more });
const kinds = (steps: TraceStep[]) =>
  steps.map((s) =>
    s.step === 'token' ? `token:${s.status}` : s.step === 'response' ? `response:${s.status}` : s.step,
  );

describe('fireDelivery', () => {
  it('sends exactly the contract request and traces request, response and write-back', async () => {
    const trace = await fire('create_user', { deliveryId: 'd-1' });
    expect(trace).toMatchObject({
      ok: true,
      status: 201,
      event: 'create_user',
      deliveryId: 'd-1',
      sampleId: 'sample-priya',
    });
    expect(kinds(trace.steps)).toEqual(['request', 'response:201', 'write_back']);
    const body =
      '{"employeeNumber":"E1001","workEmail":"priya.raman@acme.com","firstName":"Priya","remote":"false","startDate":"2016-04-11"}';
    expect(trace.steps[0]).toEqual({
      step: 'request',
      method: 'POST',
      url: `${receiver.url}/hooks/mangoapps`,
      headers: {
        Host: `127.0.0.1:${receiver.port}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Content-Length': String(body.length),
        'X-MangoApps-Event': 'create_user',
        'X-MangoApps-Delivery': 'd-1',
        Connection: 'keep-alive',
      },
      body,
      bytes: body.length,
    });
    const [captured] = receiver.inbox.list();
    expect(captured?.body).toBe(body);
    expect(captured?.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-mangoapps-event': 'create_user',
      'x-mangoapps-delivery': 'd-1',
    });
    expect(captured?.headers['authorization']).toBeUndefined();
    expect(trace.steps[2]).toMatchObject({
      step: 'write_back',
      missing: [],
      preview: [
        { key: 'custom_hris_id', current: 'W-1591719', next: 'W-E1001', flags: { unchanged: false } },
      ],
    });
  });

  it('gives every delivery a fresh uuid and resolves Activate/Deactivate User by account status', async () => {
    const aisha = builtinUsers().find((u) => u.fields['account_status'] === 'Deactivated');
    if (!aisha) throw new Error('fixture');
    const a = await fire('activate_deactivate_user', { sample: aisha });
    const b = await fire('activate_deactivate_user');
    expect([a.event, b.event]).toEqual(['deactivate_user', 'activate_user']);
    expect(a.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.deliveryId).not.toBe(b.deliveryId);
    expect(receiver.inbox.list().map((e) => e.headers['x-mangoapps-event'])).toEqual([
      'deactivate_user',
      'activate_user',
    ]);
  });

  it('sends a Bearer token (masked in the trace, whole on the wire) and reuses it', async () => {
    receiver.oauth!.requireBearer = true;
    const client = oauth();
    const first = await fire('create_user', { oauth: client });
    const second = await fire('update_user_profile', { oauth: client });
    expect(kinds(first.steps)).toEqual(['token:obtained', 'request', 'response:201', 'write_back']);
    expect(kinds(second.steps)).toEqual(['token:reused', 'request', 'response:201', 'write_back']);
    const request = first.steps[1];
    expect(request?.step === 'request' && request.headers['Authorization']).toBe('Bearer •••');
    const token = (await client.token()).accessToken;
    expect(receiver.inbox.list().map((e) => e.headers['authorization'])).toEqual([
      `Bearer ${token}`,
      `Bearer ${token}`,
    ]);
    expect(JSON.stringify(first)).not.toContain(token);
  });

  it('answers a 401 with one fresh token and one retry', async () => {
    receiver.oauth!.requireBearer = true;
    const client = oauth();
    await fire('create_user', { oauth: client });
    receiver.oauth!.revokeAll();
    const trace = await fire('create_user', { oauth: client });
    expect(trace.ok).toBe(true);
    expect(kinds(trace.steps)).toEqual([
      'token:reused',
      'request',
      'response:401',
      'token:obtained',
      'request',
      'response:201',
      'write_back',
    ]);
    expect(receiver.oauth!.issued).toBe(2);
  });

  it('retries a 401 only once', async () => {
    receiver.setRoute({ method: 'POST', path: '/hooks/mangoapps', status: 401, body: { error: 'nope' } });
    const client = oauth();
    const trace = await fire('create_user', { oauth: client });
    expect(kinds(trace.steps)).toEqual([
      'token:obtained',
      'request',
      'response:401',
      'token:obtained',
      'request',
      'response:401',
    ]);
    expect(trace.failure).toMatchObject({ step: 'response', kind: 'http_status' });
    expect(receiver.inbox.size).toBe(2);
  });
});

describe('a delivery the local receiver has no route for', () => {
  it('says the route for the path is missing, not the response parameters, and echoes nothing', async () => {
    const trace = await fire('create_user', { webhook: profileWebhook(`${receiver.url}/v2/hooks`) });
    expect(trace.ok).toBe(false);
    expect(trace.failure).toMatchObject({ step: 'write_back', kind: 'no_route' });
    expect(trace.failure?.message).toContain('no route for POST /v2/hooks');
    // Where the receiver says its routes are added: here the app's.
    expect(trace.failure?.message).toMatch(/not the mapping: add one under Test › Local receiver\.$/);
    expect(trace.failure?.message).not.toContain('check the response parameters');
    const response = trace.steps.find((s) => s.step === 'response');
    expect(response && 'body' in response ? response.body : '').not.toContain('priya.raman@acme.com');
    expect(receiver.inbox.list()[0]?.route).toBe('default');
  });

  it('still blames the response parameters when a scripted route leaves them out', async () => {
    const trace = await fire('create_user', {
      webhook: profileWebhook(`${receiver.url}/hooks/mangoapps`, [['hrId', 'custom_hris_id']]),
    });
    expect(trace.failure).toMatchObject({ step: 'write_back', kind: 'missing_field' });
    expect(trace.failure?.message).toContain('"hrId"');
  });

  it('succeeds without a route when the webhook expects nothing back', async () => {
    const trace = await fire('create_user', { webhook: profileWebhook(`${receiver.url}/v2/hooks`, []) });
    expect(trace).toMatchObject({ ok: true, status: 200 });
  });
});

describe('location deliveries', () => {
  it('fire location triggers 1:1 with the location catalogue', async () => {
    const hq = builtinLocations()[0];
    if (!hq) throw new Error('fixture');
    const webhook = {
      outgoing: {
        triggers: ['create_location', 'update_location', 'delete_location'],
        post_url: `${receiver.url}/locations`,
        request_parameters: [
          { id: 'a', api_field: 'siteId', mangoapps_field: 'location_id' },
          { id: 'b', api_field: 'site.city', mangoapps_field: 'city' },
        ],
        response_parameters: [{ id: 'c', api_field: 'id', mangoapps_field: 'custom_site_code' }],
      },
      incoming: { notify_url: null, input_parameters: [] },
    };
    const trace = await fireDelivery({
      webhook,
      catalogue: defaultLocationFields(),
      trigger: 'delete_location',
      sample: hq,
    });
    expect(trace).toMatchObject({ ok: true, event: 'delete_location' });
    expect(receiver.inbox.list()[0]?.headers['x-mangoapps-event']).toBe('delete_location');
    expect(JSON.parse(receiver.inbox.list()[0]?.body ?? '')).toEqual({
      siteId: 'HQ-SF',
      'site.city': 'San Francisco',
    });
  });
});

describe('previewDelivery and toCurl', () => {
  it('shows the exact request without sending, secrets masked, and copies it as curl', () => {
    const shown = previewDelivery({
      webhook: hook(),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      sample: PRIYA,
      oauth: {},
      deliveryId: 'd-9',
    });
    expect(receiver.inbox.size).toBe(0);
    expect(shown).toMatchObject({
      method: 'POST',
      event: 'create_user',
      deliveryId: 'd-9',
      bytes: shown.body.length,
    });
    expect(shown.headers['Authorization']).toBe('Bearer •••');
    const curl = toCurl(shown);
    expect(curl).toContain(`curl -X POST '${receiver.url}/hooks/mangoapps'`);
    expect(curl).toContain(`-H 'X-MangoApps-Event: create_user'`);
    expect(curl).toContain(`-H 'Authorization: Bearer •••'`);
    expect(curl).not.toMatch(/Content-Length|Host:/);
    expect(curl).toContain(`--data-raw '${shown.body}'`);
  });

  it('masks a real token in curl unless asked, and quotes single quotes for the shell', () => {
    const request = {
      method: 'POST',
      url: 'https://hr.example.com/hook',
      headers: { Authorization: 'Bearer abc.def', 'Content-Type': 'application/json' },
      body: `{"name":"O'Neil"}`,
    };
    expect(toCurl(request)).toContain(`'Authorization: Bearer •••'`);
    expect(toCurl(request, { revealSecrets: true })).toContain(`'Authorization: Bearer abc.def'`);
    expect(toCurl(request)).toContain(`--data-raw '{"name":"O'\\''Neil"}'`);
  });
});
