import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, WireWebhookInput } from '../../electron/services/emulator';
import { start, stopAll } from './emulator-client';

afterEach(stopAll);

/** POSTs a notify body to the URL exactly as GET issued it (no session, no cookie). */
async function notify(emu: Emulator, kind: 'profile' | 'location', body: unknown, raw?: string) {
  const res = await fetch(emu.state.notifyUrl(kind), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  return { status: res.status, json };
}

const input = (api_field: string, mangoapps_field: string, user_identifier = false) => ({
  api_field,
  mangoapps_field,
  user_identifier,
});

/** A profile webhook whose Input Parameters cover every field type, identified by email. */
function everyType(): WireWebhookInput {
  return {
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: {
      input_parameters: [
        input('mail', 'email', true),
        input('jobTitle', 'title'),
        input('phone', 'phone'),
        input('birthday', 'dob'),
        input('remote', 'custom_remote'),
        input('gender', 'gender'),
        input('boss', 'manager'),
        input('badge', 'custom_badge_id'),
        input('costCenter', 'custom_cost_center'),
        input('start', 'custom_start_date'),
      ],
    },
  };
}

describe('notify (profile)', () => {
  it('updates the user found by the identifier and reports only fields whose value changed', async () => {
    const emu = await start();
    const answer = await notify(emu, 'profile', {
      employeeNumber: 'E1005',
      jobTitle: 'Senior Recruiter',
      department: 'People',
      managerEmail: 'DANIEL.OKAFOR@acme.com',
      somethingElse: 'ignored',
    });
    expect(answer).toEqual({
      status: 200,
      json: { ms_response: { user: { id: '205', updated_fields: ['title'] } } },
    });
    expect(emu.state.user('205')?.fields).toMatchObject({
      title: 'Senior Recruiter',
      department: 'People',
      manager: 'daniel.okafor@acme.com',
    });
    expect(emu.state.user('205')?.fields).not.toHaveProperty('somethingElse');
    const again = await notify(emu, 'profile', { employeeNumber: 'E1005', jobTitle: 'Senior Recruiter' });
    expect(again.json).toEqual({ ms_response: { user: { id: '205', updated_fields: [] } } });
  });

  it('answers 404 when no user has the identifier value, and matches other fields exactly', async () => {
    const emu = await start();
    for (const id of ['E9999', 'e1005', ' E1005']) {
      const answer = await notify(emu, 'profile', { employeeNumber: id, jobTitle: 'X' });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({
        ms_errors: { error: { message: `No user with employee_id "${id}"`, code: 'not_found' } },
      });
    }
    expect(emu.state.user('205')?.fields['title']).toBe('Recruiter');
  });

  it.each([
    ['missing', { jobTitle: 'X' }],
    ['null', { employeeNumber: null, jobTitle: 'X' }],
    ['empty', { employeeNumber: '', jobTitle: 'X' }],
  ])('answers 422 when the identifier is %s', async (_label, body) => {
    const emu = await start();
    const answer = await notify(emu, 'profile', body);
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      ms_errors: {
        error: {
          message: 'The user identifier "employeeNumber" is missing',
          code: 'invalid',
          details: [{ path: 'employeeNumber', message: 'required' }],
        },
      },
    });
  });

  it('answers 422 to a body that is not a JSON object, 400 to one that is not JSON', async () => {
    const emu = await start();
    expect((await notify(emu, 'profile', ['E1005'])).status).toBe(422);
    const broken = await notify(emu, 'profile', undefined, '{"employeeNumber":');
    expect(broken.status).toBe(400);
  });

  it('answers 404 to an unknown secret, and to a secret of the other webhook', async () => {
    const emu = await start();
    const profileSecret = /notify\/([^/]+)\.json$/.exec(emu.state.notifyUrl('profile'))?.[1];
    for (const path of [
      '/api/webhooks/profile/notify/0123456789abcdef0123456789abcdef.json',
      `/api/webhooks/location/notify/${profileSecret}.json`,
    ]) {
      const res = await fetch(`${emu.url}${path}`, { method: 'POST', body: '{"employeeNumber":"E1005"}' });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ ms_errors: { error: { code: 'unknown_notify_url' } } });
    }
  });

  it('uses the seeded secret, so the notify URL is predictable when a test wants it', async () => {
    const emu = await start({ seed: { notifySecrets: { profile: 'fixed-secret' } } });
    expect(emu.state.notifyUrl('profile')).toBe(`${emu.url}/api/webhooks/profile/notify/fixed-secret.json`);
    expect((await notify(emu, 'profile', { employeeNumber: 'E1005' })).status).toBe(200);
  });

  it('matches an email identifier case-insensitively and normalises every field type', async () => {
    const emu = await start();
    emu.state.setWebhook('profile', everyType(), 'Bea Admin');
    const answer = await notify(emu, 'profile', {
      mail: 'SOFIA.MARTINS@ACME.COM',
      jobTitle: 'Talent Lead',
      phone: '+44 20 7946 0018',
      birthday: '1990-02-28',
      remote: true,
      gender: 'female',
      boss: 'E1004',
      badge: 'B9005',
      costCenter: 'g&a',
      start: '2021-09-01',
    });
    expect(answer.json).toEqual({
      ms_response: {
        user: {
          id: '205',
          updated_fields: [
            'title',
            'phone',
            'dob',
            'custom_remote',
            'gender',
            'custom_badge_id',
            'custom_start_date',
          ],
        },
      },
    });
    expect(emu.state.user('205')?.fields).toMatchObject({
      email: 'sofia.martins@acme.com',
      custom_remote: 'true',
      gender: 'Female',
      manager: 'daniel.okafor@acme.com',
      custom_cost_center: 'G&A',
      dob: '1990-02-28',
    });
  });

  it('clears a value sent as null', async () => {
    const emu = await start();
    const answer = await notify(emu, 'profile', { employeeNumber: 'E1005', jobTitle: null });
    expect(answer.json).toEqual({ ms_response: { user: { id: '205', updated_fields: ['title'] } } });
    expect(emu.state.user('205')?.fields['title']).toBeNull();
  });

  it.each([
    ['phone', 'call me', 'phone: expected a phone number'],
    ['birthday', '28/02/1990', 'dob: expected an ISO date (YYYY-MM-DD)'],
    ['birthday', '2023-02-29', 'dob: expected an ISO date (YYYY-MM-DD)'],
    ['remote', 'yes', 'custom_remote: expected true or false'],
    ['gender', 'Robot', 'gender: expected one of Male, Female, Other, Prefer not to say'],
    ['boss', 'nobody@acme.com', 'manager: no user matches "nobody@acme.com"'],
    ['costCenter', 42, 'custom_cost_center: expected one of R&D, Sales, G&A, Operations'],
    ['jobTitle', { text: 'x' }, 'title: expected a string'],
    ['badge', 'B201', 'custom_badge_id: already used by user 201'],
  ])('answers 422 when %s is %j, and writes nothing', async (key, value, message) => {
    const emu = await start();
    emu.state.setWebhook('profile', everyType(), 'Bea Admin');
    const before = emu.state.user('205');
    const answer = await notify(emu, 'profile', {
      mail: 'sofia.martins@acme.com',
      jobTitle: 'Changed',
      [key]: value,
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      ms_errors: {
        error: { message: 'Validation failed', code: 'invalid', details: [{ path: key, message }] },
      },
    });
    expect(emu.state.user('205')).toEqual(before);
  });

  it('answers 422 when the identifier value itself does not fit its field', async () => {
    const emu = await start();
    emu.state.setWebhook('profile', everyType(), 'Bea Admin');
    const answer = await notify(emu, 'profile', { mail: 'not-an-email' });
    expect(answer.status).toBe(422);
  });

  it('answers 422 when no Input Parameters are configured', async () => {
    const emu = await start({ seed: { history: [] } });
    const answer = await notify(emu, 'profile', { employeeNumber: 'E1005' });
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({
      ms_errors: { error: { message: 'No input parameters with a user identifier are configured' } },
    });
  });
});

describe('notify (location)', () => {
  it('updates the location found by location_identifier', async () => {
    const emu = await start();
    emu.state.setWebhook(
      'location',
      {
        outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
        incoming: {
          input_parameters: [
            { api_field: 'code', mangoapps_field: 'location_id', location_identifier: true },
            { api_field: 'tz', mangoapps_field: 'time_zone' },
            { api_field: 'city', mangoapps_field: 'city' },
          ],
        },
      },
      'Bea Admin',
    );
    const answer = await notify(emu, 'location', { code: 'LON', tz: 'Europe/Dublin', city: 'London' });
    expect(answer).toEqual({
      status: 200,
      json: { ms_response: { location: { id: '2', updated_fields: ['time_zone'] } } },
    });
    expect(emu.state.location('2')?.fields['time_zone']).toBe('Europe/Dublin');
    expect((await notify(emu, 'location', { code: 'NYC', tz: 'x' })).status).toBe(404);
  });
});
