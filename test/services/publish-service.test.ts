import { describe, expect, it } from 'vitest';
import { contentFromWire } from '../../shared/domain-api/webhook-content';
import type { DomainDraft } from '../../shared/model/draft';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();
const call = world.call;

const connectedDomain = world.connectedDomain;

describe('publish channels against the emulator', () => {
  it('tests the connection precisely', async () => {
    const d = await connectedDomain();
    const ok = await call<{ message: string }>('connection:test', { id: d.id });
    expect(ok).toMatchObject({ can_write: true, message: expect.stringMatching(/Connected as Ada Admin/) });
    await call('secrets:set', { domain_id: d.id, name: 'api_key', value: world.emu.apiKeys.readOnly });
    const readOnly = await call<{ can_write: boolean; message: string }>('connection:test', { id: d.id });
    expect(readOnly).toMatchObject({ can_write: false, message: expect.stringMatching(/Read Only/) });
    world.emu.setFaults({ failure: { 'profile.put': {} } });
    const unsure = await call<{ can_write: boolean | null; message: string }>('connection:test', {
      id: d.id,
    });
    expect(unsure).toMatchObject({ can_write: null, message: expect.stringMatching(/could not be told/) });
    world.emu.clearFaults();
    // Each test ends the session it replaces.
    expect(world.emu.state.sessions()).toHaveLength(1);
    expect(world.emu.state.getWebhook('profile').version).toBe(2);
    await call('secrets:set', { domain_id: d.id, name: 'api_key', value: world.emu.apiKeys.readWrite });
    await call('secrets:set', { domain_id: d.id, name: 'admin_password', value: 'wrong' });
    const bad = await world.app.dispatch('connection:test', { id: d.id });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringMatching(/Wrong username or password/) },
    });
    world.emu.setFaults({ htmlSignIn: true });
    await call('secrets:set', { domain_id: d.id, name: 'admin_password', value: world.emu.admin.password });
    const sso = await world.app.dispatch('connection:test', { id: d.id });
    expect(sso).toMatchObject({ ok: false, error: { message: expect.stringMatching(/single sign-on/) } });
  });

  it('pulls, plans, publishes with verification, and keeps history; never stores secrets in the draft', async () => {
    const d = await connectedDomain();
    const pulled = await call<{ status: string; draft: DomainDraft }>('domain:pull', {
      id: d.id,
      mode: 'check',
    });
    expect(pulled.status).toBe('pulled');
    const live = world.emu.state.getWebhook('profile');
    expect(pulled.draft.remote?.profile?.version).toBe(live.version);
    expect(pulled.draft.config.profile.incoming.notify_url).toBe(world.emu.state.notifyUrl('profile'));
    expect(pulled.draft.catalogue.source).toBe('domain');

    const edited = structuredClone(pulled.draft);
    // Toggle one trigger relative to the live page.
    const toggled = 'activate_deactivate_user';
    const wasOn = live.outgoing.triggers.includes(toggled);
    edited.config.profile.outgoing.triggers = wasOn
      ? live.outgoing.triggers.filter((t) => t !== toggled)
      : [...live.outgoing.triggers, toggled];
    await call('drafts:save', { draft: edited });
    const plan = await call<{
      blocked: unknown[];
      webhooks: { kind: string; live_version: number; plan: { changes: { unit: string }[] } }[];
    }>('publish:plan', { id: d.id });
    expect(plan.blocked).toEqual([]);
    expect(plan.webhooks.map((w) => w.kind)).toEqual(['profile']);
    expect(plan.webhooks[0]!.plan.changes).toEqual([
      expect.objectContaining({ unit: `trigger:${toggled}`, op: wasOn ? 'remove' : 'add' }),
    ]);

    const applied = await call<{ outcomes: { status: string; version: number }[]; draft: DomainDraft }>(
      'publish:apply',
      {
        id: d.id,
        expected: [{ kind: 'profile', version: plan.webhooks[0]!.live_version }],
      },
    );
    expect(applied.outcomes).toEqual([
      expect.objectContaining({ status: 'published', version: live.version + 1 }),
    ]);
    expect(world.emu.state.getWebhook('profile').outgoing.triggers.includes(toggled)).toBe(!wasOn);
    expect(applied.draft.remote?.profile?.version).toBe(live.version + 1);
    const history = await call<{ version: number; published_by: string }[]>('history:list', { id: d.id });
    expect(history[0]).toMatchObject({ version: live.version + 1, published_by: 'Ada Admin' });
    const again = await call<{ webhooks: unknown[] }>('publish:plan', { id: d.id });
    expect(again.webhooks).toEqual([]);
    expect(JSON.stringify(await call('drafts:get', { id: d.id }))).not.toContain(world.emu.admin.password);
  });

  it('offers a choice before a pull would drop local edits, and can keep them on the new base', async () => {
    const d = await connectedDomain();
    const first = await call<{ draft: DomainDraft }>('domain:pull', { id: d.id });
    const mine = structuredClone(first.draft);
    mine.config.profile.outgoing.post_url = 'https://hr.example.com/mine';
    await call('drafts:save', { draft: mine });
    const wire = world.emu.state.getWebhook('profile');
    world.emu.state.setWebhook(
      'profile',
      {
        outgoing: { ...wire.outgoing, triggers: ['create_user', 'activate_deactivate_user'] },
        incoming: wire.incoming,
      },
      'Bea Admin',
    );
    const check = await call<{
      status: string;
      local_changes: { kind: string; changes: { unit: string }[] }[];
    }>('domain:pull', { id: d.id });
    expect(check.status).toBe('needs_choice');
    expect(check.local_changes[0]!.changes.map((c) => c.unit)).toContain('post_url');
    const kept = await call<{ draft: DomainDraft }>('domain:pull', { id: d.id, mode: 'keep_local' });
    expect(kept.draft.config.profile.outgoing.post_url).toBe('https://hr.example.com/mine');
    expect(kept.draft.config.profile.outgoing.triggers).toContain('activate_deactivate_user');
  });

  it('stops on a colleague’s change, resolves per unit, publishes the merge, and rolls back', async () => {
    const d = await connectedDomain();
    const pulled = await call<{ draft: DomainDraft }>('domain:pull', { id: d.id });
    const v0 = contentFromWire(world.emu.state.getWebhook('profile'), 'profile');
    const mine = structuredClone(pulled.draft);
    mine.config.profile.outgoing.post_url = 'https://hr.example.com/mine';
    await call('drafts:save', { draft: mine });
    const wire = world.emu.state.getWebhook('profile');
    world.emu.state.setWebhook(
      'profile',
      {
        outgoing: {
          ...wire.outgoing,
          post_url: 'https://hr.example.com/theirs',
          triggers: ['create_user'],
        },
        incoming: wire.incoming,
      },
      'Bea Admin',
    );

    const plan = await call<{
      webhooks: {
        live_version: number;
        conflict: { updated_by: string; items: { unit: string; status: string }[] } | null;
      }[];
    }>('publish:plan', { id: d.id });
    const conflict = plan.webhooks[0]!.conflict!;
    expect(conflict.updated_by).toBe('Bea Admin');
    expect(conflict.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unit: 'post_url', status: 'conflict' }),
        expect.objectContaining({ unit: 'trigger:update_user_profile', status: 'theirs' }),
        expect.objectContaining({ unit: 'trigger:activate_deactivate_user', status: 'theirs' }),
      ]),
    );
    const stale = await call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: pulled.draft.remote!.profile!.version }],
    });
    expect(stale.outcomes[0]!.status).toBe('conflict');

    const resolved = await call<{ draft: DomainDraft }>('publish:resolve', {
      id: d.id,
      kind: 'profile',
      choices: { post_url: 'mine' },
    });
    expect(resolved.draft.config.profile.outgoing.post_url).toBe('https://hr.example.com/mine');
    expect(resolved.draft.config.profile.outgoing.triggers).toEqual(['create_user']);
    const replan = await call<{ webhooks: { live_version: number; conflict: unknown }[] }>('publish:plan', {
      id: d.id,
    });
    expect(replan.webhooks[0]!.conflict).toBeNull();
    const done = await call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: replan.webhooks[0]!.live_version }],
    });
    expect(done.outcomes[0]!.status).toBe('published');
    const merged = contentFromWire(world.emu.state.getWebhook('profile'), 'profile');
    expect(merged.outgoing.post_url).toBe('https://hr.example.com/mine');
    expect(merged.outgoing.triggers).toEqual(['create_user']);

    // Publish once more, then roll back to the merged version through restore → plan → apply.
    const firstPublished = contentFromWire(world.emu.state.getWebhook('profile'), 'profile');
    const later = await call<DomainDraft>('drafts:get', { id: d.id });
    later.config.profile.outgoing.post_url = 'https://hr.example.com/later';
    await call('drafts:save', { draft: later });
    const p2 = await call<{ webhooks: { kind: string; live_version: number }[] }>('publish:plan', {
      id: d.id,
    });
    await call('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: p2.webhooks[0]!.live_version }],
    });
    const history = await call<{ id: string; version: number }[]>('history:list', { id: d.id });
    expect(history).toHaveLength(2);
    await call('history:restore', { id: d.id, entry_id: history[1]!.id });
    const rollback = await call<{
      webhooks: { live_version: number; plan: { changes: { unit: string; after?: string }[] } }[];
    }>('publish:plan', { id: d.id });
    expect(rollback.webhooks[0]!.plan.changes).toEqual([
      expect.objectContaining({ unit: 'post_url', after: 'https://hr.example.com/mine' }),
    ]);
    const rolled = await call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: rollback.webhooks[0]!.live_version }],
    });
    expect(rolled.outcomes[0]!.status).toBe('published');
    expect(contentFromWire(world.emu.state.getWebhook('profile'), 'profile')).toEqual(firstPublished);
    expect(v0.outgoing.post_url).not.toBe('https://hr.example.com/mine');
  });

  it('refuses to plan or publish while validation errors remain', async () => {
    const d = await connectedDomain();
    const pulled = await call<{ draft: DomainDraft }>('domain:pull', { id: d.id });
    const bad = structuredClone(pulled.draft);
    bad.config.profile.outgoing.post_url = 'http://insecure.example.com';
    await call('drafts:save', { draft: bad });
    const plan = await call<{ blocked: { path: string }[]; webhooks: unknown[] }>('publish:plan', {
      id: d.id,
    });
    expect(plan.blocked).toEqual([expect.objectContaining({ path: 'profile.outgoing.post_url' })]);
    expect(plan.webhooks).toEqual([]);
    const apply = await world.app.dispatch('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: 1 }],
    });
    expect(apply).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});
