import { pathToFileURL } from 'node:url';
import { runBatch } from '../electron/services/harness/batch';
import { startReceiver, type Receiver } from '../electron/services/harness/receiver';
import { bareLoop, prepareBodies } from './harness-bare';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';
import { benchMapping, type MappingBench } from './harness-mapping';
import { measureMemoryInChild, type MemoryBench } from './harness-memory';
import { runNewman, type NewmanResult } from './harness-newman';

const CONCURRENCY = 16;
const DELIVERIES = 1_000;
const MEMORY_DELIVERIES = 10_000;
const ROUNDS = 5;

/** What the harness benchmark measured. */
export interface HarnessBenchResult {
  batchPerSecond: number;
  barePerSecond: number;
  newman: NewmanResult & { perSecond?: number };
  mapping: MappingBench;
  memory: MemoryBench;
  targets: { vsNewman: boolean | null; vsBare: boolean; vsJsonata: boolean; memory: boolean };
  /** The figures as printed lines (bench/run.ts prints them). */
  lines: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

async function batchMs(receiver: Receiver, count: number): Promise<number> {
  const started = performance.now();
  const report = await runBatch({
    webhook: benchWebhook(`${receiver.url}/hooks`),
    catalogue: CATALOGUE,
    samples: benchSamples(count),
    concurrency: CONCURRENCY,
  });
  if (report.passed !== count) throw new Error(`batch: ${report.failed} of ${count} deliveries failed`);
  return performance.now() - started;
}

/** Runs the harness benchmark; the figures come back with the lines to print. */
export async function run(): Promise<HarnessBenchResult> {
  const receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  const url = `${receiver.url}/hooks`;
  try {
    const bodies = prepareBodies(benchSamples(DELIVERIES), url);
    // Warm both paths up (JIT, sockets), then alternate rounds so background load hits both alike.
    await batchMs(receiver, 2 * DELIVERIES);
    await bareLoop(url, [...bodies, ...bodies], CONCURRENCY);
    const batch: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      batch.push(await batchMs(receiver, DELIVERIES));
      bare.push(await bareLoop(url, bodies, CONCURRENCY));
    }
    const newman = await runNewman(url, bodies);
    const mapping = await benchMapping();
    const memory = await measureMemoryInChild(MEMORY_DELIVERIES, CONCURRENCY);

    const batchPerSecond = rate(DELIVERIES, median(batch));
    const barePerSecond = rate(DELIVERIES, median(bare));
    const newmanPerSecond = newman.ok ? rate(newman.requests, newman.ms) : undefined;
    const result: Omit<HarnessBenchResult, 'lines'> = {
      batchPerSecond,
      barePerSecond,
      newman: { ...newman, ...(newmanPerSecond ? { perSecond: newmanPerSecond } : {}) },
      mapping,
      memory,
      targets: {
        vsNewman: newmanPerSecond ? batchPerSecond >= 10 * newmanPerSecond : null,
        vsBare: batchPerSecond >= 0.5 * barePerSecond,
        vsJsonata: mapping.ratio >= 20,
        memory: memory.peakRssGrowthMb < 100 && memory.heapGrowthMb < 100,
      },
    };
    return { ...result, lines: format(result) };
  } finally {
    await receiver.stop();
  }
}

function format(r: Omit<HarnessBenchResult, 'lines'>): string[] {
  const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const lines = [
    `Test harness — ${DELIVERIES} deliveries into the local receiver, concurrency ${CONCURRENCY} (median of ${ROUNDS} alternating rounds)`,
    `  harness batch run        ${r.batchPerSecond.toLocaleString('en-US')} deliveries/s`,
    `  bare keep-alive loop     ${r.barePerSecond.toLocaleString('en-US')} requests/s   harness = ${x(r.batchPerSecond, r.barePerSecond)} of bare (target ≥ 0.5×: ${mark(r.targets.vsBare)})`,
    r.newman.ok && r.newman.perSecond
      ? `  newman 6 (sequential)    ${r.newman.perSecond.toLocaleString('en-US')} requests/s   harness = ${x(r.batchPerSecond, r.newman.perSecond)} newman (target ≥ 10×: ${mark(r.targets.vsNewman)})`
      : `  newman 6                 could not run here: ${r.newman.ok ? 'no figure' : r.newman.reason}`,
    `Mapping engine — profiles mapped per second (10 request parameters, typed)`,
    `  engine (compiled plan)   ${r.mapping.engine.toLocaleString('en-US')} profiles/s`,
    `  JSONata 2 (same mapping) ${r.mapping.jsonata.toLocaleString('en-US')} profiles/s   engine = ${r.mapping.ratio.toFixed(1)}× JSONata (target ≥ 20×: ${mark(r.targets.vsJsonata)}; outputs equal: ${r.mapping.equivalent ? 'yes' : 'NO'})`,
    `Memory — ${r.memory.deliveries.toLocaleString('en-US')}-delivery batch in a fresh process (${r.memory.gc === 'none' ? 'no GC available: heapUsed as is' : `after full GC, ${r.memory.gc}`})`,
    `  heap growth ${r.memory.heapGrowthMb} MB, RSS growth ${r.memory.rssGrowthMb} MB, peak RSS growth ${r.memory.peakRssGrowthMb} MB (target < 100 MB: ${mark(r.targets.memory)})`,
  ];
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(
    (r) => console.log(r.lines.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
