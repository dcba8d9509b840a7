import { parentPort } from 'node:worker_threads';
import { readUsersCsv, type CsvImportRequest } from './read-users-csv';

// One import per worker: the text arrives, the capped result goes back, and the thread ends, so the
// memory a 9 MB file needed is returned with it.
parentPort?.once('message', (req: CsvImportRequest) => {
  try {
    parentPort?.postMessage({ ok: true, result: readUsersCsv(req) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
