import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/start-worker';
import type { Fetched } from './description-worker';
import type { FetchText } from './external-refs';
import type { LoadRequest, LoadResult } from './load-description';

/** How long a description may take to load before its worker is stopped. */
export const LOAD_TIMEOUT_MS = 60_000;
/** An idle worker is stopped after this long; the next import starts a new one. */
const IDLE_MS = 120_000;

/** The worker: `dist/workers/openapi-worker.js` in a built program, else the TypeScript source. */
function startLoader(): Worker {
  return startWorker('openapi-worker', new URL('./description-worker.ts', import.meta.url), {
    maxOldGenerationSizeMb: 1024,
  });
}

type Pending = { resolve: (r: LoadResult) => void; timer: NodeJS.Timeout; fetchText?: FetchText };
/** The worker's request to read a referenced URL for load `load`. */
type FetchRequest = { fetch: { id: number; load: number; url: string } };

let worker: Worker | null = null;
let idle: NodeJS.Timeout | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.resolve({ ok: false, errors: [{ message, pointer: '' }] });
    pending.delete(id);
  }
}

function stop(): void {
  const w = worker;
  worker = null;
  if (w) void w.terminate();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = startLoader();
  // The worker never keeps a CLI or a test process alive on its own.
  w.unref();
  w.on('message', (message: { id: number; result: LoadResult } | FetchRequest) => {
    if ('fetch' in message) return readFor(w, message.fetch);
    const { id, result } = message;
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(id);
    p.resolve(result);
  });
  w.on('error', (error) => {
    if (worker === w) worker = null;
    failAll(`The description could not be loaded: ${error.message}`);
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    failAll(`The description loader stopped unexpectedly (exit code ${code}).`);
  });
  worker = w;
  return w;
}

/** Reads a URL the worker's parser asked for, with the reader its load was given (none: refused). */
function readFor(w: Worker, { id, load, url }: FetchRequest['fetch']): void {
  const fetchText = pending.get(load)?.fetchText;
  const answer = (fetched: Fetched['fetched']) => w.postMessage({ fetched } satisfies Fetched);
  if (fetchText === undefined) return answer({ id, error: `"${url}" cannot be read here.` });
  fetchText(url).then(
    (text) => answer({ id, text }),
    (error: unknown) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
  );
}

/** Starts the worker ahead of the first import, so its schema compilation is already done then. */
export function prewarmLoader(): void {
  ensureWorker();
  clearTimeout(idle);
  idle = setTimeout(stop, IDLE_MS).unref();
}

/**
 * Loads a description in a worker thread with a memory cap and a time limit, so parsing and validating
 * 10 MB never blocks the host's event loop. A load that overruns stops the worker (and whatever else it
 * was doing); the next load starts a fresh one. URLs its `$ref`s name are read here with `fetchText`.
 */
export function loadInWorker(
  req: LoadRequest,
  options: { timeoutMs?: number; fetchText?: FetchText } = {},
): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
  const w = ensureWorker();
  clearTimeout(idle);
  const id = nextId++;
  return new Promise<LoadResult>((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve({
        ok: false,
        errors: [
          {
            message: `Loading the description took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
            pointer: '',
          },
        ],
      });
      stop();
    }, timeoutMs);
    pending.set(id, { resolve, timer, ...(options.fetchText ? { fetchText: options.fetchText } : {}) });
    w.postMessage({ id, req });
  }).finally(() => {
    if (pending.size === 0) idle = setTimeout(stop, IDLE_MS).unref();
  });
}
