import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, WireWebhookInput } from '../../electron/services/emulator';
import { asInput, call, error, login, put, start, stopAll, webhookOf } from './emulator-client';

afterEach(stopAll);

/** A valid profile configuration that differs from the seed by its post URL. */
function edited(emu: Emulator, n: number): WireWebhookInput {
  const input = asInput(emu.state.getWebhook('profile'));
  input.outgoing.post_url = `https://hr.example.com/hooks/${n}`;
  return input;
}

const liveUrl = (emu: Emulator) => emu.state.getWebhook('profile').outgoing.post_url;

describe('latency', () => {
  it('waits latencyMs plus a jitter drawn from the injected RNG before answering', async () => {
    const waits: number[] = [];
    const emu = await start({
      faults: { latencyMs: 200, jitterMs: 100 },
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await call(emu, 'POST', '/api/login.json', { body: {} });
    await call(emu, 'GET', '/api/admin/profile_fields.json');
    expect(waits).toEqual([250, 250]);
    emu.clearFaults();
    await call(emu, 'GET', '/api/admin/profile_fields.json');
    expect(waits).toHaveLength(2);
  });
});

describe('failure rate', () => {
  it('answers 500 ms_errors before any effect, only on matching endpoints', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.setFaults({ failure: { 'profile.put': { rate: 1 } } });
    const answer = await put(emu, cookie, 'profile', edited(emu, 1), '"2"');
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({
      ms_errors: { error: { message: 'Internal Server Error', code: 'internal_error' } },
    });
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(200);
    expect(emu.state.requests().at(-2)).toMatchObject({
      endpoint: 'profile.put',
      status: 500,
      fault: 'failure',
    });
  });

  it('strikes at most `times` times, then removes the rule', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.faults.failure['profile.get'] = { times: 2 };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status);
    }
    expect(statuses).toEqual([500, 500, 200]);
    expect(emu.faults.failure).toEqual({});
  });

  it('matches endpoint patterns: *, *.put, location.*', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.setFaults({ failure: { '*.put': {} } });
    expect((await put(emu, cookie, 'location', {}, '"0"')).status).toBe(500);
    expect((await call(emu, 'GET', '/api/admin/webhooks/location.json', { cookie })).status).toBe(200);
    emu.clearFaults();
    emu.setFaults({ failure: { 'location.*': {} } });
    expect((await call(emu, 'GET', '/api/admin/location_fields.json', { cookie })).status).toBe(500);
    expect((await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).status).toBe(200);
    emu.clearFaults();
    emu.setFaults({ failure: { '*': {} } });
    expect((await call(emu, 'POST', '/api/login.json', { body: {} })).status).toBe(500);
  });

  it('draws from a seeded RNG, so the same seed repeats the same sequence', async () => {
    const run = async (rngSeed: number) => {
      const emu = await start({ rngSeed, faults: { failure: { 'profile.fields': { rate: 0.3 } } } });
      const cookie = await login(emu);
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        statuses.push((await call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).status);
      }
      return statuses;
    };
    const a = await run(42);
    expect(await run(42)).toEqual(a);
    expect(await run(7)).not.toEqual(a);
    const failures = a.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(40);
  });

  it('fails a notify before it changes the user', async () => {
    const emu = await start({ faults: { failure: { 'profile.notify': {} } } });
    const res = await fetch(emu.state.notifyUrl('profile'), {
      method: 'POST',
      body: JSON.stringify({ employeeNumber: 'E1005', jobTitle: 'Changed' }),
    });
    expect(res.status).toBe(500);
    expect(emu.state.user('205')?.fields['title']).toBe('Recruiter');
  });
});

describe('ms_errors inside a 200', () => {
  it('answers 200 with ms_errors and leaves the state alone', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.setFaults({ msErrors: { 'profile.put': { times: 1 } } });
    const answer = await put(emu, cookie, 'profile', edited(emu, 1), '"2"');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      ms_errors: { error: { message: 'Something went wrong. Please try again later.' } },
    });
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect((await put(emu, cookie, 'profile', edited(emu, 1), '"2"')).status).toBe(200);
  });
});

