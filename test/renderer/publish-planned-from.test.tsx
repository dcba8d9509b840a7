import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { when } from '../../renderer/features/publish/format';
import { FakeHost } from './support/fake-host';
import { profilePlan, pulled } from './support/publish-fixtures';
import { openTab, renderApp } from './support/render-app';

const SAVED_AT = '2026-12-04T05:01:02.000Z';
const CHANGE = {
  unit: 'trigger:create_user',
  label: 'Trigger "Create User"',
  op: 'add' as const,
  after: 'on',
};

describe('publish tab: what Publish publishes', () => {
  it('names the saved draft next to Publish, says unsaved edits are not in it, and publishes that save only', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 12));
    host.override('publish:plan', () => ({ ...profilePlan([CHANGE]), planned_from: { saved_at: SAVED_AT } }));
    host.override('publish:apply', () => ({ outcomes: [], draft: pulled(host.drafts.get(domain.id)!, 13) }));
    const { store } = await renderApp(host, { saveDelayMs: 60_000 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'Plan and publish' }));
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    const source = await screen.findByTestId('publish-source');
    expect(source.textContent).toBe(`Publishes the draft as saved at ${when(SAVED_AT)}.`);

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(host.callsOf('publish:apply')).toEqual([
      { id: domain.id, expected: [{ kind: 'profile', version: 12 }], planned_from: SAVED_AT },
    ]);

    await user.click(screen.getByRole('button', { name: 'Plan' }));
    await screen.findByTestId('publish-source');
    // An edit not yet saved: the plan and Publish stay on the saved draft, and say so.
    store.getState().edit((d) => ({ ...d, admin_username: 'bea@acme.com' }));
    expect((await screen.findByTestId('publish-source')).textContent).toMatch(
      /your unsaved changes on screen are not included\.$/,
    );
  });
});
