import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hrDescription } from './support/api-description-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

function hostWithDescription() {
  const host = new FakeHost();
  host.addDomain('acme', (d) => {
    d.config.profile.outgoing.post_url = 'https://hr.example.com/api/v2/employees';
    d.config.profile.outgoing.request_parameters = [
      { id: 'r1', api_field: 'workemail', mangoapps_field: 'email' },
    ];
    return d;
  });
  host.apiDescription = { description: hrDescription(), binding: {} };
  return host;
}

describe('API description in the editor', () => {
  it('binds the Post to URL, suggests API fields and shows the checks as warnings at the row', async () => {
    await renderApp(hostWithDescription());
    const select = await screen.findAllByRole('combobox', { name: 'Operation the Post to URL hits' });
    expect(select[0]).toHaveProperty('value', '');
    expect(
      within(select[0] as HTMLElement).getByRole('option', { name: 'Automatic: POST /employees' }),
    ).toBeTruthy();
    const input = within(screen.getByRole('table', { name: 'Request Parameters' })).getByLabelText(
      'API field, row 1',
    );
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toContain('workEmail');
    await waitFor(() =>
      expect(document.body.textContent).toMatch(
        /API description: "workemail" is not a property of POST \/employees.*did you mean "workEmail"\?/,
      ),
    );
  });

  it('"Map all required fields" adds rows with the closest MangoApps field', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp(hostWithDescription());
    const [button] = await screen.findAllByRole('button', { name: 'Map all required fields' });
    await user.click(button as HTMLElement);
    const rows = store
      .getState()
      .draft?.config.profile.outgoing.request_parameters.map((r) => [r.api_field, r.mangoapps_field]);
    expect(rows).toEqual([
      ['workemail', 'email'],
      ['workEmail', ''],
      ['givenName', 'first_name'],
      ['familyName', 'last_name'],
    ]);
  });
});
