import { BrowserWindow, protocol } from 'electron';
import type { Session } from 'electron';
import type { WindowBounds } from '../services/storage/settings-store';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './app-protocol';

/**
 * Declares `app://` as a standard, secure scheme. Must run before the app is ready. Standard gives
 * the UI a real origin (so 'self' in the CSP means exactly the app), secure makes it a secure context.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built UI from `rendererRoot` on `app://studio/` for the given session. */
export function serveAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}

/** Options the composition root passes in; paths are resolved there, next to the bundle. */
export interface MainWindowOptions {
  preloadPath: string;
  title: string;
  /** Where the window was when it last closed (from the settings store). */
  bounds?: WindowBounds | null;
  /** The displays' work areas now: a saved place on a display that is gone is not reused. */
  workAreas?: readonly WindowBounds[];
}

const DEFAULT_SIZE = { width: 1280, height: 840 };

/**
 * The size and place to open at: the saved ones when at least 100×100 px of the window would be on a
 * display that exists now; only the saved size otherwise (the OS centres it); the default without any.
 */
export function openingBounds(
  saved: WindowBounds | null | undefined,
  workAreas: readonly WindowBounds[],
): Partial<WindowBounds> & { width: number; height: number } {
  if (!saved) return DEFAULT_SIZE;
  const size = { width: saved.width, height: saved.height };
  const visible = workAreas.some((a) => {
    const w = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const h = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y);
    return w >= 100 && h >= 100;
  });
  return visible ? { ...size, x: saved.x, y: saved.y } : size;
}

/** Creates the one application window with every renderer hardening switch set explicitly. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    ...openingBounds(options.bounds, options.workAreas ?? []),
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      // Electron checklist #3 (Enable context isolation): the page never shares a JS world with the preload.
      contextIsolation: true,
      // Electron checklist #4 (Enable process sandboxing): the renderer runs without Node.
      sandbox: true,
      // Electron checklist #2 (Do not enable Node.js integration for remote content).
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Electron checklist #12 (Verify WebView options): no <webview> at all.
      webviewTag: false,
      // Electron checklist #6 (Do not disable webSecurity): stated so a later edit cannot drop it silently.
      webSecurity: true,
      // Electron checklist #8 (Do not enable allowRunningInsecureContent).
      allowRunningInsecureContent: false,
      // Electron checklist #9 (Do not enable experimental features).
      experimentalFeatures: false,
      // Electron checklist #13 (Disable or limit navigation): middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // Dropping a file on the window must not navigate away from the app (checklist #13).
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
