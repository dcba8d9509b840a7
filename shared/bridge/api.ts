import type { ChannelName, EventName } from './channels';
import type { ChannelInput, ChannelResult, EventPayload } from './contract';
import type { Envelope } from './envelope';

/** What `window.api` is in Electron and what the HTTP client implements in a browser. */
export interface BridgeApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelResult<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
