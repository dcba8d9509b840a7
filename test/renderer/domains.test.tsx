import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setBridge } from '../../renderer/bridge';
import { createAppStore } from '../../renderer/store/create-store';
import { startApp } from '../../renderer/store/start-app';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

describe('domains sidebar', () => {
  it('creates a domain with a validated name and base URL and opens it', async () => {
    const user = userEvent.setup();
    const { host } = await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'New domain' }));
    const dialog = screen.getByRole('dialog', { name: 'New domain' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Name'));

    await user.click(within(dialog).getByRole('button', { name: 'Create domain' }));
    expect(within(dialog).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    await user.type(within(dialog).getByLabelText('Name'), 'ACME');
    await user.type(within(dialog).getByLabelText('Domain URL (optional)'), 'http://acme.mangoapps.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create domain' }));
    expect(within(dialog).getByText(/already a domain called “acme”/)).toBeTruthy();
    expect(within(dialog).getByText(/must start with https:\/\//)).toBeTruthy();

    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'acme-sandbox');
    await user.clear(within(dialog).getByLabelText('Domain URL (optional)'));
    await user.type(
      within(dialog).getByLabelText('Domain URL (optional)'),
      'https://acme-sandbox.mangoapps.com',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create domain' }));

    await screen.findByRole('heading', { name: 'acme-sandbox', level: 1 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host.callsOf('domains:create')).toEqual([
      { name: 'acme-sandbox', base_url: 'https://acme-sandbox.mangoapps.com' },
    ]);
    expect(screen.getByRole('button', { name: 'acme-sandbox' }).getAttribute('aria-current')).toBe('page');
  });

  it('renames and duplicates through dialogs', async () => {
    const user = userEvent.setup();
    const { host, store } = await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'Rename acme' }));
    const rename = screen.getByRole('dialog', { name: 'Rename “acme”' });
    await user.clear(within(rename).getByLabelText('Name'));
    await user.type(within(rename).getByLabelText('Name'), 'acme production{Enter}');
    await screen.findByRole('heading', { name: 'acme production', level: 1 });
    expect(store.getState().draft?.name).toBe('acme production');
    // A rename is not an undo step.
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Duplicate acme production' }));
    const dup = screen.getByRole('dialog', { name: 'Duplicate “acme production”' });
    expect((within(dup).getByLabelText('Name') as HTMLInputElement).value).toBe('acme production copy');
    await user.click(within(dup).getByRole('button', { name: 'Duplicate' }));
    await screen.findByRole('heading', { name: 'acme production copy', level: 1 });
    expect(host.drafts.size).toBe(2);
  });

  it('asks before deleting, naming the domain; Escape cancels', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    await renderApp(host);
    const remove = screen.getByRole('button', { name: 'Delete acme' });
    await user.click(remove);
    let dialog = screen.getByRole('alertdialog', { name: 'Delete “acme”?' });
    expect(dialog.textContent).toContain('The draft of acme');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(host.callsOf('domains:delete')).toEqual([]);

    // Keyboard: Delete on the focused entry opens the same dialog.
    screen.getByRole('button', { name: 'acme' }).focus();
    await user.keyboard('{Delete}');
    dialog = screen.getByRole('alertdialog', { name: 'Delete “acme”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete domain' }));
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(screen.queryByRole('button', { name: 'acme' })).toBeNull();
    expect(host.callsOf('domains:delete')).toEqual([{ id: 'd1' }]);
  });

  it('keeps the delete dialog open with the reason when deleting fails, and deletes on the next try', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    await renderApp(host);
    host.failNext('domains:delete', 1, {
      code: 'storage',
      message: 'acme.json is locked by another program',
    });
    await user.click(screen.getByRole('button', { name: 'Delete acme' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “acme”?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete domain' });
    await user.click(confirm);
    // Still open, saying why, with its button back for another try; the domain is still listed.
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'acme.json is locked by another program',
    );
    expect(confirm.hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'acme' })).toBeTruthy();
    await user.click(confirm);
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(host.callsOf('domains:delete')).toEqual([{ id: 'd1' }, { id: 'd1' }]);
  });

  it('reopens the domain that was open last after a reload', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    const first = await renderApp(host);
    await user.click(screen.getByRole('button', { name: 'beta' }));
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    first.unmount();

    await renderApp(host);
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(screen.getByRole('button', { name: 'beta' }).getAttribute('aria-current')).toBe('page');
  });

  it('asks the host once for the list, the settings, app info and the draft open last', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    host.settings.last_domain_id = 'd2';
    host.settings.theme = 'dark';
    await renderApp(host);
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(host.callsOf('app:start')).toEqual([{}]);
    for (const alone of ['app:info', 'domains:list', 'settings:get', 'drafts:last', 'drafts:get'] as const)
      expect(host.callsOf(alone), alone).toEqual([]);
    expect(screen.getByRole('button', { name: 'acme' })).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('asks for each part on its own when the one start answer fails, and still reopens the last draft', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    host.addDomain('beta');
    host.settings.last_domain_id = 'd2';
    host.failNext('app:start', 1);
    // A part that fails alone is reported alone: the list and the draft still show.
    host.failNext('settings:get', 1, { code: 'storage', message: 'settings.json is unreadable' });
    await renderApp(host);
    await screen.findByRole('heading', { name: 'beta', level: 1 });
    expect(screen.getByRole('button', { name: 'acme' })).toBeTruthy();
    expect(host.callsOf('drafts:last')).toEqual([{}]);
    expect(host.callsOf('domains:list')).toEqual([{}]);
    expect(host.callsOf('app:info')).toEqual([{}]);
    expect(
      await screen.findByText(/Could not read the app settings: settings.json is unreadable/),
    ).toBeTruthy();
  });

  it('on a reload, shows the list and the draft open last in one change, never the list alone', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    const beta = host.addDomain('beta');
    host.settings.last_domain_id = beta.id;
    // The draft answers after the list, as a big draft does.
    let answerDraft = () => undefined as void;
    const draftAsked = new Promise<void>((resolve) => (answerDraft = resolve));
    host.override('drafts:last', async () => {
      await draftAsked;
      return structuredClone(beta);
    });
    setBridge(host);
    const store = createAppStore();
    const seen: { domains: number; draft: string | null; loading: boolean }[] = [];
    store.subscribe((s) =>
      seen.push({ domains: s.domains.length, draft: s.draft?.id ?? null, loading: s.draftLoading }),
    );
    startApp(store);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answerDraft();
    });
    await vi.waitFor(() => expect(store.getState().draft?.id).toBe(beta.id));
    expect(seen.filter((s) => s.domains > 0 && s.draft === null)).toEqual([]);
    expect(seen.some((s) => s.loading)).toBe(false);
    expect(host.callsOf('drafts:get')).toEqual([]);
    store.autosave.dispose();
  });

  it('has the host asked for what a start shows first before the first render, in one request', () => {
    const host = new FakeHost();
    setBridge(host);
    const store = createAppStore();
    startApp(store);
    // One request: each costs the page's main thread before it leaves, and the first paint waits for all.
    expect(host.calls.map((c) => c.channel)).toEqual(['app:start']);
    store.autosave.dispose();
  });

  it('keeps Tab inside an open dialog', async () => {
    const user = userEvent.setup();
    await renderWithOneDomain();
    await user.click(screen.getByRole('button', { name: 'New domain' }));
    const dialog = screen.getByRole('dialog', { name: 'New domain' });
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('shows a store problem from app info and from a pushed event as dismissible banners', async () => {
    const user = userEvent.setup();
    const { host } = await renderWithOneDomain();
    act(() =>
      host.emit('store:problem', {
        file: 'drafts/d9.json',
        moved_to: 'drafts/d9.json.corrupt-1',
        reason: 'invalid JSON',
      }),
    );
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('drafts/d9.json');
    expect(banner.textContent).toContain('drafts/d9.json.corrupt-1');
    await user.click(within(banner).getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
