import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApplyOutcome } from '../../shared/plan/outcome';
import { FakeHost } from './support/fake-host';
import { CONFLICT, channelOrder, profilePlan, pulled } from './support/publish-fixtures';
import { renderApp, openTab } from './support/render-app';

async function review(user: ReturnType<typeof userEvent.setup>) {
  await openTab(user, 'Publish');
  await user.click(screen.getByRole('button', { name: 'Plan and publish' }));
  await user.click(screen.getByRole('button', { name: 'Plan' }));
}

const CHANGES = [
  { unit: 'oauth_password', label: 'OAuth password', op: 'change' as const, before: '•••', after: 'changed' },
  {
    unit: 'trigger:update_user_profile',
    label: 'Trigger "Update User Profile"',
    op: 'add' as const,
    after: 'on',
  },
  {
    unit: 'request_parameters:mobile',
    label: 'Request parameter "mobile"',
    op: 'add' as const,
    after: 'mobile',
  },
  {
    unit: 'request_parameters:title',
    label: 'Request parameter "title"',
    op: 'remove' as const,
    before: 'title',
  },
  {
    unit: 'post_url',
    label: 'Post to URL',
    op: 'change' as const,
    before: 'https://old.example.com',
    after: 'https://new.example.com',
  },
];
const IMPACTS = [
  { level: 'info' as const, message: 'Just so you know.' },
  { level: 'warning' as const, message: '"Update User Profile" will start firing.' },
  { level: 'danger' as const, message: 'Every profile update will now call new.example.com.' },
];

describe('publish tab: plan', () => {
  it('groups the changes with markers and before → after, orders impacts danger first, never shows a secret', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => ({ ...pulled(d, 12), base_url: 'https://acme.mangoapps.com' }));
    host.override('publish:plan', () => profilePlan(CHANGES, IMPACTS));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    store.getState().edit((d) => ({ ...d, admin_username: 'ada@acme.com' }));
    await review(user);

    const plan = await screen.findByRole('region', { name: /^Profile webhook — live version 12, 5 changes/ });
    const headings = within(plan)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Triggers', 'Post to URL', 'Request Parameters', 'OAuth']);
    const lines = within(plan)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(lines.slice(0, 3)).toEqual([
      'Danger: Every profile update will now call new.example.com.',
      'Warning: "Update User Profile" will start firing.',
      'Note: Just so you know.',
    ]);
    expect(lines).toContain('+Trigger "Update User Profile" switched on');
    expect(lines).toContain('+Added: Request parameter "mobile" mobile');
    expect(lines).toContain('−Removed: Request parameter "title" title');
    expect(lines).toContain(
      '~Changed: Post to URL https://old.example.com → becomes https://new.example.com',
    );
    expect(lines).toContain('~Changed: OAuth password changed');
    expect(plan.textContent).not.toContain('•••');
    // The edit made just before was saved before the host planned it.
    const order = channelOrder(host);
    expect(order.lastIndexOf('drafts:save')).toBeLessThan(order.indexOf('publish:plan'));

    // A Danger impact: Publish waits until the domain's host name is typed.
    const publish = () => screen.getByRole('button', { name: 'Publish' });
    expect(publish().hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Type acme\.mangoapps\.com to confirm/)).toBeTruthy();
    const confirm = screen.getByRole('textbox', { name: /Type the domain’s host name/ });
    await user.type(confirm, 'acme.mangoapps.co');
    expect(publish().hasAttribute('disabled')).toBe(true);
    await user.type(confirm, 'm');
    expect(publish().hasAttribute('disabled')).toBe(false);

    // An edit after the review makes the plan stale: Publish waits for a new review.
    store.getState().edit((d) => ({ ...d, admin_username: 'bea@acme.com' }));
    expect(await screen.findByText(/The draft changed since this plan/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(true);
  });

  it('lists validation errors, links to the Problems panel and offers no Publish', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    host.override('publish:plan', () => ({
      blocked: [{ path: 'profile.outgoing.post_url', message: 'Post to URL is not https' }],
      webhooks: [],
    }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await review(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Publishing is blocked: 1 validation error');
    expect(alert.textContent).toContain('Post to URL is not https');
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Open the Problems panel' }));
    expect(store.getState().problemsOpen).toBe(true);
    expect(screen.getByRole('region', { name: /Problems/ })).toBeTruthy();
  });

  it('says when there is nothing to publish', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 12));
    host.override('publish:plan', () => ({ blocked: [], webhooks: [] }));
    await renderApp(host, { saveDelayMs: 0 });
    await review(user);
    expect(await screen.findByText(/Nothing to publish/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
  });
});

