import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, safeStorage, screen, session, shell } from 'electron';
import { EVENT_NAMES } from '../../shared/bridge/channels';
import { createAppServices } from '../services/app-services';
import type { WindowPlace } from '../services/app-services';
import { draftPathsIn } from '../services/files/opened-files';
import { electronSettingsFactory } from './electron-settings';
import { createEventForwarder, registerIpc } from './ipc';
import { createOpenedFileRouter } from './opened-file-router';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { denyAllPermissions, hardenApp } from './security';
import { createMainWindow, registerAppScheme, serveAppProtocol } from './window';

// Composition root: wires the shell together; behaviour lives in the modules it imports.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');
const title = 'Webhook Studio';

// Electron checklist #4 (Enable process sandboxing): for every renderer, not only ours.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
const openedFiles = createOpenedFileRouter();

function openWindow(bounds: WindowPlace): void {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const window = createMainWindow({ preloadPath, title, bounds: bounds.get(), workAreas });
  mainWindow = window;
  // The size and place outside maximised/full-screen states, so the next launch opens where it was.
  window.on('close', () => bounds.set(window.getNormalBounds()));
  window.on('closed', () => (mainWindow = null));
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(session.defaultSession, rendererRoot);
  const cipher = await createSafeStorageCipher(safeStorage);
  const services = await createAppServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: app.getVersion(),
    cipher,
    settings: electronSettingsFactory,
    // The OS proxy settings (PAC and WPAD included) as Chromium resolves them, and the OS trust store.
    network: { resolveSystemProxy: (url) => session.defaultSession.resolveProxy(url), systemCa: true },
  });
  const unregister = registerIpc(services.dispatch);
  const forward = createEventForwarder(() =>
    BrowserWindow.getAllWindows().map((window) => window.webContents),
  );
  const stopEvents = EVENT_NAMES.map((name) => services.events.on(name, (payload) => forward(name, payload)));
  let closed = false;
  app.on('will-quit', (event: Electron.Event) => {
    // Electron quits without waiting for promises: hold the quit until pending writes (the exchange log's
    // coalesced write of the last delivery, a draft save) are on disk, then quit for real.
    if (closed) return;
    event.preventDefault();
    closed = true;
    for (const stop of stopEvents) stop();
    unregister();
    void services.close().finally(() => app.quit());
  });
  openWindow(services.windowBounds);
  openedFiles.attach((filePath) => void services.openedFiles.open(filePath));
  // macOS keeps the app alive without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(services.windowBounds);
  });
}

// One instance owns the data directory; a second launch focuses the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app, shell);
  // A draft file opened from the OS: on macOS as an event, elsewhere as a path on the command line.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openedFiles.add([filePath]);
  });
  openedFiles.add(draftPathsIn(process.argv.slice(1)));
  app.on('second-instance', (_event, argv) => {
    openedFiles.add(draftPathsIn(argv.slice(1)));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox(
      title,
      `Webhook Studio could not start:\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
  });
}
