import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/bridge/channels';

type Forward = (event: unknown, payload: unknown) => void;
const { exposed, ipcRenderer } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: {
    invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })),
    on: vi.fn<(event: string, listener: Forward) => void>(),
    removeListener: vi.fn<(event: string, listener: Forward) => void>(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

interface ExposedApi {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

let api: ExposedApi;
beforeAll(async () => {
  await import('../../electron/preload/index');
  api = exposed.get('api') as ExposedApi;
});

describe('preload bridge', () => {
  it('exposes one frozen `api` object with invoke and subscribe only', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('forwards every channel in the registry', async () => {
    for (const channel of CHANNEL_NAMES) {
      await expect(api.invoke(channel, { probe: true })).resolves.toEqual({ ok: true, value: channel });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { probe: true });
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('refuses names outside the registry without touching IPC', async () => {
    ipcRenderer.invoke.mockClear();
    for (const channel of ['fs:read', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'store:problem', 42]) {
      await expect(api.invoke(channel as string, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to registry events only and hands the listener the payload alone', () => {
    const listener = vi.fn();
    const event = EVENT_NAMES[0];
    const unsubscribe = api.subscribe(event, listener);
    const forward = ipcRenderer.on.mock.calls.at(-1)?.[1];
    forward?.({ sender: 'ipcRenderer would leak here' }, { file: 'settings.json' });
    expect(listener).toHaveBeenCalledWith({ file: 'settings.json' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(event, forward);
    expect(() => api.subscribe('drafts:save', vi.fn())).toThrow(TypeError);
    expect(() => api.subscribe('anything', vi.fn())).toThrow(TypeError);
  });

  it('bundles nothing but itself, the channel names and electron', async () => {
    const entry = fileURLToPath(new URL('../../electron/preload/index.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'cjs',
      platform: 'browser',
      external: ['electron'],
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).sort()).toEqual([
      'electron/preload/index.ts',
      'shared/bridge/channels.ts',
    ]);
    const output = result.outputFiles[0]?.text ?? '';
    expect([...output.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
  });
});
