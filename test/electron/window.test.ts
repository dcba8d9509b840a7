import { beforeEach, describe, expect, it, vi } from 'vitest';

const { created, registerSchemesAsPrivileged } = vi.hoisted(() => ({
  created: [] as Array<{ options: Record<string, unknown>; loadURL: (url: string) => Promise<void> }>,
  registerSchemesAsPrivileged: vi.fn(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL });
    }
  }
  return { BrowserWindow, protocol: { registerSchemesAsPrivileged } };
});

const { createMainWindow, openingBounds, registerAppScheme, serveAppProtocol } =
  await import('../../electron/main/window');

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('sets every hardening switch in webPreferences', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', title: 'Webhook Studio' });
    const prefs = created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // webSecurity stays on and no Blink feature flags are switched on.
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the UI from the app scheme, never from file://', () => {
    createMainWindow({ preloadPath: '/p.cjs', title: 'Webhook Studio' });
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://studio/index.html');
  });

  it('registers the app scheme as standard and secure', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the scheme on the given session', () => {
    const handle = vi.fn();
    serveAppProtocol({ protocol: { handle } } as never, '/app/dist/renderer');
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens where it last closed, at the saved size only when that place is on no display now', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const saved = { x: 300, y: 120, width: 1100, height: 760 };
    createMainWindow({ preloadPath: '/p.cjs', title: 'Webhook Studio', bounds: saved, workAreas: screen });
    expect(created[0]?.options).toMatchObject(saved);
    // Saved on a second monitor that has been unplugged: the size is kept, the OS places it.
    expect(openingBounds({ ...saved, x: 2500 }, screen)).toEqual({ width: 1100, height: 760 });
    // Only a sliver (under 100 px) on screen counts as off-screen too.
    expect(openingBounds({ ...saved, x: 1850 }, screen)).toEqual({ width: 1100, height: 760 });
    expect(openingBounds(null, screen)).toEqual({ width: 1280, height: 840 });
  });
});
