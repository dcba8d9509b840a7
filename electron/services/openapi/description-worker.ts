import { parentPort } from 'node:worker_threads';
import { loadDescription, type LoadRequest } from './load-description';

// The worker answers one request and the host terminates it, so a pathological description costs a
// thread, never the host's event loop.
parentPort?.once('message', (req: LoadRequest) => {
  loadDescription(req).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        errors: [{ message: error instanceof Error ? error.message : String(error), pointer: '' }],
      }),
  );
});
