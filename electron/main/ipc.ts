import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';
import type { ChannelName, EventName } from '../../shared/bridge/channels';
import type { Envelope } from '../../shared/bridge/envelope';
import { isAppUrl } from './app-protocol';

/** The host's single entry point: validates input, runs the service, returns an envelope. */
export type Dispatch = (channel: ChannelName, rawInput: unknown) => Promise<Envelope<unknown>>;

/**
 * Electron checklist #17 (Validate the sender of all IPC messages): only the main frame of a page on
 * the app's own origin may call the host — never a subframe, a destroyed frame or a foreign page.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call did not come from the Webhook Studio window.' },
};

/**
 * IPC listeners libraries add on their own. electron-store answers `sendSync` on this channel with the
 * userData path for any renderer that asks; ours never does (the page has no ipcRenderer), and every
 * IPC entry point must check its sender (checklist #17), so it is removed once the stores are open.
 */
export const THIRD_PARTY_IPC_CHANNELS = ['electron-store-get-data'] as const;

/**
 * Registers one `ipcMain.handle` per channel in the registry — the only place in the app that touches
 * ipcMain — and drops listeners libraries registered. Call after the host services (and their stores)
 * exist. Returns a function that removes the handlers again.
 */
export function registerIpc(dispatch: Dispatch): () => void {
  for (const channel of THIRD_PARTY_IPC_CHANNELS) ipcMain.removeAllListeners(channel);
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, rawInput: unknown) => {
      if (!isTrustedSender(event)) return refused;
      try {
        return await dispatch(channel, rawInput);
      } catch {
        // The dispatcher already turns service errors into envelopes; this only guards its own bugs,
        // and says nothing more, so no stack or secret crosses into the page.
        const failure: Envelope<never> = {
          ok: false,
          error: { code: 'internal', message: 'Unexpected host error.' },
        };
        return failure;
      }
    });
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}

/** Returns a sink that pushes a host event to every live app window (the preload filters by name). */
export function createEventForwarder(
  targets: () => readonly WebContents[],
): (event: EventName, payload: unknown) => void {
  return (event, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(event, payload);
    }
  };
}
