import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

describe('security tab', () => {
  it('sends the password to the host secret store only, and says it is kept in memory in the browser shell', async () => {
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

    await user.type(screen.getByLabelText('Password'), 's3cret!');
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    await screen.findByText('A password is set.');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
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
    const host = new FakeHost();
    host.addDomain('acme');
    const { store } = await renderApp(host);
    await user.click(screen.getByRole('tab', { name: 'Field catalogue' }));
    const form = screen.getByRole('form', { name: 'Add a custom field' });
    await user.type(within(form).getByLabelText('Key'), 'HRIS ID');
    await user.type(within(form).getByLabelText('Label'), 'HRIS ID');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(within(form).getByLabelText('Key').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/snake_case/, { selector: '.field-messages' })).toBeTruthy();

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
    store.getState().edit((d) => ({
      ...d,
      config: {
        ...d.config,
        profile: {
          ...d.config.profile,
          outgoing: {
            ...d.config.profile.outgoing,
            response_parameters: [{ id: 'r1', api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
          },
        },
      },
    }));
    await user.click(within(table).getByRole('button', { name: 'Remove field HRIS ID' }));
    const dialog = screen.getByRole('alertdialog', { name: /Remove field “HRIS ID”/ });
    expect(dialog.textContent).toContain('One row maps to custom_hris_id');
    await user.click(within(dialog).getByRole('button', { name: 'Remove field' }));
    expect(store.getState().draft?.catalogue.profile.some((f) => f.key === 'custom_hris_id')).toBe(false);
  });
});
