import { AppError, type ErrorCode } from '../../../shared/bridge/envelope';
import { startWorker } from '../workers/start-worker';
import type { CsvImportRequest, CsvImportResult } from './read-users-csv';

export type { CsvImportRequest, CsvImportResult } from './read-users-csv';

/** How long an import may take before its worker is stopped. */
export const CSV_IMPORT_TIMEOUT_MS = 60_000;
/** Heap of the import's worker: a 20 MB file and 10,000 samples fit with room to spare. */
const WORKER_HEAP_MB = 512;

type Answer = { ok: true; result: CsvImportResult } | { ok: false; message: string };

/**
 * Imports a MangoApps users CSV in a worker thread of its own, so even a 9 MB file never holds the
 * host's event loop: the app's sample import and the command line's `--samples users.csv` both come
 * here. The worker ends with the import; a crash, a memory overrun or a timeout is reported plainly.
 */
export function importUsersCsv(
  req: CsvImportRequest,
  timeoutMs = CSV_IMPORT_TIMEOUT_MS,
): Promise<CsvImportResult> {
  const worker = startWorker('samples-csv-worker', new URL('./csv-import-worker.ts', import.meta.url), {
    maxOldGenerationSizeMb: WORKER_HEAP_MB,
  });
  return new Promise<CsvImportResult>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Whatever came first stands, and the thread is stopped either way.
      void worker.terminate();
      outcome();
    };
    const fail = (code: ErrorCode, why: string) =>
      settle(() =>
        reject(new AppError(code, `The CSV file could not be imported: ${why}. Nothing was imported.`)),
      );
    const timer = setTimeout(
      () => fail('timeout', `reading it took longer than ${Math.round(timeoutMs / 1000)} s`),
      timeoutMs,
    );
    worker.on('message', (answer: Answer) =>
      answer.ok ? settle(() => resolve(answer.result)) : fail('invalid_input', answer.message),
    );
    worker.on('error', (error) => fail('internal', error.message));
    worker.on('exit', (code) => fail('internal', `the reader stopped unexpectedly (exit code ${code})`));
    worker.postMessage(req);
  });
}
