import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/** True only for well-formed https: URLs — the one kind of link the app hands to the OS. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Electron checklist #15 (Do not use shell.openExternal with untrusted content): only https: links
 * leave the app, and only through the OS shell.
 */
export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Locks down one webContents: no new windows, no navigation away from the app, no webviews. */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  // Electron checklist #14 (Disable or limit creation of new windows): every window.open is denied;
  // https: targets open in the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
  // Electron checklist #13 (Disable or limit navigation): the window only ever shows the app's origin.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // Electron checklist #12 (Verify WebView options before creation): no webview is ever attached.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Electron checklist #5 (Handle session permission requests from remote content): the editor needs no
 * camera, notifications, geolocation or the like, so every request and check is denied — except writing
 * plain text to the clipboard (the Copy buttons) from the app's own page.
 */
export function denyAllPermissions(session: Session): void {
  const allowed = (permission: string, url: string) =>
    permission === 'clipboard-sanitized-write' && isAppUrl(url);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details?.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin),
  );
}

/** Applies the hardening to every webContents the app ever creates, including ones not made by us. */
export function hardenApp(app: App, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}
