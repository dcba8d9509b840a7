import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithOneDomain } from './support/render-app';

describe('keyboard', () => {
  it('"?" lists every shortcut, not while typing; Esc closes the list, then the Problems panel', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();

    await user.click(screen.getByRole('button', { name: 'Add request parameter' }));
    const field = screen.getByLabelText('API field, row 1');
    await user.type(field, 'a?');
    expect((field as HTMLInputElement).value).toBe('a?');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(document.body);
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const keys of ['Alt+↑ / Alt+↓', 'F2 (on a domain)', 'Esc'])
      expect(within(sheet).getByText(keys)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    expect(screen.getByRole('heading', { name: /^Problems/ })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: /^Problems/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Problems/ }));

    // The shortcuts are announced on their controls too.
    expect(screen.getByRole('button', { name: 'Move row 1 up' }).getAttribute('aria-keyshortcuts')).toBe(
      'Alt+ArrowUp',
    );
    expect(screen.getByRole('button', { name: 'acme' }).getAttribute('aria-keyshortcuts')).toContain('F2');
  });

  it('folds the domain list away and back, keeping keyboard focus on the toggle', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'Hide the domain list' }));
    expect(screen.queryByRole('button', { name: 'New domain' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show the domain list' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'New domain' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hide the domain list' }));
  });
});
