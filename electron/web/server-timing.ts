/**
 * The `Server-Timing` value for an answer: how long the host worked on it, from the moment it took the
 * request up to its headers (for a bridge call that includes the service and the JSON it sends). The
 * browser shows it in its network panel and the page's resource timing, so a slow first render can be
 * split into host time and time spent in the page; the renderer bench reports it.
 */
export function serverTiming(startedAt: number): string {
  return `host;dur=${(performance.now() - startedAt).toFixed(2)}`;
}
