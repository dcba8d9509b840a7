import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

describe('editor workspace', () => {
  it('moves between tabs with the arrow keys and shows the Location webhook with its own labels', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    const profileTab = screen.getByRole('tab', { name: 'Profile webhook' });
    expect(profileTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('switch', { name: 'JIT provisioning' })).toBeTruthy();
    profileTab.focus();
    await user.keyboard('{ArrowRight}');
    const locationTab = screen.getByRole('tab', { name: 'Location webhook' });
    expect(locationTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(locationTab);
    expect(screen.getByRole('tabpanel', { name: 'Location webhook' })).toBeTruthy();
    for (const name of ['Create Location', 'Update Location', 'Delete Location']) {
      expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    }
    expect(screen.queryByRole('switch', { name: 'JIT provisioning' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add input parameter' }));
    const input = screen.getByRole('table', { name: 'Input Parameters' });
    expect(within(input).getByRole('radio', { name: 'Location Identifier, row 1' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Location webhook' }).getAttribute('aria-selected')).toBe('true');
    screen.getByRole('tab', { name: 'Location webhook' }).focus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Publish' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Test' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows the MangoApps URL read-only, or that it comes after connecting, and copies it', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('pulled', (d) => ({
      ...d,
      config: {
        ...d.config,
        profile: {
          ...d.config.profile,
          incoming: {
            ...d.config.profile.incoming,
            notify_url: 'https://acme.mangoapps.com/api/notify/abc.json',
          },
        },
      },
    }));
    host.addDomain('zeta');
    await renderApp(host);
    const url = screen.getByLabelText('MangoApps URL') as HTMLInputElement;
    expect(url.readOnly).toBe(true);
    expect(url.value).toBe('https://acme.mangoapps.com/api/notify/abc.json');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy MangoApps URL' }));
    expect(writeText).toHaveBeenCalledWith('https://acme.mangoapps.com/api/notify/abc.json');
    expect(await screen.findByText('Copied to the clipboard.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'zeta' }));
    await screen.findByRole('heading', { name: 'zeta', level: 1 });
    expect((screen.getByLabelText('MangoApps URL') as HTMLInputElement).value).toBe(
      'Available after connecting',
    );
    expect(screen.getByRole('button', { name: 'Copy MangoApps URL' }).hasAttribute('disabled')).toBe(true);
  });

  it('leaves Ctrl+Z to the browser inside dialogs, where nothing belongs to the draft', async () => {
    const user = userEvent.setup();
    const { store } = await renderWithOneDomain();
    await user.click(screen.getByRole('checkbox', { name: 'Create User' }));
    await user.click(screen.getByRole('button', { name: 'New domain' }));
    await user.type(screen.getByLabelText('Name'), 'x');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().draft?.config.profile.outgoing.triggers).toEqual(['create_user']);
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().draft?.config.profile.outgoing.triggers).toEqual([]);
  });
});
