import { parentPort } from 'node:worker_threads';
import type { FetchText } from './external-refs';
import { loadDescription, type LoadRequest } from './load-description';
import { warmUp } from './locate-errors';

/** What the host answers to a `fetch` message: the text of a referenced URL, or why it could not be read. */
export type Fetched = { fetched: { id: number; text?: string; error?: string } };

let nextFetch = 1;
const fetching = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();

/** A referenced URL is read by the host, through the app's proxy and CA settings, not from this thread. */
const askHost =
  (load: number): FetchText =>
  (url) =>
    new Promise<string>((resolve, reject) => {
      const id = nextFetch++;
      fetching.set(id, { resolve, reject });
      parentPort?.postMessage({ fetch: { id, load, url } });
    });

// Loads answered by id, each with its own referenced-URL reads. The validators are compiled once, as soon
// as the worker starts, so an admin's first import does not wait for that.
parentPort?.on('message', (message: { id: number; req: LoadRequest } | Fetched) => {
  if ('fetched' in message) {
    const { id, text, error } = message.fetched;
    const waiting = fetching.get(id);
    fetching.delete(id);
    if (text !== undefined) waiting?.resolve(text);
    else waiting?.reject(new Error(error ?? 'The host could not read it.'));
    return;
  }
  const { id, req } = message;
  loadDescription(req, askHost(id)).then(
    (result) => parentPort?.postMessage({ id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        result: {
          ok: false,
          errors: [{ message: error instanceof Error ? error.message : String(error), pointer: '' }],
        },
      }),
  );
});
warmUp();