describe('dropped connections', () => {
  it('drop before: the connection dies and the live configuration is the old one', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const before = emu.state.getWebhook('profile');
    emu.setFaults({ drop: { 'profile.put': { when: 'before', times: 1 } } });
    await expect(put(emu, cookie, 'profile', edited(emu, 1), '"2"')).rejects.toThrow();
    expect(emu.state.getWebhook('profile')).toEqual(before);
    expect(emu.state.requests().at(-1)).toMatchObject({
      endpoint: 'profile.put',
      status: 'dropped',
      fault: 'drop_before',
    });
  });

  it('drop after: the connection dies but the write was applied, as a read-back shows', async () => {
    const emu = await start();
    const cookie = await login(emu);
    const sent = edited(emu, 1);
    emu.setFaults({ drop: { 'profile.put': { when: 'after', times: 1 } } });
    await expect(put(emu, cookie, 'profile', sent, '"2"')).rejects.toThrow();
    const readBack = await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie });
    expect(readBack.headers.get('etag')).toBe('"3"');
    expect(webhookOf(readBack)).toMatchObject({
      version: 3,
      updated_by: 'Ada Admin',
      outgoing: sent.outgoing,
    });
    expect(emu.state.requests().map((r) => [r.endpoint, r.status, r.fault])).toEqual([
      ['login', 200, undefined],
      ['profile.put', 'dropped', 'drop_after'],
      ['profile.get', 200, undefined],
    ]);
  });

  it('drops a GET too (before and after are the same for a read)', async () => {
    const emu = await start({ faults: { drop: { 'profile.fields': { when: 'after' } } } });
    const cookie = await login(emu);
    await expect(call(emu, 'GET', '/api/admin/profile_fields.json', { cookie })).rejects.toThrow();
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(200);
  });

  it('leaves the live state exactly old or exactly new after hundreds of randomly faulted PUTs', async () => {
    const emu = await start({
      rngSeed: 2026,
      faults: {
        drop: { 'profile.put': { when: 'before', rate: 0.15 }, '*.put': { when: 'after', rate: 0.2 } },
        failure: { 'profile.put': { rate: 0.2 } },
        msErrors: { 'profile.put': { rate: 0.1 } },
      },
    });
    const cookie = await login(emu);
    const outcomes = new Map<string, number>();
    for (let n = 0; n < 300; n++) {
      const old = emu.state.getWebhook('profile');
      const sent = edited(emu, n);
      const status = await put(emu, cookie, 'profile', sent, `"${old.version}"`).then(
        (a) => a.status,
        () => 'dropped',
      );
      const fault = emu.state.requests().at(-1)?.fault ?? 'none';
      outcomes.set(fault, (outcomes.get(fault) ?? 0) + 1);
      const live = emu.state.getWebhook('profile');
      const applied = status === 200 && fault === 'none' ? true : fault === 'drop_after';
      if (applied) {
        expect(live).toMatchObject({ version: old.version + 1, outgoing: sent.outgoing });
      } else {
        expect(live).toEqual(old);
      }
    }
    // Every kind of outcome happened, so the property was exercised on each.
    expect([...outcomes.keys()].sort()).toEqual([
      'drop_after',
      'drop_before',
      'failure',
      'ms_errors',
      'none',
    ]);
  });
});

describe('forced 412', () => {
  it('answers 412 to the next N PUTs without changing anything, then accepts', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.setFaults({ conflict: { times: 2, by: null } });
    for (let i = 0; i < 2; i++) {
      const answer = await put(emu, cookie, 'profile', edited(emu, 1), '"2"');
      expect(answer.status).toBe(412);
      expect(error(answer)).toEqual({
        message: 'Changed by Bea Admin at 2026-11-20T10:00:00Z',
        code: 'version_conflict',
        current_version: 2,
      });
    }
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect(emu.faults.conflict.times).toBe(0);
    expect((await put(emu, cookie, 'profile', edited(emu, 1), '"2"')).status).toBe(200);
  });

  it('with `by`, a colleague saves the same content first, so the 412 names a real newer version', async () => {
    const now = '2026-11-21T09:12:00Z';
    const emu = await start({ now: () => new Date(now) });
    const cookie = await login(emu);
    const before = emu.state.getWebhook('profile');
    emu.setFaults({ conflict: { times: 1, by: 'Bea Admin' } });
    const answer = await put(emu, cookie, 'profile', edited(emu, 1), '"2"');
    expect(error(answer)).toEqual({
      message: `Changed by Bea Admin at ${now}`,
      code: 'version_conflict',
      current_version: 3,
    });
    const live = emu.state.getWebhook('profile');
    expect(live).toEqual({ ...before, version: 3, updated_at: now, updated_by: 'Bea Admin' });
    expect((await put(emu, cookie, 'profile', edited(emu, 1), '"3"')).status).toBe(200);
  });
});

describe('HTML sign-in page', () => {
  it('answers every /api call with a 200 HTML page and changes nothing', async () => {
    const emu = await start();
    const cookie = await login(emu);
    emu.setFaults({ htmlSignIn: true });
    const answers = [
      await call(emu, 'POST', '/api/login.json', { body: {} }),
      await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie }),
      await put(emu, cookie, 'profile', edited(emu, 1), '"2"'),
      await call(emu, 'POST', new URL(emu.state.notifyUrl('profile')).pathname, {
        body: { employeeNumber: 'E1005', jobTitle: 'X' },
      }),
      await call(emu, 'GET', '/api/no/such/thing.json'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.text).toMatch(/^<!DOCTYPE html>/);
      expect(answer.json).toBeUndefined();
    }
    expect(emu.state.getWebhook('profile').version).toBe(2);
    expect(emu.state.user('205')?.fields['title']).toBe('Recruiter');
    emu.setFaults({ htmlSignIn: false });
    expect(liveUrl(emu)).toBe('https://hr.example.com/hooks/mangoapps');
    expect((await call(emu, 'GET', '/api/admin/webhooks/profile.json', { cookie })).status).toBe(200);
  });
});

describe('fault switches object', () => {
  it('is live and keeps its identity through setFaults and clearFaults', async () => {
    const emu = await start({ faults: { latencyMs: 5, failure: { login: {} } } });
    const faults = emu.faults;
    expect(faults).toMatchObject({ latencyMs: 5, failure: { login: {} } });
    emu.setFaults({ failure: { 'profile.get': { rate: 0.5 } }, htmlSignIn: true });
    expect(faults.failure).toEqual({ login: {}, 'profile.get': { rate: 0.5 } });
    emu.clearFaults();
    expect(emu.faults).toBe(faults);
    expect(faults).toEqual({
      latencyMs: 0,
      jitterMs: 0,
      failure: {},
      msErrors: {},
      drop: {},
      conflict: { times: 0, by: null },
      htmlSignIn: false,
    });
  });
});
