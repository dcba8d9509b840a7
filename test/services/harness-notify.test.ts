import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { fireNotify } from '../../electron/services/harness/notify';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { roundTrip } from '../../electron/services/harness/round-trip';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, PRIYA, profileWebhook } from './harness-fixture';

let emulator: Emulator;
let receiver: Receiver;
let notifyUrl: string;

beforeAll(async () => {
  emulator = await createEmulator();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.stop();
  await emulator.close();
});
beforeEach(() => {
  emulator.state.reset();
  // The live incoming configuration the notify endpoint applies: the same input parameters as the draft.
  emulator.state.setWebhook(
    'profile',
    {
      outgoing: {
        triggers: ['create_user'],
        post_url: 'https://hr.example.com/hooks/mangoapps',
        request_parameters: [{ api_field: 'employeeNumber', mangoapps_field: 'employee_id' }],
        response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
      },
      incoming: {
        input_parameters: [
          { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
          { api_field: 'jobTitle', mangoapps_field: 'title' },
          { api_field: 'workerId', mangoapps_field: 'custom_hris_id' },
          { api_field: 'startDate', mangoapps_field: 'custom_start_date' },
        ],
      },
    },
    'Test Admin',
  );
  notifyUrl = emulator.state.notifyUrl('profile');
  receiver.clearRoutes();
  receiver.inbox.clear();
});

describe('fireNotify into the domain emulator', () => {
  it('reports the matched user and the fields that changed', async () => {
    const result = await fireNotify({
      url: notifyUrl,
      payload: { employeeNumber: 'E1001', jobTitle: 'CTO' },
    });
    expect(result).toMatchObject({
      ok: true,
      status: 200,
      matched: { kind: 'user', id: '201', updatedFields: ['title'] },
    });
    expect(emulator.state.user('201')?.fields['title']).toBe('CTO');
    expect(result.url).toMatch(/\/notify\/•••\.json$/);
    expect(result.url).not.toContain(notifyUrl.split('/notify/')[1]);
  });

  it('says why nothing changed: 404 no match, 422 missing identifier or a value that does not fit', async () => {
    const none = await fireNotify({ url: notifyUrl, payload: { employeeNumber: 'E9999', jobTitle: 'CTO' } });
    expect(none).toMatchObject({
      ok: false,
      status: 404,
      reason: 'no_match',
      message: expect.stringMatching(/E9999/),
    });
    const missing = await fireNotify({ url: notifyUrl, payload: { jobTitle: 'CTO' } });
    expect(missing).toMatchObject({
      ok: false,
      status: 422,
      reason: 'invalid',
      details: [{ path: 'employeeNumber' }],
    });
    const bad = await fireNotify({
      url: notifyUrl,
      payload: { employeeNumber: 'E1001', startDate: 'next week' },
    });
    expect(bad).toMatchObject({
      ok: false,
      status: 422,
      reason: 'invalid',
      details: [{ path: 'startDate' }],
    });
    expect(emulator.state.user('201')?.fields['custom_start_date']).not.toBe('next week');
    const wrongSecret = await fireNotify({
      url: notifyUrl.replace(/notify\/[^.]+/, 'notify/wrong'),
      payload: {},
    });
    expect(wrongSecret).toMatchObject({ ok: false, status: 404, reason: 'unknown_notify_url' });
  });

  it('refuses a real domain unless the caller confirms by naming it', async () => {
    const url = 'https://acme.invalid/api/webhooks/profile/notify/s3cr3t.json';
    const refused = await fireNotify({ url, payload: { employeeNumber: 'E1' } });
    expect(refused).toMatchObject({
      ok: false,
      reason: 'needs_confirmation',
      message: expect.stringMatching(/production data on acme\.invalid/),
    });
    expect(refused.url).toBe('https://acme.invalid/api/webhooks/profile/notify/•••.json');
    const wrongName = await fireNotify({ url, payload: {}, confirmDomain: 'acme.mangoapps.com' });
    expect(wrongName.reason).toBe('needs_confirmation');
    const confirmed = await fireNotify({ url, payload: {}, confirmDomain: 'ACME.invalid' });
    expect(confirmed.reason).toBe('dns');
    expect((await fireNotify({ url: 'http://acme.invalid/x', payload: {} })).reason).toBe('invalid_url');
  });
});

describe('roundTrip', () => {
  it('runs the delivery into the receiver and the notify back into the emulator, for one user', async () => {
    receiver.setRoute({
      method: 'POST',
      path: '/hooks/mangoapps',
      body: { workerId: 'HR-{{employeeNumber}}' },
    });
    const result = await roundTrip({
      webhook: profileWebhook('https://hr.example.com/hooks/mangoapps'),
      catalogue: CATALOGUE,
      trigger: 'update_user_profile',
      sample: PRIYA,
      receiver,
      notifyUrl,
      records: () => emulator.state.users(),
    });
    expect(result.delivery).toMatchObject({
      ok: true,
      url: `${receiver.url}/hooks/mangoapps`,
      event: 'update_user_profile',
    });
    expect(receiver.inbox.list()[0]?.path).toBe('/hooks/mangoapps');
    expect(result.identifier).toEqual({ api_field: 'employeeNumber', value: 'E1001' });
    expect(result.notify?.payload).toEqual({
      employeeNumber: 'E1001',
      jobTitle: 'VP Engineering',
      workerId: 'HR-E1001',
    });
    expect(result.ok).toBe(true);
    expect(result.notify?.matched).toEqual({ kind: 'user', id: '201', updatedFields: ['custom_hris_id'] });
    expect(result.changes).toEqual([{ key: 'custom_hris_id', before: 'W-1591719', after: 'HR-E1001' }]);
  });

  it("addresses the receiver with the Post to URL's path and query, as a fire at the receiver does", async () => {
    receiver.setRoute({ method: 'POST', path: '/hooks/mangoapps', body: { workerId: 'HR-1' } });
    receiver.inbox.clear();
    const result = await roundTrip({
      webhook: profileWebhook('https://hr.example.com/hooks/mangoapps?source=mango&v=2'),
      catalogue: CATALOGUE,
      trigger: 'update_user_profile',
      sample: PRIYA,
      receiver,
      notifyUrl,
    });
    expect(result.delivery).toMatchObject({
      ok: true,
      url: `${receiver.url}/hooks/mangoapps?source=mango&v=2`,
    });
    expect(receiver.inbox.list().map((e) => e.path)).toEqual(['/hooks/mangoapps?source=mango&v=2']);
  });

  it('shows why a user was not found, and stops after a failed delivery', async () => {
    receiver.setRoute({ method: 'POST', path: '/hooks/mangoapps', body: { workerId: 'HR-1' } });
    const newHire = builtinUsers().find((u) => u.id === 'sample-new-hire');
    if (!newHire) throw new Error('fixture');
    const base = {
      webhook: profileWebhook('https://hr.example.com/hooks/mangoapps'),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      receiver,
      notifyUrl,
    };
    const missing = await roundTrip({ ...base, sample: newHire });
    expect(missing).toMatchObject({ ok: false, notify: { reason: 'no_match', status: 404 } });
    receiver.setRoute({ method: 'POST', path: '/hooks/mangoapps', status: 503, body: {} });
    const failed = await roundTrip({ ...base, sample: PRIYA });
    expect(failed.ok).toBe(false);
    expect(failed.notify).toBeUndefined();
    expect(failed.delivery.failure?.kind).toBe('http_status');
  });
});
