import { describe, expect, it } from 'vitest';
import { contentFromWire } from '../../shared/domain-api/webhook-content';
import type { DomainDraft } from '../../shared/model/draft';
import type { WebhookContent } from '../../shared/model/remote';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();
const call = world.call;

type Version = { version: number; updated_by: string | null; note?: string };

describe("the domain's version history", () => {
  it('lists every live version, newest first, with the notes of publishes made here', async () => {
    const d = await world.connectedDomain();
    await call('domain:pull', { id: d.id, mode: 'check' });
    const draft = await call<DomainDraft>('drafts:get', { id: d.id });
    draft.config.profile.outgoing.post_url = 'https://hr.example.com/v3';
    await call('drafts:save', { draft });
    await call('publish:apply', {
      id: d.id,
      expected: [{ kind: 'profile', version: 2 }],
      note: 'Move to v3',
    });

    const versions = await call<Version[]>('history:versions', { id: d.id, kind: 'profile' });
    expect(versions.map((v) => [v.version, v.updated_by, v.note])).toEqual([
      [3, 'Ada Admin', 'Move to v3'],
      [2, 'Bea Admin', undefined],
      [1, 'Bea Admin', undefined],
    ]);
    expect(await call<Version[]>('history:versions', { id: d.id, kind: 'location' })).toEqual([]);
  });

  it("reads a version's configuration and rolls the draft back to it without touching the domain", async () => {
    const d = await world.connectedDomain();
    await call('domain:pull', { id: d.id, mode: 'check' });
    const one = await call<{ version: number; content: WebhookContent }>('history:version', {
      id: d.id,
      kind: 'profile',
      version: 1,
    });
    const v1 = contentFromWire(world.emu.state.getVersion('profile', 1)!, 'profile');
    expect(one).toEqual({ version: 1, content: v1 });

    const { draft } = await call<{ draft: DomainDraft }>('history:restore-version', {
      id: d.id,
      kind: 'profile',
      version: 1,
    });
    expect(draft.config.profile.outgoing.request_parameters.map((r) => r.api_field)).toEqual(
      v1.outgoing.request_parameters.map((r) => r.api_field),
    );
    expect((await call<DomainDraft>('drafts:get', { id: d.id })).config).toEqual(draft.config);
    expect(world.emu.state.getWebhook('profile').version).toBe(2);

    const missing = await world.app.dispatch('history:version', { id: d.id, kind: 'profile', version: 9 });
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Version 9/) } });
  });
});
