import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadRequest, LoadResult } from './load-description';

/** How long a description may take to load before its worker is stopped. */
export const LOAD_TIMEOUT_MS = 60_000;

/**
 * The worker: the bundled script next to a built program (`dist/<program>/` → `dist/workers/`), or,
 * when running from the project (tests, `npx tsx`), the TypeScript source behind tsx's loader.
 */
function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: 1024 } };
  const bundled = fileURLToPath(new URL('../workers/openapi-worker.js', import.meta.url));
  if (existsSync(bundled)) return new Worker(bundled, options);
  // tsx is a dev dependency, present wherever the sources run; its ESM API (the `import` condition of
  // `tsx/esm/api`) registers the loader inside the worker.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')).href.replace(
    /package\.json$/,
    'dist/esm/api/index.mjs',
  );
  const source = new URL('./description-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Loads a description in a worker thread with a memory cap and a time limit, so parsing and
 * dereferencing 10 MB never blocks the host's event loop; the worker is always terminated.
 */
export function loadInWorker(req: LoadRequest, timeoutMs = LOAD_TIMEOUT_MS): Promise<LoadResult> {
  const worker = startWorker();
  let timer: NodeJS.Timeout | undefined;
  return new Promise<LoadResult>((resolve) => {
    const fail = (message: string) => resolve({ ok: false, errors: [{ message, pointer: '' }] });
    timer = setTimeout(
      () =>
        fail(`Loading the description took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`),
      timeoutMs,
    );
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', (error) => fail(`The description could not be loaded: ${error.message}`));
    worker.once('exit', (code) => fail(`The description loader stopped unexpectedly (exit code ${code}).`));
    worker.postMessage(req);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
