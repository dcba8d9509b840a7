import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeHost } from './support/fake-host';
import { CONFLICT, historyEntry, liveContent, profilePlan, pulled } from './support/publish-fixtures';
import { renderApp, openTab } from './support/render-app';

const ADD_MOBILE = [
  {
    unit: 'request_parameters:mobile',
    label: 'Request parameter "mobile"',
    op: 'add' as const,
    after: 'mobile',
  },
];

describe('publish tab: conflicts', () => {
  it('shows base, live and draft, defaults each row to the side that changed it, resolves with the choices and plans again', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 12));
    let plans = 0;
    host.override('publish:plan', () =>
      ++plans === 1 ? profilePlan(ADD_MOBILE, [], CONFLICT, 13) : profilePlan(ADD_MOBILE, [], null, 13),
    );
    const merged = pulled(host.drafts.get(domain.id)!, 13, [
      { api_field: 'cost', mangoapps_field: 'department' },
      { api_field: 'mobile', mangoapps_field: 'mobile' },
    ]);
    host.override('publish:resolve', () => ({ draft: merged }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'Plan and publish' }));
    await user.click(screen.getByRole('button', { name: 'Plan' }));

    const view = await screen.findByRole('region', {
      name: 'Profile webhook was changed on the domain by Bea Admin',
    });
    const heads = within(view)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads.slice(0, 4)).toEqual([
      'Setting',
      'Base v12',
      expect.stringMatching(/^Live v13 \(changed by Bea Admin at /),
      'Your draft',
    ]);
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(true);
    // A refused plan lists nothing as a change to apply: only base, live and draft, row by row.
    const planned = screen.getByRole('region', { name: /^Profile webhook — live version 13/ });
    expect(planned.textContent).toMatch(/changed on the domain since your base/);
    expect(planned.textContent).not.toMatch(/\d+ changes?\b|Added:/);
    const row = (label: string) => within(view).getByRole('group', { name: label });
    const checked = (label: string) =>
      within(row(label))
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked)
        .map((r) => r.parentElement?.textContent);
    expect(checked('Post to URL')).toEqual(['Take theirs']);
    expect(checked('Request parameter "mobile"')).toEqual(['Keep mine']);
    expect(checked('Request parameter "cost"')).toEqual(['Keep mine']);
    expect(within(view).getByRole('row', { name: /Request parameter "cost"/ }).textContent).toMatch(
      /changed on both sides.*title.*department.*office_location/,
    );

    await user.click(within(row('Request parameter "cost"')).getByRole('radio', { name: 'Take theirs' }));
    await user.click(within(view).getByRole('button', { name: 'Apply my choices and review again' }));
    expect(host.callsOf('publish:resolve')).toEqual([
      {
        id: domain.id,
        kind: 'profile',
        choices: {
          post_url: 'theirs',
          'request_parameters:mobile': 'mine',
          'request_parameters:cost': 'theirs',
        },
      },
    ]);
    await screen.findByText(/Merged with the live Profile webhook/);
    expect(plans).toBe(2);
    expect(screen.queryByRole('region', { name: /changed on the domain by/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(false);
    // The merge is an ordinary, undoable edit on the new base.
    expect(
      store.getState().draft?.config.profile.outgoing.request_parameters.map((r) => r.api_field),
    ).toEqual(['cost', 'mobile']);
    expect(store.getState().draft?.remote?.profile?.version).toBe(13);
    store.getState().undo();
    expect(
      store.getState().draft?.config.profile.outgoing.request_parameters.map((r) => r.api_field),
    ).toEqual(['employeeNumber']);
    expect(store.getState().draft?.remote?.profile?.version).toBe(13);

    // Once published, the merge is live: its "review before publishing" banner goes with it.
    store.getState().redo();
    host.override('publish:apply', () => ({
      outcomes: [{ status: 'published' as const, kind: 'profile' as const, version: 14 }],
      draft: pulled(merged, 14),
    }));
    await user.click(screen.getByRole('button', { name: 'Plan' }));
    expect(screen.getByText(/Merged with the live Profile webhook/)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await screen.findByRole('region', { name: 'Result' });
    expect(screen.queryByText(/Merged with the live Profile webhook/)).toBeNull();
  });
});

describe('publish tab: history', () => {
  it('falls back to the publishes made here when the domain cannot be read, and rolls back through a plan', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => pulled(d, 5));
    const old = liveContent([['legacyId', 'employee_id']]);
    host.override('history:list', () => [
      historyEntry('h3', 3, '2026-11-20T10:00:00.000Z', old),
      historyEntry('h5', 5, '2026-11-22T10:00:00.000Z'),
    ]);
    const restored = pulled(host.drafts.get(domain.id)!, 5, old.outgoing.request_parameters);
    host.override('history:restore', () => ({ draft: restored }));
    host.override('publish:plan', () =>
      profilePlan(
        [
          {
            unit: 'request_parameters:legacyId',
            label: 'Request parameter "legacyId"',
            op: 'add',
            after: 'employee_id',
          },
        ],
        [],
        null,
        5,
      ),
    );
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'History' }));

    const table = await screen.findByRole('table', { name: 'Publishes, newest first' });
    const versions = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(versions).toEqual(['5 current base', '3']);
    expect(screen.getByText(/The domain’s versions could not be read/)).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: /Roll back to this version: Profile webhook version 5/ }),
    ).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Roll back to this version: Profile webhook version 3' }),
    );

    expect(host.callsOf('history:restore')).toEqual([{ id: domain.id, entry_id: 'h3' }]);
    expect(await screen.findByText(/Rolling back the Profile webhook to version 3/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Plan and publish' }).getAttribute('aria-current')).toBe(
      'true',
    );
    const plan = screen.getByRole('region', { name: /^Profile webhook — live version 5/ });
    expect(within(plan).getByText('Request parameter "legacyId"')).toBeTruthy();
    expect(store.getState().draft?.config.profile.outgoing.request_parameters[0]?.api_field).toBe('legacyId');
    const order = host.calls.map((c) => c.channel);
    expect(order.indexOf('history:restore')).toBeLessThan(order.lastIndexOf('publish:plan'));
  });
});

describe('publish tab: manual checklist', () => {
  it('lists both webhooks with a Copy button per value and prints on request', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => pulled(d, 5));
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'Manual entry checklist' }));

    expect(screen.getByRole('heading', { name: 'Profile webhook', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Location webhook', level: 3 })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /^Copy Post to URL/ })[0]!);
    expect(writeText).toHaveBeenCalledWith('https://hr.example.com/hooks');
    expect(await screen.findByText('Copied “Post to URL”.')).toBeTruthy();
    // Tick boxes and switches are set, not typed: their rows have no Copy button.
    expect(screen.queryAllByRole('button', { name: /^Copy Create User/ })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: /^Copy JIT provisioning/ })).toEqual([]);
    expect(screen.getAllByRole('rowheader', { name: 'Create User' }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
