import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { setBridge } from '../../renderer/bridge';
import { createAppStore } from '../../renderer/store/create-store';
import { startApp } from '../../renderer/store/start-app';
import { StoreProvider } from '../../renderer/store/store-context';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { FakeHost } from './support/fake-host';

afterEach(() => {
  cleanup();
  setBridge(null);
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Starts the app as main.tsx does, holding back every frame callback until `paint` is called. */
function startHoldingFrames(host: FakeHost) {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const subscribe = vi.spyOn(host, 'subscribe');
  setBridge(host);
  const store = createAppStore();
  startApp(store);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  const paint = () =>
    act(async () => {
      for (const callback of frames.splice(0)) callback(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  const events = () => subscribe.mock.calls.map(([event]) => event).sort();
  return { store, paint, events };
}

describe('what the start leaves until its answers have been painted', () => {
  it('takes the files opened with the app and listens for host events only after that paint', async () => {
    const host = new FakeHost();
    const source = host.addDomain('acme');
    host.openedFiles.push({ name: 'next.webhook.json', text: exportDraft(source).text });
    const { store, paint, events } = startHoldingFrames(host);
    await screen.findByRole('heading', { name: 'acme', level: 1 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));

    expect(host.callsOf('files:take-opened')).toEqual([]);
    expect(events()).toEqual([]);

    await paint();
    await waitFor(() => expect(host.callsOf('files:take-opened')).toHaveLength(1));
    expect(events()).toEqual(['files:opened', 'store:problem']);
    // Nothing is lost by waiting: the file opened before the paint is offered for import.
    expect(await screen.findByRole('dialog', { name: /Import “next\.webhook\.json”/ })).toBeTruthy();
    store.autosave.dispose();
  });

  it('waits for the answers, not for any frame: the shell painted while they travel is not enough', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    const listed = await host.invoke('domains:list', {});
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    host.override('domains:list', async () => {
      await answered;
      return listed.ok ? listed.value : [];
    });
    const { store, paint, events } = startHoldingFrames(host);

    await paint(); // the shell, before the host has answered
    await paint();
    expect(host.callsOf('files:take-opened')).toEqual([]);
    expect(events()).toEqual([]);

    await act(async () => answer());
    await screen.findByRole('heading', { name: 'acme', level: 1 });
    expect(host.callsOf('files:take-opened')).toEqual([]);
    await paint(); // the draft
    await waitFor(() => expect(host.callsOf('files:take-opened')).toHaveLength(1));
    expect(events()).toEqual(['files:opened', 'store:problem']);
    store.autosave.dispose();
  });
});
