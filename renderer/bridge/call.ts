import type { ChannelName } from '../../shared/bridge/channels';
import type { ChannelInput, ChannelResult } from '../../shared/bridge/contract';
import type { BridgeError, ErrorCode } from '../../shared/bridge/envelope';
import { bridge } from './select-bridge';

/** A failed bridge call, with the host's error code and per-field details intact. */
export class BridgeCallError extends Error {
  readonly code: ErrorCode;
  readonly details: BridgeError['details'];
  constructor(
    readonly channel: ChannelName,
    error: BridgeError,
  ) {
    super(error.message);
    this.name = 'BridgeCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Calls a channel and unwraps its envelope: resolves with the value or throws a BridgeCallError. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  let envelope;
  try {
    envelope = await bridge.invoke(channel, input);
  } catch (err) {
    // IPC itself can throw (e.g. the host crashed); give it the same shape as any other failure.
    const message = err instanceof Error ? err.message : String(err);
    throw new BridgeCallError(channel, { code: 'internal', message });
  }
  if (!envelope.ok) throw new BridgeCallError(channel, envelope.error);
  return envelope.value;
}

/** A sentence for the UI from anything a call can throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
