import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    removeAllListeners: vi.fn(),
  },
}));

const { ipcMain } = await import('electron');
const { createEventForwarder, isTrustedSender, registerIpc } = await import('../../electron/main/ipc');

const appFrame = { url: 'app://studio/index.html', parent: null };
const invokeEvent = (senderFrame: unknown) => ({ senderFrame, sender: {} });

describe('IPC registration', () => {
  beforeEach(() => handlers.clear());

  it('registers exactly the channels in the registry', () => {
    const unregister = registerIpc(vi.fn());
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it("removes electron-store's unchecked sendSync listener", () => {
    registerIpc(vi.fn());
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });

  it('passes calls from the app window to the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { id: 'd1' } }));
    registerIpc(dispatch);
    const result = await handlers.get('drafts:get')?.(invokeEvent(appFrame), { id: 'd1' });
    expect(dispatch).toHaveBeenCalledWith('drafts:get', { id: 'd1' });
    expect(result).toEqual({ ok: true, value: { id: 'd1' } });
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null }],
    ['another app host', { url: 'app://elsewhere/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://studio/frame.html', parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses a call from %s without reaching the dispatcher', async (_label, frame) => {
    const dispatch = vi.fn();
    registerIpc(dispatch);
    const result = await handlers.get('secrets:set')?.(invokeEvent(frame), {
      domain_id: 'd1',
      name: 'oauth_password',
      value: 'x',
    });
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a dispatcher crash into an internal error without details', async () => {
    registerIpc(vi.fn(async () => Promise.reject(new Error('stack with /home/user/secret'))));
    const result = await handlers.get('app:info')?.(invokeEvent(appFrame), {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected host error.' } });
  });

  it('trusts only a main frame on the app origin', () => {
    expect(isTrustedSender(invokeEvent(appFrame) as never)).toBe(true);
    expect(isTrustedSender(invokeEvent({ url: 'app://studio.evil/', parent: null }) as never)).toBe(false);
  });
});

describe('event forwarding', () => {
  it('sends host events only to live windows showing the app', () => {
    const make = (url: string, destroyed = false) => ({
      send: vi.fn(),
      getURL: () => url,
      isDestroyed: () => destroyed,
    });
    const app = make('app://studio/index.html');
    const foreign = make('https://evil.example/');
    const gone = make('app://studio/index.html', true);
    const forward = createEventForwarder(() => [app, foreign, gone] as unknown as WebContents[]);
    const payload = { file: 'settings.json', moved_to: 'quarantine/settings.json', reason: 'bad JSON' };
    forward('store:problem', payload);
    expect(app.send).toHaveBeenCalledWith('store:problem', payload);
    expect(foreign.send).not.toHaveBeenCalled();
    expect(gone.send).not.toHaveBeenCalled();
  });
});
