import { BrowserWindow, protocol } from 'electron';
import type { Session } from 'electron';
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
}

/** Creates the one application window with every renderer hardening switch set explicitly. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 840,
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
