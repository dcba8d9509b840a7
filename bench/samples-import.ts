import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../electron/services/app-services';
import { memorySettings } from '../electron/services/storage/settings-store';
import { bundledWorker, useBundledWorkersFrom } from '../electron/services/workers/start-worker';
import type { Envelope } from '../shared/bridge/envelope';
import { fmt, verdict } from './stats';

/** A MangoApps user-import CSV with `rows` users. */
function usersCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email,Employee ID,Department,Enabled'];
  for (let i = 1; i <= rows; i++) lines.push(`First${i},Last${i},user${i}@acme.com,E${i},Sales,TRUE`);
  return lines.join('\n');
}

function value<T>(answer: Envelope<unknown>): T {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

/**
 * Sample import through the bridge, as the app does it: a 10,000-row CSV (target < 1 s), and a 9 MB
 * CSV (160,000 rows, capped at 10,000 samples) with the event loop's worst delay (target < 100 ms) and
 * the memory it adds.
 */
export async function run(): Promise<{ lines: string[] }> {
  // The CSV is read in the worker a built app starts (`npm run bench` builds first), not behind tsx.
  useBundledWorkersFrom(fileURLToPath(new URL('../dist/workers/', import.meta.url)));
  if (!bundledWorker('samples-csv-worker')) {
    throw new Error('dist/workers/samples-csv-worker.js is missing: run `npm run build:host` first.');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'whs-bench-import-'));
  const app = await createAppServices({
    dataDir: dir,
    shell: 'web',
    version: 'bench',
    settings: memorySettings(),
  });
  try {
    const domain = value<{ id: string }>(await app.dispatch('domains:create', { name: 'bench' }));
    const small = usersCsv(10_000);
    const started = performance.now();
    const first = value<{ imported: number }>(
      await app.dispatch('harness:samples-import', {
        id: domain.id,
        format: 'csv',
        text: small,
        replace: true,
      }),
    );
    const ms = performance.now() - started;

    const big = usersCsv(160_000);
    const rssBefore = process.memoryUsage().rss;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const bigStarted = performance.now();
    const second = value<{ imported: number }>(
      await app.dispatch('harness:samples-import', {
        id: domain.id,
        format: 'csv',
        text: big,
        replace: true,
      }),
    );
    const bigMs = performance.now() - bigStarted;
    delay.disable();
    const maxDelay = delay.max / 1e6;
    const rssGrowth = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    return {
      lines: [
        `10,000-row CSV: ${fmt(ms, 0)} ms for ${first.imported} samples (target < 1,000 ms: ${verdict(ms, 1000)})`,
        `9 MB CSV (${fmt(big.length / 1024 / 1024, 1)} MB, 160,000 rows): ${fmt(bigMs, 0)} ms, ${second.imported} kept; worst event-loop delay ${fmt(maxDelay, 1)} ms (target < 100 ms: ${verdict(maxDelay, 100)}); RSS +${fmt(rssGrowth, 0)} MB`,
      ],
    };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
