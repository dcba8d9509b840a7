import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runBatch } from '../electron/services/harness/batch';
import { startReceiver } from '../electron/services/harness/receiver';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';

/** Memory growth of the host across one large batch. */
export interface MemoryBench {
  deliveries: number;
  heapGrowthMb: number;
  rssGrowthMb: number;
  peakRssGrowthMb: number;
  gc: 'expose-gc' | 'runtime' | 'none';
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** A full collection: --expose-gc when given, else V8 exposes it at run time; null when neither works. */
function collector(): { gc: (() => void) | null; how: MemoryBench['gc'] } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, how: 'expose-gc' };
  try {
    setFlagsFromString('--expose-gc');
    return { gc: runInNewContext('gc') as () => void, how: 'runtime' };
  } catch {
    return { gc: null, how: 'none' };
  }
}

/**
 * Runs a batch of `count` deliveries into the local receiver and measures heap and RSS after full GCs
 * before and after (the report stays referenced, as the UI holds it), plus the peak RSS during the run.
 */
export async function measureMemory(count: number, concurrency: number): Promise<MemoryBench> {
  const { gc, how } = collector();
  const settle = () => {
    gc?.();
    gc?.();
  };
  const receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  const webhook = benchWebhook(`${receiver.url}/hooks`);
  const samples = benchSamples(count);
  // Warm the code paths first, so compiled code and pools are not counted as growth.
  await runBatch({ webhook, catalogue: CATALOGUE, samples: samples.slice(0, 500), concurrency });
  receiver.inbox.clear();
  settle();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const report = await runBatch({ webhook, catalogue: CATALOGUE, samples, concurrency });
  clearInterval(sampler);
  settle();
  const after = process.memoryUsage();
  await receiver.stop();
  if (report.passed !== count) throw new Error(`memory batch: ${report.failed} of ${count} failed`);
  return {
    deliveries: report.results.length,
    heapGrowthMb: mb(after.heapUsed - before.heapUsed),
    rssGrowthMb: mb(after.rss - before.rss),
    peakRssGrowthMb: mb(Math.max(peakRss, after.rss) - before.rss),
    gc: how,
  };
}

/** Measures in a fresh Node process (with --expose-gc), so earlier benchmarks do not blur the baseline. */
export function measureMemoryInChild(count: number, concurrency: number): Promise<MemoryBench> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', script, String(count), String(concurrency)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`memory benchmark exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as MemoryBench);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureMemory(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 16))
    .then((r) => console.log(JSON.stringify(r)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
