import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { App } from '../../../renderer/App';
import { setBridge } from '../../../renderer/bridge';
import { preloadLazyComponents } from '../../../renderer/components/lazy-component';
import { wasChecked } from '../../../renderer/features/problems/problem-index';
import { createAppStore, type AppStore } from '../../../renderer/store/create-store';
import { startApp } from '../../../renderer/store/start-app';
import { StoreProvider } from '../../../renderer/store/store-context';
import { FakeHost } from './fake-host';

const stores: AppStore[] = [];

afterEach(() => {
  cleanup();
  setBridge(null);
  for (const store of stores.splice(0)) store.autosave.dispose();
  localStorage.clear();
});

/**
 * Renders the whole app against a fake host and waits until the first domain's draft is on screen. A new
 * domain's start screen is left with "Start empty" at once, unless `startScreen` asks to see it.
 */
export async function renderApp(
  host: FakeHost,
  options: { saveDelayMs?: number; secretSaveDelayMs?: number; startScreen?: boolean } = {},
) {
  setBridge(host);
  // The panels outside the first bundle (settings, start screen, tabs, dialogs) load as in a warm app, so
  // a test can use them as soon as they are opened; the Test and Publish tabs still load on first use.
  await preloadLazyComponents();
  const store: AppStore = createAppStore(options);
  stores.push(store);
  if (!options.startScreen) {
    const skip = (id: string | undefined) => id && store.getState().dismissStart(id);
    store.subscribe((s, before) => s.draft?.id !== before.draft?.id && skip(s.draft?.id));
  }
  startApp(store); // as main.tsx does, before the first render
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  if (host.drafts.size > 0 && !options.startScreen) {
    await screen.findByRole('tablist', { name: 'Configuration sections' });
    // The draft's problems are found right after its first paint: wait for them, as an admin sees them.
    await waitFor(() => {
      const draft = store.getState().draft;
      expect(draft && wasChecked(draft)).toBe(true);
    });
    await act(async () => {});
  }
  return { store, ...view };
}

/** A fake host holding one new domain, "acme", with the whole app rendered on it as renderApp does. */
export async function renderWithOneDomain() {
  const host = new FakeHost();
  host.addDomain('acme');
  return { host, ...(await renderApp(host)) };
}

/** Opens an editor tab and waits until its panel has loaded (the Test and Publish tabs load on first use). */
export async function openTab(user: { click(element: Element): Promise<void> }, name: string) {
  await user.click(screen.getByRole('tab', { name }));
  await waitFor(() => expect(document.querySelector('.tab-loading')).toBeNull(), { timeout: 10_000 });
}
