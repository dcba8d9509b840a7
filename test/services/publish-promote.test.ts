import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, defaultProfileFields, type Emulator } from '../../electron/services/emulator';
import type { DomainDraft } from '../../shared/model/draft';
import type { HistoryEntry } from '../../shared/plan/outcome';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();

let production: Emulator;
beforeEach(async () => {
  // Production lacks the Badge ID field, and its Email / Login is not unique.
  const fields = defaultProfileFields()
    .filter((f) => f.key !== 'custom_badge_id')
    .map((f) => (f.key === 'email' ? { ...f, unique: false } : f));
  production = await createEmulator({ seed: { profileFields: fields } });
});
afterEach(async () => production.close());

type Plan = {
  target?: { id: string; name: string; base_url: string };
  blocked: { path: string; message: string }[];
  webhooks: { kind: 'profile' | 'location'; live_version: number; plan: { changes: { unit: string }[] } }[];
};

/** A saved domain for the production emulator, with its own admin login. */
async function productionDomain(): Promise<DomainDraft> {
  const { call } = world;
  const draft = await call<DomainDraft>('domains:create', { name: 'production', base_url: production.url });
  await call('drafts:save', { draft: { ...draft, admin_username: production.admin.username } });
  await call('secrets:set', { domain_id: draft.id, name: 'api_key', value: production.apiKeys.readWrite });
  await call('secrets:set', {
    domain_id: draft.id,
    name: 'admin_password',
    value: production.admin.password,
  });
  return call<DomainDraft>('drafts:get', { id: draft.id });
}

/** The sandbox domain, pulled and edited to post to a new endpoint. */
async function sandboxDraft(edit: (d: DomainDraft) => void = () => undefined): Promise<DomainDraft> {
  const d = await world.connectedDomain();
  const { draft } = await world.call<{ draft: DomainDraft }>('domain:pull', { id: d.id, mode: 'replace' });
  draft.config.profile.outgoing.post_url = 'https://hr.example.com/hooks/promoted';
  edit(draft);
  await world.call('drafts:save', { draft });
  return world.call<DomainDraft>('drafts:get', { id: d.id });
}

describe('promote the draft to another saved domain from the app', () => {
  it('names fields the target lacks and identifiers not unique there, before anything is written', async () => {
    const sandbox = await sandboxDraft((d) => {
      d.config.profile.outgoing.request_parameters.push({
        id: 'badge',
        api_field: 'badge',
        mangoapps_field: 'custom_badge_id',
      });
      d.config.profile.incoming.input_parameters = [
        { id: 'mail', api_field: 'workEmail', mangoapps_field: 'email', identifier: true },
      ];
    });
    const prod = await productionDomain();
    // The sandbox's own plan has nothing to object to.
    expect((await world.call<Plan>('publish:plan', { id: sandbox.id })).blocked).toEqual([]);
    production.state.clearRequests();
    const plan = await world.call<Plan>('publish:plan', { id: sandbox.id, target_id: prod.id });
    expect(plan.target).toEqual({ id: prod.id, name: 'production', base_url: production.url });
    const messages = plan.blocked.map((b) => `${b.path} ${b.message}`).join('\n');
    expect(messages).toMatch(
      /request_parameters\[\d+\]\.mangoapps_field On production: .*"custom_badge_id" is not in/,
    );
    expect(messages).toMatch(/input_parameters\[0\].*On production: .*must be a unique field/);
    expect(plan.webhooks).toEqual([]);
    expect(production.state.requests().filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('plans on the target’s live page, and publishes there only with its host typed; the sandbox stays', async () => {
    const sandbox = await sandboxDraft();
    const prod = await productionDomain();
    const sandboxLive = world.emu.state.getWebhook('profile');
    const plan = await world.call<Plan>('publish:plan', { id: sandbox.id, target_id: prod.id });
    expect(plan.blocked).toEqual([]);
    expect(plan.webhooks.map((w) => [w.kind, w.live_version])).toEqual([
      ['profile', production.state.getWebhook('profile').version],
    ]);
    expect(plan.webhooks[0]!.plan.changes.map((c) => c.unit)).toContain('post_url');
    const expected = plan.webhooks.map((w) => ({ kind: w.kind, version: w.live_version }));
    const before = production.state.getWebhook('profile');

    const unconfirmed = await world.app.dispatch('publish:apply', {
      id: sandbox.id,
      expected,
      target_id: prod.id,
    });
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: { code: 'needs_confirmation', message: expect.stringMatching(/type its host 127\.0\.0\.1/) },
    });
    const wrong = await world.app.dispatch('publish:apply', {
      id: sandbox.id,
      expected,
      target_id: prod.id,
      confirm_host: 'localhost',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'needs_confirmation' } });
    expect(production.state.getWebhook('profile')).toEqual(before);

    const applied = await world.call<{ outcomes: { status: string }[]; draft: DomainDraft }>(
      'publish:apply',
      {
        id: sandbox.id,
        expected,
        target_id: prod.id,
        confirm_host: '127.0.0.1',
        note: 'Go live',
      },
    );
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
    expect(production.state.getWebhook('profile').outgoing.post_url).toBe(
      'https://hr.example.com/hooks/promoted',
    );
    // The sandbox's live page and its draft's base are untouched; production's history names the source.
    expect(world.emu.state.getWebhook('profile')).toEqual(sandboxLive);
    expect(applied.draft.remote).toEqual(sandbox.remote);
    expect(await world.call<HistoryEntry[]>('history:list', { id: sandbox.id })).toEqual([]);
    expect(await world.call<HistoryEntry[]>('history:list', { id: prod.id })).toEqual([
      expect.objectContaining({ message: 'Go live (promoted from acme)', domain: production.url }),
    ]);
  });

  it('refuses a target that is the draft itself or unknown, through the bridge’s validation', async () => {
    const sandbox = await sandboxDraft();
    const self = await world.app.dispatch('publish:plan', { id: sandbox.id, target_id: sandbox.id });
    expect(self).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /another saved domain/ },
    });
    const unknown = await world.app.dispatch('publish:plan', { id: sandbox.id, target_id: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await world.app.dispatch('publish:plan', { id: sandbox.id, target_id: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
