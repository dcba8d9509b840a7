import type { BridgeApi } from '../../shared/bridge/api';
import { createHttpBridge } from './http-client';
import { readToken } from './token';

let current: BridgeApi | null = null;

/** Electron's preload exposes `window.api`; the browser shell has none and is reached over HTTP. */
function defaultBridge(): BridgeApi {
  const exposed = (globalThis as { api?: BridgeApi }).api;
  if (exposed) return exposed;
  return createHttpBridge({ token: readToken(window) });
}

/** Chooses the transport explicitly (a test's fake, or another host); null returns to the default. */
export function setBridge(api: BridgeApi | null): void {
  current = api;
}

/** The one way the UI talks to the host; resolved on first use so the token is read only once. */
export const bridge: BridgeApi = {
  invoke: (channel, input) => (current ??= defaultBridge()).invoke(channel, input),
  subscribe: (event, listener) => (current ??= defaultBridge()).subscribe(event, listener),
};
