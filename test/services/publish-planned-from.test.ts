import { describe, expect, it } from 'vitest';
import type { DomainDraft } from '../../shared/model/draft';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();

type Plan = { planned_from?: { saved_at: string }; webhooks: { kind: string; live_version: number }[] };

describe('a plan names the saved draft it was made from', () => {
  it('answers with the save it planned, and refuses to publish a later save the admin never reviewed', async () => {
    const d = await world.connectedDomain();
    const pulled = await world.call<{ draft: DomainDraft }>('domain:pull', { id: d.id, mode: 'replace' });
    const edited = structuredClone(pulled.draft);
    edited.config.profile.outgoing.triggers = [];
    const { saved_at } = await world.call<{ saved_at: string }>('drafts:save', { draft: edited });
    const plan = await world.call<Plan>('publish:plan', { id: d.id });
    expect(plan.planned_from).toEqual({ saved_at });
    const expected = plan.webhooks.map((w) => ({ kind: w.kind, version: w.live_version }));
    expect(expected).toHaveLength(1);

    // Saved again after the plan (another window, a late autosave): not what the admin reviewed.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = { ...edited, config: { ...edited.config } };
    later.config.profile = {
      ...edited.config.profile,
      outgoing: { ...edited.config.profile.outgoing, triggers: ['create_user'] },
    };
    await world.call('drafts:save', { draft: later });
    const version = world.emu.state.getWebhook('profile').version;
    const refused = await world.app.dispatch('publish:apply', {
      id: d.id,
      expected,
      planned_from: saved_at,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/saved draft changed since the plan/) },
    });
    expect(world.emu.state.getWebhook('profile').version).toBe(version);

    const again = await world.call<Plan>('publish:plan', { id: d.id });
    const applied = await world.call<{ outcomes: { status: string }[] }>('publish:apply', {
      id: d.id,
      expected: again.webhooks.map((w) => ({ kind: w.kind, version: w.live_version })),
      planned_from: again.planned_from?.saved_at,
    });
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
  });
});
