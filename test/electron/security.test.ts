import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  hardenApp,
  hardenWebContents,
  isSafeExternalUrl,
  openExternalSafely,
} from '../../electron/main/security';

// The real module would try to fetch the runtime; nothing here needs more than its types.
vi.mock('electron', () => ({}));

type Listener = (...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | null = null;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: OpenHandler) => (openHandler = handler)),
  };
  const emit = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation and new windows', () => {
  it('denies every new window and opens only https: links in the OS browser', () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const { contents, open } = fakeContents();
    hardenWebContents(contents, shell);
    for (const url of [
      'https://docs.example.com/a',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.example.com/a');
  });

  it('prevents navigation and redirects away from the app origin', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(emit(name, 'https://evil.example/')).toHaveBeenCalled();
      expect(emit(name, 'file:///etc/passwd')).toHaveBeenCalled();
      expect(emit(name, 'app://other/index.html')).toHaveBeenCalled();
      expect(emit(name, 'app://studio/index.html')).not.toHaveBeenCalled();
    }
  });

  it('refuses to attach any webview', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(emit('will-attach-webview')).toHaveBeenCalled();
  });

  it('hardens every webContents the app creates', () => {
    const on = vi.fn();
    hardenApp({ on } as never, { openExternal: vi.fn() });
    expect(on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const { contents } = fakeContents();
    (on.mock.calls[0]?.[1] as Listener)({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('external links', () => {
  it('accepts only https: URLs', () => {
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    expect(openExternalSafely(shell, 'file:///bin/sh')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('denies every permission request and check but the app’s own clipboard writes', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check({}, 'media', 'app://studio', {})).toBe(false);
    // Only the Copy buttons' clipboard writes, and only from the app's own page.
    const copy = vi.fn();
    request({}, 'clipboard-sanitized-write', copy, { requestingUrl: 'app://studio/index.html' });
    expect(copy).toHaveBeenCalledWith(true);
    const foreign = vi.fn();
    request({}, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://evil.example.com/' });
    expect(foreign).toHaveBeenCalledWith(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://studio', {})).toBe(true);
    expect(check({}, 'clipboard-read', 'app://studio', {})).toBe(false);
  });
});
