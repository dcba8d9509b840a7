import type { ClientRequest } from 'node:http';

/** An Error with a Node-style code, as the failure namer reads it. */
export const coded = (message: string, code: string, name = 'Error'): Error =>
  Object.assign(new Error(message), { code, name });

const bySignal = new WeakMap<AbortSignal, Set<ClientRequest>>();

/**
 * The requests in flight under one cancel signal. The signal gets a single listener that destroys them
 * all, instead of one listener added and removed per request (EventTarget makes that costly when a
 * batch sends thousands). A request joins with `add` and leaves with `delete` when it settles.
 */
export function inFlightUnder(signal: AbortSignal): Set<ClientRequest> {
  let set = bySignal.get(signal);
  if (!set) {
    const requests = new Set<ClientRequest>();
    signal.addEventListener(
      'abort',
      () => {
        for (const req of requests) cancel(req);
      },
      { once: true },
    );
    bySignal.set(signal, requests);
    set = requests;
  }
  return set;
}

/** Ends a request as cancelled (the signal was already aborted when it started). */
export function cancel(req: ClientRequest): void {
  req.destroy(coded('cancelled', 'ABORT_ERR', 'AbortError'));
}

/** Ends a request that ran past its deadline (a timer argument, so no closure per request). */
export function expire(req: ClientRequest, timeoutMs: number): void {
  req.destroy(coded(`timed out after ${timeoutMs} ms`, 'ETIMEDOUT', 'TimeoutError'));
}
