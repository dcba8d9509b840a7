import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

afterEach(() => {
  delete document.documentElement.dataset['theme'];
  delete document.documentElement.dataset['density'];
});

describe('app settings', () => {
  it('switches the theme and density, keeps them in the host settings store, and reapplies them on reload', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    const first = await renderApp(host);
    const root = document.documentElement;
    expect(root.dataset['theme']).toBeUndefined();

    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(root.dataset['theme']).toBe('dark');
    await user.selectOptions(screen.getByLabelText('Density'), 'compact');
    await waitFor(() => expect(host.settings).toMatchObject({ theme: 'dark', density: 'compact' }));
    expect(root.dataset['density']).toBe('compact');
    expect(localStorage.length).toBe(0);
    first.unmount();
    delete root.dataset['theme'];

    await renderApp(host);
    await waitFor(() => expect(root.dataset['theme']).toBe('dark'));
    expect((screen.getByLabelText('Theme') as HTMLSelectElement).value).toBe('dark');
    await user.selectOptions(screen.getByLabelText('Theme'), 'system');
    expect(root.dataset['theme']).toBeUndefined();
    await waitFor(() => expect(host.settings.theme).toBe('system'));
  });

  it('goes back to the stored theme, and says so, when the host refuses to save it', async () => {
    const user = userEvent.setup();
    const { host } = await renderWithOneDomain();
    host.failNext('settings:set', 1, { code: 'storage', message: 'Disk full' });
    await user.selectOptions(screen.getByLabelText('Theme'), 'light');
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBeUndefined());
    expect(await screen.findByText(/The setting was not saved: Disk full/)).toBeTruthy();
  });
});
