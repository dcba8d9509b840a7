import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_NAMES } from '../../shared/bridge/channels';
import type { AppEvents } from '../services/events';

/** Keeps proxies and the browser from timing out an idle stream. */
const HEARTBEAT_MS = 15_000;

/** Open event streams, so the host can end them when it stops. */
export interface EventStreams {
  /** Starts a server-sent-events stream that forwards every host event as `data: {"event","payload"}`. */
  open(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream. */
  closeAll(): void;
}

/** Server-sent events over the host's event emitter (the UI's streamed fetch reconnects by itself). */
export function createEventStreams(events: Pick<AppEvents, 'on'>, heartbeatMs = HEARTBEAT_MS): EventStreams {
  const open = new Set<() => void>();
  return {
    open(_req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 2000\n: connected\n\n');
      const unsubscribe = EVENT_NAMES.map((event) =>
        events.on(event, (payload) => {
          // JSON.stringify escapes line breaks, so one `data:` line always carries the whole message.
          res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
        }),
      );
      const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
      heartbeat.unref();
      let stopped = false;
      const stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        for (const off of unsubscribe) off();
        open.delete(stop);
        res.end();
      };
      open.add(stop);
      res.on('close', stop);
    },
    closeAll() {
      for (const stop of [...open]) stop();
    },
  };
}
