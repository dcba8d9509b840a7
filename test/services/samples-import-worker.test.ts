import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSamples, type HarnessIo } from '../../cli/harness-inputs';
import { importUsersCsv } from '../../electron/services/samples/import-users-csv';
import type { CsvImportResult } from '../../electron/services/samples/read-users-csv';
import { bundledWorker } from '../../electron/services/workers/start-worker';
import { ENTRIES } from '../../scripts/build-host.mjs';
import { newDraft } from '../../shared/model/draft';
import { STANDARD_PROFILE_FIELDS } from '../../shared/model/standard-fields';
import { parseUsersCsv } from '../../shared/samples';
import type * as CsvModuleNs from '../../shared/samples/csv';
import { domainWith, startHost, type TestHost } from './harness-service-fixture';

type CsvModule = typeof CsvModuleNs;

/** Records every CSV read on this (the host's) thread; the import's worker has its own module copy. */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../shared/samples/csv', async (importOriginal) => {
  const actual = await importOriginal<CsvModule>();
  return {
    ...actual,
    readCsv: (input: string) => {
      reads.count++;
      return actual.readCsv(input);
    },
  };
});

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A users CSV with problems at known rows and columns, and a quoted cell that spans two lines. */
const CSV = [
  'First Name,Last Name,Email,Employee ID,Hire Date,Shoe Size',
  'Priya,Raman,priya@acme.example,E1001,2024-01-02,',
  'Dan,Okafor,not-an-email,E1002,yesterday,',
  '"Li\nWei",Wei,li@acme.example,E1003,,',
  ',,,,,',
].join('\n');

function usersCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email,Employee ID'];
  for (let i = 1; i <= rows; i++) lines.push(`First${i},Last${i},user${i}@acme.com,E${i}`);
  return lines.join('\n');
}

beforeEach(() => {
  reads.count = 0;
});

/** The command line's samples loading of one file holding `text`. */
function loadFromCli(name: string, text: string) {
  const io: HarnessIo = {
    env: {},
    readFile: async (p) => (p === name ? text : Promise.reject(new Error(`no file ${p}`))),
    writeFile: async () => undefined,
    out: () => undefined,
    err: () => undefined,
  };
  return loadSamples(io, name, newDraft('cli', 'acme', '', new Date().toISOString()), false);
}

describe('users CSV import off the host thread', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startHost();
  });
  afterAll(async () => {
    await host.stop();
  });

  it('the app reads the CSV in a worker: the host thread parses nothing, the report is the parser’s', async () => {
    const d = await domainWith(host, 'https://hr.example.com/hooks/mangoapps');
    const result = await host.call('harness:samples-import', { id: d.id, format: 'csv', text: CSV });
    expect(reads.count).toBe(0);

    const expected = parseUsersCsv(CSV, { catalogue: d.catalogue.profile, idPrefix: 'csv' });
    reads.count = 0;
    expect(result.issues).toEqual(expected.issues);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, line: 3, column: 'Email', severity: 'error' }),
        expect.objectContaining({ row: 4, message: expect.stringMatching(/row skipped/) }),
      ]),
    );
    const imported = result.state.samples.filter((s) => !s.builtin);
    expect(imported.map((s) => s.fields['email'])).toEqual(expected.samples.map((s) => s.fields['email']));
  });

  it('the command line’s --samples users.csv goes through the same worker, with the same cap', async () => {
    const loaded = await loadFromCli('u.csv', usersCsv(10_050));
    expect(reads.count).toBe(0);
    expect(loaded.samples).toHaveLength(10_000);
    expect(loaded.notes).toEqual([
      expect.stringMatching(
        /u\.csv: row 10001: rows 10001–10050 \(50\) skipped: a domain keeps at most 10000/,
      ),
    ]);
  });

  it('a samples JSON given to the command line has the same cap, and says what it skipped', async () => {
    const entries = Array.from({ length: 10_003 }, (_, i) => ({ fields: { email: `u${i}@acme.example` } }));
    const loaded = await loadFromCli('s.json', JSON.stringify(entries));
    expect(loaded.samples).toHaveLength(10_000);
    expect(loaded.notes).toEqual([
      expect.stringMatching(
        /s\.json: row 10001: entries 10001–10003 \(3\) skipped: a domain keeps at most 10000/,
      ),
    ]);
  });

  it('says plainly when the reader cannot finish, and imports nothing', async () => {
    const stopped = importUsersCsv(
      { text: usersCsv(200_000), catalogue: STANDARD_PROFILE_FIELDS, maxSamples: 10_000, idPrefix: 'csv' },
      1,
    );
    await expect(stopped).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringMatching(
        /could not be imported: reading it took longer than .* Nothing was imported/,
      ),
    });
  });
});

describe('the bundled worker', () => {
  let dir: string;
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is built by build-host, found beside the built programs and runs without the project’s sources', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'csv-worker-'));
    const entry = ENTRIES.find((e) => e.outfile === 'dist/workers/samples-csv-worker.js');
    if (!entry) throw new Error('build-host has no samples CSV worker');
    const outfile = path.join(dir, 'workers', 'samples-csv-worker.js');
    await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, entry.source)],
      outfile,
      bundle: true,
      logLevel: 'silent',
      ...entry.options,
    });
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
    // A built program in dist/cli/ or dist/electron/ looks in ../workers/.
    const found = bundledWorker('samples-csv-worker', pathToFileURL(path.join(dir, 'cli', '..', 'workers/')));
    expect(found).toBe(outfile);

    const worker = new Worker(found!);
    const answer = await new Promise<{ ok: boolean; result: CsvImportResult }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ text: CSV, catalogue: STANDARD_PROFILE_FIELDS, maxSamples: 1, idPrefix: 'csv' });
    });
    await worker.terminate();
    expect(answer.ok).toBe(true);
    expect(answer.result.samples).toHaveLength(1);
    expect(answer.result.skipped).toBe(3);
  });

  it('in the packaged app, is taken from the unpacked copy next to the archive', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'csv-worker-'));
    mkdirSync(path.join(dir, 'app.asar.unpacked', 'dist', 'workers'), { recursive: true });
    const unpacked = path.join(dir, 'app.asar.unpacked', 'dist', 'workers', 'samples-csv-worker.js');
    writeFileSync(unpacked, '');
    const inArchive = pathToFileURL(path.join(dir, 'app.asar', 'dist', 'workers/'));
    expect(bundledWorker('samples-csv-worker', inArchive)).toBe(unpacked);
    expect(bundledWorker('openapi-worker', inArchive)).toBeUndefined();
  });
});
