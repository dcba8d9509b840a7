import type { BridgeApi } from '../../shared/bridge/api';
import type { ChannelName, EventName } from '../../shared/bridge/channels';
import type { ChannelInput, ChannelResult, EventPayload } from '../../shared/bridge/contract';
import type { BridgeError, Envelope } from '../../shared/bridge/envelope';
import { openEventStream, type EventStream } from './event-stream';

/** How the browser shell's HTTP transport is reached; every dependency injectable for tests. */
export interface HttpBridgeOptions {
  /** Null when the page was opened without a token; every call then fails with a clear message. */
  token: string | null;
  /** Origin + path prefix of the host, '' for same-origin. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Wait before the event stream reconnects (default 2 s). */
  eventRetryMs?: number;
}

type Listener = (payload: unknown) => void;

const NO_TOKEN: BridgeError = {
  code: 'unauthorized',
  message: 'This page has no access token. Open the address printed by `npm run web` again.',
};

function failure(error: BridgeError): Envelope<never> {
  return { ok: false, error };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Channels that reach other machines (a domain, a token endpoint, a third party): the host gives each
 * network step its own timeout and may read back or retry once, so the transport waits longer for them
 * rather than cut a publish short and leave its outcome unknown.
 */
const NETWORK_CHANNEL = /^(connection|domain|publish|harness):/;
const NETWORK_TIMEOUT_MS = 120_000;

/** The browser shell's transport: `POST /api/<channel>` for calls, one streamed event fetch for pushed events. */
export function createHttpBridge(options: HttpBridgeOptions): BridgeApi {
  const base = options.baseUrl ?? '';
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const listeners = new Map<string, Set<Listener>>();
  let source: EventStream | null = null;

  const limitFor = (channel: string) =>
    NETWORK_CHANNEL.test(channel) ? Math.max(timeoutMs, NETWORK_TIMEOUT_MS) : timeoutMs;

  async function post(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (!options.token) return failure(NO_TOKEN);
    let response: Response;
    try {
      response = await doFetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(limitFor(channel)),
      });
    } catch (err) {
      // Match by name: DOMException classes differ between realms (and test environments).
      const timedOut = (err as { name?: unknown } | null)?.name === 'TimeoutError';
      return failure(
        timedOut
          ? {
              code: 'timeout',
              message: `The Webhook Studio host did not answer within ${limitFor(channel) / 1000} s.`,
            }
          : {
              code: 'network',
              message: 'Cannot reach the Webhook Studio host. Is `npm run web` still running?',
            },
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isEnvelope(body)) return body;
    if (response.status === 401 || response.status === 403) {
      return failure({
        code: 'unauthorized',
        message: 'The host refused this page’s token. Open its address again.',
      });
    }
    return failure({
      code: 'internal',
      message: `Unexpected answer from the host (HTTP ${response.status}).`,
    });
  }

  function dispatch(data: string): void {
    let parsed: { event?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(data) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.event !== 'string') return;
    for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload);
  }

  function open(): void {
    if (source || !options.token) return;
    source = openEventStream({
      url: `${base}/api/events`,
      token: options.token,
      fetch: doFetch,
      onData: dispatch,
      ...(options.eventRetryMs !== undefined ? { retryMs: options.eventRetryMs } : {}),
    });
  }

  function closeIfIdle(): void {
    if (source && [...listeners.values()].every((set) => set.size === 0)) {
      source.close();
      source = null;
    }
  }

  return {
    invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      return post(channel, input) as Promise<Envelope<ChannelResult<C>>>;
    },
    subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      // Payloads are validated by the host before it pushes them.
      const wrapped: Listener = (payload) => listener(payload as EventPayload<E>);
      set.add(wrapped);
      open();
      return () => {
        set.delete(wrapped);
        closeIfIdle();
      };
    },
  };
}
