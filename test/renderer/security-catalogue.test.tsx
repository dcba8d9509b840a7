import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withProfileOutgoing } from './support/draft-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

describe('security tab', () => {
  it('saves the typed password to the host secret store when the field is left, with no Save button, never into the draft', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.storage = 'memory';
    const domain = host.addDomain('acme');
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    await user.click(screen.getByRole('switch', { name: 'Use OAuth authentication' }));
    await user.type(screen.getByLabelText('Token URL'), 'https://hr.example.com/token');
    await user.type(screen.getByLabelText('Username'), 'sync');
    expect(await screen.findByText(/kept in memory only and forgotten when the host stops/)).toBeTruthy();
    expect(screen.getByText('No password set.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();

    await user.type(screen.getByLabelText('Password'), 's3cret!');
    expect(screen.getByText(/Typed: saved when you pause or leave the field/)).toBeTruthy();
    await user.tab();
    await screen.findByText('A password is set.');
    expect(host.callsOf('secrets:set')).toEqual([
      { domain_id: domain.id, name: 'oauth_password', value: 's3cret!' },
    ]);
    expect(JSON.stringify(store.getState())).not.toContain('s3cret!');
    await store.getState().flushSaves();
    expect(JSON.stringify(host.callsOf('drafts:save'))).not.toContain('s3cret!');
    expect(store.getState().draft?.config.security.oauth).toEqual({
      token_url: 'https://hr.example.com/token',
      username: 'sync',
    });

    await user.click(screen.getByRole('button', { name: 'Clear password' }));
    await screen.findByText('No password set.');
  });

  it('hands a typed password to the host before any host step, even while the field still has focus', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const domain = host.addDomain('acme', (d) => ({
      ...d,
      config: { ...d.config, security: { oauth: { token_url: 'https://hr.example.com/t', username: 'u' } } },
    }));
    // A pause far longer than the test: only the flush a host step does can save it.
    const { store } = await renderApp(host, { secretSaveDelayMs: 60_000 });
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    await user.type(screen.getByLabelText('Password'), 'typed-only');
    expect(host.callsOf('secrets:set')).toEqual([]);
    await store.getState().flushSaves();
    expect(host.callsOf('secrets:set')).toEqual([
      { domain_id: domain.id, name: 'oauth_password', value: 'typed-only' },
    ]);
  });

  it("shows the OAuth section's validation after the first edit or blur, not when it is switched on", async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    await user.click(screen.getByRole('switch', { name: 'Use OAuth authentication' }));
    const token = screen.getByLabelText('Token URL');
    expect(token.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Token URL is empty/)).toBeNull();
    expect(screen.queryByText(/OAuth username is empty/)).toBeNull();

    await user.click(token);
    await user.tab(); // leaves the Token URL for the Username
    expect(await screen.findByText(/Token URL is empty/)).toBeTruthy();
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/OAuth username is empty/)).toBeNull();

    await user.type(screen.getByLabelText('Username'), 'x');
    await user.clear(screen.getByLabelText('Username'));
    expect(await screen.findByText(/OAuth username is empty/)).toBeTruthy();
  });

  it('says the OS keychain holds the password in Electron', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme', (d) => ({
      ...d,
      config: { ...d.config, security: { oauth: { token_url: '', username: '' } } },
    }));
    await renderApp(host);
    await user.click(screen.getByRole('tab', { name: 'Security' }));
    expect(await screen.findByText('Stored in the OS keychain.')).toBeTruthy();
  });
});

describe('field catalogue tab', () => {
  it('adds a custom field with validation and removes it with a warning when mapped', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();
    await user.click(screen.getByRole('tab', { name: 'Field catalogue' }));
    const form = screen.getByRole('form', { name: 'Add a custom field' });
    await user.type(within(form).getByLabelText('Key'), 'HRIS ID');
    await user.type(within(form).getByLabelText('Label'), 'HRIS ID');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(within(form).getByLabelText('Key').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/snake_case/, { selector: '.field-messages .message' })).toBeTruthy();

    await user.clear(within(form).getByLabelText('Key'));
    await user.type(within(form).getByLabelText('Key'), 'employee_id');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(within(form).getByText(/already exists/)).toBeTruthy();

    await user.clear(within(form).getByLabelText('Key'));
    await user.type(within(form).getByLabelText('Key'), 'custom_hris_id');
    await user.click(within(form).getByLabelText(/Unique/));
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    const added = store.getState().draft?.catalogue.profile.find((f) => f.key === 'custom_hris_id');
    expect(added).toMatchObject({ label: 'HRIS ID', custom: true, unique: true, type: 'string' });
    const table = screen.getByRole('table', { name: /Profile fields/ });
    expect(within(table).getByText('custom_hris_id')).toBeTruthy();

    // Map it, then remove it: the dialog says how many rows use it.
    store.getState().edit((d) =>
      withProfileOutgoing(d, {
        response_parameters: [{ id: 'r1', api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
      }),
    );
    await user.click(within(table).getByRole('button', { name: 'Remove field HRIS ID' }));
    const dialog = screen.getByRole('alertdialog', { name: /Remove field “HRIS ID”/ });
    expect(dialog.textContent).toContain('One row maps to custom_hris_id');
    await user.click(within(dialog).getByRole('button', { name: 'Remove field' }));
    expect(store.getState().draft?.catalogue.profile.some((f) => f.key === 'custom_hris_id')).toBe(false);
  });
});
