import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { applyWebhook, readLive } from '../../electron/services/publish/publish-engine';
import { contentFromWire } from '../../shared/domain-api/webhook-content';
import { sameContent, type WebhookContent } from '../../shared/domain-api/webhook-content';
import { adminClient } from './support/admin-client';

let emu: Emulator;
const client = () => adminClient(emu, { timeoutMs: 2_000, readRetries: 2 });

function variant(n: number): WebhookContent {
  return {
    outgoing: {
      triggers: n % 2 ? ['create_user', 'update_user_profile'] : ['create_user'],
      post_url: `https://hr.example.com/hooks/v${n}`,
      request_parameters: [
        { api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
        { api_field: `extra${n}`, mangoapps_field: 'title' },
      ],
      response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
    },
    incoming: {
      input_parameters: [
        { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
      ],
    },
    security: { oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'mango-sync' } },
    jit_provisioning: n % 3 === 0,
  };
}

const liveContent = () => contentFromWire(emu.state.getWebhook('profile'), 'profile');

beforeAll(async () => {
  emu = await createEmulator({ rngSeed: 7 });
});
afterAll(async () => emu.close());

describe('publish engine against the emulator', () => {
  it('publishes with three round trips and verifies by reading back', async () => {
    const c = client();
    await c.login();
    const live = await readLive(c, 'profile');
    c.roundTrips = 0;
    const before = c.roundTrips;
    const outcome = await applyWebhook(c, {
      kind: 'profile',
      content: variant(1),
      expectedVersion: live.version,
      base: live.content,
    });
    expect(outcome).toMatchObject({ status: 'published', version: live.version + 1 });
    expect(c.roundTrips - before).toBe(2); // write + read back; the plan's read is the third
    expect(sameContent(liveContent(), variant(1))).toBe(true);
  });

  it('stops on a 412 and shows base, live and draft', async () => {
    const c = client();
    const base = await readLive(c, 'profile');
    emu.state.setWebhook('profile', { ...variant(5), security: undefined }, 'Bea Admin');
    const outcome = await applyWebhook(c, {
      kind: 'profile',
      content: variant(6),
      expectedVersion: base.version,
      base: base.content,
    });
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.conflict.updated_by).toBe('Bea Admin');
    expect(outcome.conflict.items.find((i) => i.unit === 'post_url')).toMatchObject({
      base: base.content.outgoing.post_url,
      live: 'https://hr.example.com/hooks/v5',
      draft: 'https://hr.example.com/hooks/v6',
      status: 'conflict',
    });
    expect(sameContent(liveContent(), variant(5))).toBe(true);
  });

  it('settles a write whose answer was lost by reading back', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    emu.setFaults({ drop: { 'profile.put': { when: 'after', times: 1 } } });
    const landed = await applyWebhook(c, {
      kind: 'profile',
      content: variant(7),
      expectedVersion: live.version,
      base: live.content,
    });
    expect(landed).toMatchObject({ status: 'published', note: expect.stringMatching(/lost.*landed/) });
    emu.setFaults({ drop: { 'profile.put': { when: 'before', times: 1 } } });
    const now = await readLive(c, 'profile');
    const lost = await applyWebhook(c, {
      kind: 'profile',
      content: variant(8),
      expectedVersion: now.version,
      base: now.content,
    });
    expect(lost).toMatchObject({ status: 'not_applied' });
    expect(sameContent(liveContent(), variant(7))).toBe(true);
    emu.clearFaults();
  });

  it('reports a validation refusal with the server details', async () => {
    const c = client();
    const live = await readLive(c, 'profile');
    const bad = variant(9);
    bad.incoming.input_parameters = [{ api_field: 'x', mangoapps_field: 'title', user_identifier: true }];
    const outcome = await applyWebhook(c, {
      kind: 'profile',
      content: bad,
      expectedVersion: live.version,
      base: live.content,
    });
    expect(outcome).toMatchObject({
      status: 'rejected',
      details: [expect.objectContaining({ path: expect.stringContaining('input_parameters') })],
    });
  });

  it('after any sequence of faults the live page is exactly old or new, and the report says which', async () => {
    let rng = 12345;
    const rand = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const tally: Record<string, number> = {};
    for (let i = 0; i < 300; i++) {
      emu.clearFaults();
      const c = client();
      const live = await readLive(c, 'profile').catch(() => null);
      if (!live) continue;
      const old = live.content;
      const next = variant(100 + i);
      const pick = (n: number) => rand() < n;
      emu.setFaults({
        failure: pick(0.2) ? { 'profile.put': { times: 1 } } : {},
        msErrors: pick(0.15) ? { 'profile.put': { times: 1 } } : {},
        drop: pick(0.3) ? { 'profile.put': { when: pick(0.5) ? 'after' : 'before', times: 1 } } : {},
        ...(pick(0.3) ? { failure: { 'profile.get': { rate: 0.5, times: 3 } } } : {}),
        ...(pick(0.1) ? { conflict: { times: 1, by: null } } : {}),
        ...(pick(0.05) ? { htmlSignIn: true } : {}),
      });
      const outcome = await applyWebhook(
        c,
        { kind: 'profile', content: next, expectedVersion: live.version, base: old },
        { sleep: async () => undefined },
      );
      emu.clearFaults();
      const after = liveContent();
      const isOld = sameContent(after, old);
      const isNew = sameContent(after, next);
      expect(isOld || isNew, `iteration ${i}: live page is neither old nor new`).toBe(true);
      tally[outcome.status] = (tally[outcome.status] ?? 0) + 1;
      if (outcome.status === 'published') expect(isNew, `iteration ${i}: reported published`).toBe(true);
      if (
        outcome.status === 'not_applied' ||
        outcome.status === 'rejected' ||
        outcome.status === 'conflict'
      ) {
        expect(isOld, `iteration ${i}: reported ${outcome.status} but the change landed`).toBe(true);
      }
      expect(outcome.status).not.toBe('verification_failed');
    }
    expect(tally.published).toBeGreaterThan(50);
    expect((tally.not_applied ?? 0) + (tally.rejected ?? 0) + (tally.conflict ?? 0)).toBeGreaterThan(20);
    // 300 sequences of real HTTP: allowed the time a busy CI machine needs, not a wall-clock assertion.
  }, 60_000);
});

describe('a write that lands after the client gave up', () => {
  it('never applies twice: the retry finds the page already holds the draft', async () => {
    const slow = await createEmulator();
    try {
      const c = adminClient(slow, { timeoutMs: 150, readRetries: 0 });
      await c.login();
      const live = await readLive(c, 'profile');
      slow.setFaults({ latencyMs: 400 });
      const first = await applyWebhook(c, {
        kind: 'profile',
        content: variant(40),
        expectedVersion: live.version,
        base: live.content,
      });
      expect(['unknown', 'not_applied']).toContain(first.status);
      await new Promise((r) => setTimeout(r, 600));
      slow.clearFaults();
      expect(slow.state.getWebhook('profile').version).toBe(live.version + 1);
      const retry = await applyWebhook(c, {
        kind: 'profile',
        content: variant(40),
        expectedVersion: live.version,
        base: live.content,
      });
      expect(retry).toMatchObject({
        status: 'published',
        version: live.version + 1,
        note: expect.stringMatching(/already holds/),
      });
      expect(slow.state.getWebhook('profile').version).toBe(live.version + 1);
    } finally {
      await slow.close();
    }
  });
});
