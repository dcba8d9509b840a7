import { afterEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../renderer/bridge';
import { createAppStore } from '../../renderer/store/create-store';
import { startApp } from '../../renderer/store/start-app';
import { whenStarted } from '../../renderer/store/when-started';
import { FakeHost } from './support/fake-host';

afterEach(() => setBridge(null));

describe('whenStarted, which the first render waits for', () => {
  it('resolves once the draft that opens is in the store, also the first domain’s when none was open last', async () => {
    const host = new FakeHost();
    const acme = host.addDomain('acme');
    setBridge(host);
    const store = createAppStore();
    startApp(store);
    expect(store.getState().draft).toBeNull();
    await whenStarted(store, 10_000);
    expect(store.getState().draft?.id).toBe(acme.id);
    expect(store.getState().domains.map((d) => d.name)).toEqual(['acme']);
    store.autosave.dispose();
  });

  it('gives up after its limit when the host does not answer, so the shell is shown', async () => {
    const host = new FakeHost();
    host.addDomain('acme');
    host.override('domains:list', () => new Promise(() => {}));
    setBridge(host);
    const store = createAppStore();
    startApp(store);
    await whenStarted(store, 50);
    expect(store.getState().domainsLoaded).toBe(false);
    store.autosave.dispose();
  });
});
