import { afterAll, beforeAll } from 'vitest';
import { createEmulator, type Emulator } from '../../../electron/services/emulator';
import { openBrowser, type Browser } from './browser';
import { removeDataDir, startWebShell, type WebShell } from './web-shell';

/** The browser shell and the Chromium that drives it. */
export interface ShellInBrowser {
  shell: WebShell;
  browser: Browser;
}

/** What an end-to-end file drives: the browser shell, Chromium, and a domain emulator. */
export interface E2eWorld extends ShellInBrowser {
  emulator: Emulator;
}

type Viewport = { width: number; height: number };

/**
 * Starts the web shell (with a data directory of its own) and Chromium (at `viewport` when given) before
 * the file's tests, and stops both and removes the data directory after; the returned object is filled
 * in by then.
 */
export function useShellInBrowser(viewport?: Viewport): ShellInBrowser {
  const world = {} as Partial<ShellInBrowser>;
  beforeAll(async () => {
    world.shell = await startWebShell();
    world.browser = await openBrowser();
    if (viewport) await world.browser.page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.shell?.stop();
    if (world.shell) removeDataDir(world.shell.dataDir);
  });
  return world as ShellInBrowser;
}

/** The shell in Chromium as useShellInBrowser starts it, plus a domain emulator started and closed with it. */
export function useE2eWorld(viewport?: Viewport): E2eWorld {
  const world: ShellInBrowser & { emulator?: Emulator } = useShellInBrowser(viewport);
  beforeAll(async () => {
    world.emulator = await createEmulator();
  });
  afterAll(async () => {
    await world.emulator?.close();
  });
  return world as E2eWorld;
}
