/** How the event stream is opened; the token travels in a header, never in a URL. */
export interface EventStreamOptions {
  url: string;
  token: string;
  fetch: typeof fetch;
  /** Called with each `data:` payload (one server-sent event). */
  onData: (data: string) => void;
  /** Wait before reconnecting after the stream ends or fails (default 2 s). */
  retryMs?: number;
}

/** An open event stream. */
export interface EventStream {
  close(): void;
}

/** A block larger than this without an event boundary is dropped: the host never sends one. */
const MAX_PENDING_CHARS = 4 * 1024 * 1024;

/** The `data:` lines of one server-sent-events block, joined as the spec says; null when it has none. */
export function sseData(block: string): string | null {
  const data = block
    .split(/\r?\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
  return data.length > 0 ? data.join('\n') : null;
}

/**
 * Server-sent events over a streamed `fetch` with `Authorization: Bearer`, because EventSource can only
 * put a token in the URL, where history, logs and referrers would keep it. Reconnects after `retryMs`
 * until closed; stops for good when the host refuses the token.
 */
export function openEventStream(options: EventStreamOptions): EventStream {
  let closed = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const retry = () => {
    if (closed) return;
    timer = setTimeout(() => void connect(), options.retryMs ?? 2000);
  };

  async function connect(): Promise<void> {
    timer = null;
    controller = new AbortController();
    try {
      const response = await options.fetch(options.url, {
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${options.token}` },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || !response.body) return retry();
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let pending = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += decoder.decode(value, { stream: true });
        let end = pending.search(/\r?\n\r?\n/);
        while (end >= 0) {
          const data = sseData(pending.slice(0, end));
          pending = pending.slice(end).replace(/^\r?\n\r?\n/, '');
          if (data !== null) options.onData(data);
          end = pending.search(/\r?\n\r?\n/);
        }
        if (pending.length > MAX_PENDING_CHARS) pending = '';
      }
    } catch {
      // Aborted by close(), or the host went away: retried below unless closed.
    }
    retry();
  }

  void connect();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      controller?.abort();
    },
  };
}
