import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NetworkSettingsView } from '../../shared/bridge/contract-network';
import { FakeHost } from './support/fake-host';
import { openTab, renderApp } from './support/render-app';

const STORED: NetworkSettingsView = {
  mode: 'auto',
  url: '',
  bypass: '',
  username: '',
  proxy_loopback: false,
  ca_file: null,
  password_set: false,
  system_proxy: true,
  system_ca: true,
};

describe('publish tab: network settings', () => {
  it('saves a manual proxy with its password as a secret, and keeps the form when the host refuses a field', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    let stored = { ...STORED };
    host.override('network:get', () => stored);
    host.override('network:set', ({ password, ...input }) => {
      stored = {
        ...stored,
        ...input,
        password_set: password === undefined ? stored.password_set : password !== null,
      };
      return stored;
    });
    await renderApp(host, { saveDelayMs: 0 });
    await openTab(user, 'Publish');
    await user.click(screen.getByText('Network: proxy and certificates'));
    expect(
      await screen.findByText(/then the operating system’s proxy settings \(PAC included\)/),
    ).toBeTruthy();

    await user.click(screen.getByLabelText('Manual proxy'));
    await user.type(screen.getByLabelText('Proxy URL'), 'http://proxy.corp:3128');
    await user.type(screen.getByLabelText('Proxy username'), 'ada');
    await user.type(screen.getByLabelText('Proxy password'), 'p@ss');
    await user.click(screen.getByRole('button', { name: 'Save network settings' }));
    expect(await screen.findByText(/Saved: the next call uses these settings/)).toBeTruthy();
    expect(host.callsOf('network:set')).toEqual([
      {
        mode: 'manual',
        url: 'http://proxy.corp:3128',
        bypass: '',
        username: 'ada',
        proxy_loopback: false,
        ca_file: null,
        password: 'p@ss',
      },
    ]);
    expect((screen.getByLabelText('Proxy password') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/A password is saved with the other secrets/)).toBeTruthy();

    host.failNext('network:set', 1, {
      code: 'invalid_input',
      message: 'ca_file: CA file /tmp/none.pem does not exist.',
      details: [{ path: 'ca_file', message: 'CA file /tmp/none.pem does not exist.' }],
    });
    await user.type(screen.getByLabelText('Extra CA certificates (PEM file)'), '/tmp/none.pem');
    await user.click(screen.getByRole('button', { name: 'Save network settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Extra CA certificates: CA file /tmp/none.pem does not exist.');
    const caField = screen.getByLabelText('Extra CA certificates (PEM file)') as HTMLInputElement;
    expect(caField.value).toBe('/tmp/none.pem');
    expect(caField.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Forget proxy password' }));
    expect(host.callsOf('network:set').at(-1)).toMatchObject({ password: null });
    await waitFor(() => expect(within(document.body).queryByText(/A password is saved/)).toBeNull());
  }, 30_000);
});
