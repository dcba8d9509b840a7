import { describe, expect, it } from 'vitest';
import type { ChannelResult } from '../../shared/bridge/contract';
import type { DomainDraft } from '../../shared/model/draft';
import { usePublishWorld } from './support/publish-world';

const world = usePublishWorld();
const call = world.call;
type Plan = ChannelResult<'publish:plan'>;
type Applied = ChannelResult<'publish:apply'>;

/** A domain connected to the emulator and pulled, with a location webhook drafted on top. */
async function pulledWithLocation(): Promise<DomainDraft> {
  const created = await world.connectedDomain();
  const { draft } = await call<{ draft: DomainDraft }>('domain:pull', { id: created.id, mode: 'replace' });
  draft.config.location.outgoing.triggers = ['create_location'];
  draft.config.location.outgoing.post_url = 'https://hr.example.com/locations';
  draft.config.location.incoming.input_parameters = [
    { id: 'r1', api_field: 'siteCode', mangoapps_field: 'custom_site_code', identifier: true },
  ];
  await call('drafts:save', { draft });
  return draft;
}

const publishPlanned = (id: string, plan: Plan) =>
  call<Applied>('publish:apply', {
    id,
    expected: plan.webhooks.map((w) => ({ kind: w.kind, version: w.live_version })),
  });

describe('OAuth shared by both webhooks', () => {
  it('stops before a location publish would undo an OAuth change saved through the profile webhook', async () => {
    const draft = await pulledWithLocation();
    const wire = world.emu.state.getWebhook('profile');
    const theirs = { token_url: 'https://idp.example.com/token', username: 'bea-sync' };
    // Through the profile page: the location webhook's version does not move, its OAuth does.
    world.emu.state.setWebhook(
      'profile',
      { outgoing: wire.outgoing, incoming: wire.incoming, security: { oauth: theirs } },
      'Bea Admin',
    );
    const plan = await call<Plan>('publish:plan', { id: draft.id });
    const location = plan.webhooks.find((w) => w.kind === 'location');
    expect(location?.conflict?.items).toContainEqual(
      expect.objectContaining({ unit: 'oauth', status: 'theirs' }),
    );

    await call('publish:resolve', { id: draft.id, kind: 'location', choices: {} });
    const replan = await call<Plan>('publish:plan', { id: draft.id });
    // The profile already holds the merged draft: nothing to write there, not even an identical version.
    expect(replan.webhooks.map((w) => [w.kind, w.conflict])).toEqual([['location', null]]);
    const profileVersion = world.emu.state.getWebhook('profile').version;
    const applied = await publishPlanned(draft.id, replan);
    expect(applied.outcomes.map((o) => o.status)).toEqual(['published']);
    expect(world.emu.state.getWebhook('location').security.oauth).toMatchObject(theirs);
    expect(world.emu.state.getWebhook('profile').version).toBe(profileVersion);
  });

  it('rolls the location webhook back without undoing an OAuth change made in the draft', async () => {
    const draft = await pulledWithLocation();
    await publishPlanned(draft.id, await call<Plan>('publish:plan', { id: draft.id }));
    const edited = await call<DomainDraft>('drafts:get', { id: draft.id });
    edited.config.location.outgoing.post_url = 'https://hr.example.com/locations/v2';
    await call('drafts:save', { draft: edited });
    await publishPlanned(draft.id, await call<Plan>('publish:plan', { id: draft.id }));

    const mine = { token_url: 'https://idp.example.com/token', username: 'ada-sync' };
    const now = await call<DomainDraft>('drafts:get', { id: draft.id });
    await call('drafts:save', { draft: { ...now, config: { ...now.config, security: { oauth: mine } } } });
    const history = await call<{ id: string; kind: string; version: number }[]>('history:list', {
      id: draft.id,
    });
    const first = history.find((h) => h.kind === 'location' && h.version === 1);
    const { draft: restored } = await call<{ draft: DomainDraft }>('history:restore', {
      id: draft.id,
      entry_id: first?.id,
    });
    expect(restored.config.location.outgoing.post_url).toBe('https://hr.example.com/locations');
    expect(restored.config.security.oauth).toEqual(mine);
  });

  it('sends a new OAuth password once, with whichever webhook is written first, and then forgets it', async () => {
    const draft = await pulledWithLocation();
    const edited = await call<DomainDraft>('drafts:get', { id: draft.id });
    edited.config.profile.outgoing.post_url = 'https://hr.example.com/hooks/v2';
    await call('drafts:save', { draft: edited });
    await call('secrets:set', { domain_id: draft.id, name: 'oauth_password', value: 'n3w-oauth-secret' });
    const plan = await call<Plan>('publish:plan', { id: draft.id });
    const units = plan.webhooks.map((w) => [w.kind, w.plan.changes.some((c) => c.unit === 'oauth_password')]);
    expect(units).toEqual([
      ['profile', true],
      ['location', false],
    ]);
    // The profile write is refused (a colleague saved first), so the location write carries the password.
    world.emu.setFaults({ conflict: { times: 1, by: 'Bea Admin' } });
    const applied = await publishPlanned(draft.id, plan);
    expect(applied.outcomes.map((o) => o.status)).toEqual(['conflict', 'published']);
    expect(world.emu.state.oauthPassword()).toBe('n3w-oauth-secret');
    const replan = await call<Plan>('publish:plan', { id: draft.id });
    const profile = replan.webhooks.find((w) => w.kind === 'profile');
    expect(profile?.plan.changes.map((c) => c.unit)).toEqual(['post_url']);
  });
});
