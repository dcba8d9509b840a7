import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { liveContent, profilePlan, pulled } from './support/publish-fixtures';
import { openTab, renderApp } from './support/render-app';

const CONTENTS = {
  5: liveContent(),
  4: liveContent([['legacyId', 'employee_id']]),
  3: liveContent([
    ['legacyId', 'employee_id'],
    ['mail', 'email'],
  ]),
} as const;

function domainWithVersions() {
  const host = new FakeHost();
  const domain = host.addDomain('acme', (d) => pulled(d, 5));
  host.override('history:versions', ({ kind }) =>
    kind === 'location'
      ? []
      : [
          {
            version: 5,
            updated_at: '2026-11-22T10:00:00.000Z',
            updated_by: 'Ada Admin',
            note: 'Drop legacyId',
          },
          { version: 4, updated_at: '2026-11-20T10:00:00.000Z', updated_by: 'Bea Admin' },
          { version: 3, updated_at: '2026-11-18T10:00:00.000Z', updated_by: 'Bea Admin' },
        ],
  );
  host.override('history:version', ({ version }) => ({
    version,
    content: CONTENTS[version as keyof typeof CONTENTS],
  }));
  return { host, domain };
}

describe('publish tab: the domain’s version history', () => {
  it('lists every live version with its note, and offers no rollback to the current base', async () => {
    const user = userEvent.setup();
    const { host } = domainWithVersions();
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'History' }));

    const table = await screen.findByRole('table', { name: 'Profile webhook: live versions, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells.map((c) => [c[0], c[2], c[3]])).toEqual([
      ['5 current base', 'Ada Admin', 'Drop legacyId'],
      ['4', 'Bea Admin', ''],
      ['3', 'Bea Admin', ''],
    ]);
    expect(within(rows[0]!).queryByRole('button', { name: /Roll back/ })).toBeNull();
    expect(
      within(rows[1]!).getByRole('button', { name: 'Roll back to this version: Profile webhook version 4' }),
    ).toBeTruthy();
    expect(screen.getByText('The domain has no saved version of the Location webhook yet.')).toBeTruthy();
  });

  it("shows a version's configuration, its diff against the current base and against the version before", async () => {
    const user = userEvent.setup();
    const { host, domain } = domainWithVersions();
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'History' }));
    await user.click(await screen.findByRole('button', { name: 'View Profile webhook version 4' }));

    const details = screen.getByRole('region', { name: 'Profile webhook version 4' });
    const fromBase = await within(details).findByRole('region', {
      name: 'Rolling back from the current base (version 5) to version 4 would change',
    });
    expect(within(fromBase).getByText('Request parameter "legacyId"')).toBeTruthy();
    expect(within(fromBase).getByText('Request parameter "employeeNumber"')).toBeTruthy();
    const fromPrevious = await within(details).findByRole('region', {
      name: 'Version 4 changed, against version 3',
    });
    expect(within(fromPrevious).getByText('Request parameter "mail"')).toBeTruthy();
    expect(within(fromPrevious).queryByText('Request parameter "legacyId"')).toBeNull();
    const json = within(details).getByRole('generic', { name: 'Configuration (read-only)' });
    expect(JSON.parse(json.textContent ?? '')).toEqual(CONTENTS[4]);
    expect(host.callsOf('history:version')).toEqual(
      expect.arrayContaining([
        { id: domain.id, kind: 'profile', version: 4 },
        { id: domain.id, kind: 'profile', version: 3 },
      ]),
    );
    // The draft is untouched by looking.
    expect(host.callsOf('history:restore-version')).toEqual([]);
  });

  it('rolls back to an earlier domain version through a plan', async () => {
    const user = userEvent.setup();
    const { host, domain } = domainWithVersions();
    const restored = pulled(host.drafts.get(domain.id)!, 5, CONTENTS[4].outgoing.request_parameters);
    host.override('history:restore-version', () => ({ draft: restored }));
    host.override('publish:plan', () => profilePlan([], [], null, 5));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByRole('button', { name: 'History' }));
    await user.click(
      await screen.findByRole('button', { name: 'Roll back to this version: Profile webhook version 4' }),
    );
    expect(host.callsOf('history:restore-version')).toEqual([{ id: domain.id, kind: 'profile', version: 4 }]);
    expect(
      await screen.findByText(/Rolling back the Profile webhook to version 4 \(saved .* by Bea Admin\)/),
    ).toBeTruthy();
    expect(store.getState().draft?.config.profile.outgoing.request_parameters[0]?.api_field).toBe('legacyId');
  });
});
