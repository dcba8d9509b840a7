import { parentPort } from 'node:worker_threads';
import { loadDescription, type LoadRequest } from './load-description';
import { warmUp } from './locate-errors';

// One request at a time, answered by id. The validators are compiled once, as soon as the worker
// starts, so an admin's first import does not wait for that.
parentPort?.on('message', ({ id, req }: { id: number; req: LoadRequest }) => {
  loadDescription(req).then(
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
