import { afterAll, beforeAll } from 'vitest';
import { createEmulator, type Emulator } from '../../../electron/services/emulator';
import { openBrowser, type Browser } from './browser';
import { removeDataDir, startWebShell, type WebShell } from './web-shell';

/** What an end-to-end file drives: the browser shell, Chromium, and a domain emulator. */
export interface E2eWorld {
  shell: WebShell;
  browser: Browser;
  emulator: Emulator;
}

/**
 * Starts the emulator, the web shell and Chromium (at `viewport` when given) before the file's tests and
 * stops them after; the returned object is filled in by then.
 */
export function useE2eWorld(viewport?: { width: number; height: number }): E2eWorld {
  const world = {} as Partial<E2eWorld>;
  beforeAll(async () => {
    world.emulator = await createEmulator();
    world.shell = await startWebShell();
    world.browser = await openBrowser();
    if (viewport) await world.browser.page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.shell?.stop();
    await world.emulator?.close();
    if (world.shell) removeDataDir(world.shell.dataDir);
  });
  return world as E2eWorld;
}