const OUTCOMES: ApplyOutcome[] = [
  {
    status: 'published',
    kind: 'profile',
    version: 13,
    note: 'The answer to the write was lost; reading back shows it landed.',
  },
  { status: 'unchanged', kind: 'location', version: 4 },
  {
    status: 'verification_failed',
    kind: 'profile',
    version: 14,
    differences: [
      { unit: 'post_url', label: 'Post to URL', op: 'change', before: 'https://a', after: 'https://b' },
    ],
  },
  { status: 'conflict', kind: 'profile', conflict: CONFLICT },
  {
    status: 'rejected',
    kind: 'profile',
    message: 'The domain refused the configuration: Validation failed.',
    details: [{ path: 'incoming.input_parameters', message: 'exactly one user identifier is required' }],
  },
  { status: 'not_applied', kind: 'location', message: 'The write did not land (connection dropped).' },
  { status: 'unknown', kind: 'location', message: 'The write was sent but its answer was lost.' },
];

describe('publish tab: apply', () => {
  it('publishes against the planned live versions and explains every outcome', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 12));
    host.override('publish:plan', () => profilePlan(CHANGES.slice(2, 3)));
    host.override('publish:apply', () => ({
      outcomes: OUTCOMES,
      draft: pulled(host.drafts.get(domain.id)!, 13),
    }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    store.getState().edit((d) => ({ ...d, admin_username: 'ada@acme.com' }));
    await review(user);
    // No Danger impact: no host name to type. The note goes with the publish, for the history.
    const note = await screen.findByRole('textbox', { name: /Note/ });
    expect(screen.queryByRole('textbox', { name: /host name/ })).toBeNull();
    await user.type(note, 'Adds mobile for the HR sync');
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(host.callsOf('publish:apply')).toEqual([
      { id: domain.id, expected: [{ kind: 'profile', version: 12 }], note: 'Adds mobile for the HR sync' },
    ]);

    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByRole('status').textContent).toBe('2 of 7 webhooks published; see below.');
    const card = (name: RegExp) => within(result).getByRole('heading', { name }).closest('li') as HTMLElement;
    expect(card(/Profile webhook: published version 13/).textContent).toMatch(
      /Verified by reading it back.*landed/,
    );
    expect(card(/Location webhook: nothing to change/).textContent).toContain('version 4');
    expect(card(/saved as version 14, but not verified/).textContent).toMatch(
      /Post to URL.*https:\/\/a.*https:\/\/b/,
    );
    const conflict = card(/not published — changed on the domain meanwhile/);
    expect(
      within(conflict).getByRole('columnheader', { name: /Live v13 \(changed by Bea Admin/ }),
    ).toBeTruthy();
    expect(card(/refused by the domain/).textContent).toContain('exactly one user identifier is required');
    expect(card(/not published — the domain is unchanged/).textContent).toContain('connection dropped');
    expect(card(/result unknown/).textContent).toMatch(/Pull from the domain/);

    // The new base comes in without taking the edit history away.
    expect(store.getState().draft?.remote?.profile?.version).toBe(13);
    expect(store.getState().draft?.admin_username).toBe('ada@acme.com');
    expect(store.temporal.getState().pastStates.at(-1)?.draft?.remote?.profile?.version).toBe(13);
  });
});
