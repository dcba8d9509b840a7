import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/bridge/channels';

/**
 * The whole bridge the sandboxed page gets: `window.api` with `invoke` and `subscribe`, frozen, built
 * from the channel registry alone (it implements shared/bridge/api.ts `BridgeApi`). Electron
 * checklist #20 (Do not expose Electron APIs to untrusted web content): no ipcRenderer, no event
 * objects, no arbitrary channel names ever reach the page.
 */

const channels: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const events: ReadonlySet<string> = new Set(EVENT_NAMES);

function invoke(channel: string, input: unknown): Promise<unknown> {
  if (typeof channel !== 'string' || !channels.has(channel)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel)}` },
    });
  }
  return ipcRenderer.invoke(channel, input);
}

function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  if (typeof event !== 'string' || !events.has(event)) throw new TypeError(`Unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new TypeError('A listener function is required.');
  // Only the payload crosses over; the IpcRendererEvent would hand the page `sender` (ipcRenderer).
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

contextBridge.exposeInMainWorld('api', Object.freeze({ invoke, subscribe }));
