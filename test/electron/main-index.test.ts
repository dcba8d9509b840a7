import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';

type Listener = (...args: unknown[]) => void;

const state = vi.hoisted(() => ({
  lock: true,
  windows: [] as Array<{ url: string; options: Record<string, unknown> }>,
  listeners: new Map<string, Listener>(),
}));

const electron = vi.hoisted(() => {
  class BrowserWindow {
    static getAllWindows = vi.fn(() => []);
    webContents = { send: vi.fn() };
    options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
    }
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      state.windows.push({ url, options: this.options });
    });
  }
  return {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((name: string, listener: Listener) => state.listeners.set(name, listener)),
      whenReady: vi.fn(async () => undefined),
      getPath: vi.fn((name: string) => `/home/admin/.config/${name}`),
      getVersion: vi.fn(() => '0.1.0'),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    safeStorage: {
      isAsyncEncryptionAvailable: vi.fn(async () => true),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        protocol: { handle: vi.fn() },
        resolveProxy: vi.fn(async () => 'PROXY proxy.corp:3128; DIRECT'),
      },
    },
    shell: { openExternal: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), removeAllListeners: vi.fn() },
  };
});

const services = vi.hoisted(() => ({
  createAppServices: vi.fn(async () => ({
    dispatch: vi.fn(),
    events: { on: vi.fn(() => () => undefined) },
    windowBounds: { get: vi.fn(() => ({ x: 40, y: 30, width: 1100, height: 700 })), set: vi.fn() },
    close: vi.fn(async () => undefined),
  })),
}));

vi.mock('electron', () => ({ ...electron, default: electron }));
vi.mock('../../electron/services/app-services', () => services);
// electron-store imports the real `electron` from node_modules, where vi.mock cannot reach; the real
// module would try to download the runtime, so the adapter is replaced as a whole.
vi.mock('../../electron/main/electron-settings', () => ({ electronSettingsFactory: () => ({}) }));

async function boot(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main/index');
}

describe('composition root', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    state.windows.length = 0;
    state.listeners.clear();
    state.lock = true;
  });

  it('hardens the app, starts the services, registers IPC, then opens the window', async () => {
    await boot();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(state.listeners.has('web-contents-created')).toBe(true);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(services.createAppServices).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: '/home/admin/.config/userData',
        shell: 'electron',
        version: '0.1.0',
        cipher: expect.objectContaining({ kind: 'keychain' }),
        settings: expect.any(Function),
        network: expect.objectContaining({ systemCa: true }),
      }),
    );
    // Services ask the OS (through Chromium's session) which proxy a URL takes, PAC included.
    const calls = services.createAppServices.mock.calls as unknown as unknown[][];
    const options = calls[0]?.[0] as {
      network: { resolveSystemProxy: (url: string) => Promise<string> };
    };
    await expect(options.network.resolveSystemProxy('https://acme.mangoapps.com/api')).resolves.toBe(
      'PROXY proxy.corp:3128; DIRECT',
    );
    expect(electron.session.defaultSession.resolveProxy).toHaveBeenCalledWith(
      'https://acme.mangoapps.com/api',
    );
    const channels = electron.ipcMain.handle.mock.calls.map((call: unknown[]) => call[0]);
    expect(channels.sort()).toEqual([...CHANNEL_NAMES].sort());
    const [window] = state.windows;
    expect(window?.url).toBe('app://studio/index.html');
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    // The window opens at the size and place the settings store kept.
    expect(window?.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700 });
  });

  it('holds the quit until the services have written what is pending, then quits', async () => {
    let finish: (value: undefined) => void = () => undefined;
    const close = vi.fn(() => new Promise<undefined>((resolve) => (finish = resolve)));
    services.createAppServices.mockResolvedValueOnce({
      dispatch: vi.fn(),
      events: { on: vi.fn(() => () => undefined) },
      windowBounds: { get: vi.fn(() => ({ x: 0, y: 0, width: 1100, height: 700 })), set: vi.fn() },
      close,
    });
    await boot();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    state.listeners.get('will-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
    finish(undefined);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    // The second will-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn() };
    state.listeners.get('will-quit')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('hands over to the running instance when it does not get the lock', async () => {
    state.lock = false;
    await boot();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(services.createAppServices).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('reports a failed start and exits instead of showing a broken window', async () => {
    services.createAppServices.mockRejectedValueOnce(new Error('disk full'));
    await boot();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Webhook Studio',
      expect.stringContaining('disk full'),
    );
    expect(state.windows).toHaveLength(0);
  });
});
