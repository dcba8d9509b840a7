import { pathToFileURL } from 'node:url';
import { runBatch } from '../electron/services/harness/batch';
import { startReceiver, type Receiver } from '../electron/services/harness/receiver';
import type { Sample } from '../shared/samples';
import { bareLoop, prepareBodies } from './harness-bare';
import { benchDir, cliRun, newmanRun, type ProcessRun } from './harness-cli';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';
import { benchMapping, type MappingBench } from './harness-mapping';
import { measureMemoryInChild, type MemoryBench } from './harness-memory';

const CONCURRENCY = 16;
const DELIVERIES = 1_000;
const MEMORY_DELIVERIES = 10_000;
const CLI_DELIVERIES = 1_000;
const CLI_RSS_DELIVERIES = 10_000;
const CLI_ROUNDS = 3;
const ROUNDS = 5;

/** What the harness benchmark measured. */
export interface HarnessBenchResult {
  batchPerSecond: number;
  barePerSecond: number;
  /** `webhook-studio test` and `newman run` as whole processes (start-up included). */
  cliPerSecond: number;
  newman: { perSecond: number } | { reason: string };
  cliPeakRssMb: { json: number; csv: number };
  mapping: MappingBench;
  memory: MemoryBench;
  targets: {
    vsNewman: boolean | null;
    vsBare: boolean;
    vsJsonata: boolean;
    memory: boolean;
    cliRss: boolean;
  };
  /** The figures as printed lines (bench/run.ts prints them). */
  lines: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

async function batchMs(receiver: Receiver, samples: readonly Sample[]): Promise<number> {
  const webhook = benchWebhook(`${receiver.url}/hooks`);
  const started = performance.now();
  const report = await runBatch({ webhook, catalogue: CATALOGUE, samples, concurrency: CONCURRENCY });
  const count = samples.length;
  if (report.passed !== count) throw new Error(`batch: ${report.failed} of ${count} deliveries failed`);
  return performance.now() - started;
}

/**
 * The command line against newman, both as whole processes side by side (alternating rounds, median),
 * and the peak RSS of a large CLI run.
 */
async function processBench(): Promise<Pick<HarnessBenchResult, 'cliPerSecond' | 'newman' | 'cliPeakRssMb'>> {
  const { dir, done } = benchDir();
  try {
    await cliRun(dir, CLI_DELIVERIES, CONCURRENCY);
    const cli: number[] = [];
    const newman: number[] = [];
    let reason: string | null = null;
    for (let round = 0; round < CLI_ROUNDS; round++) {
      cli.push((await cliRun(dir, CLI_DELIVERIES, CONCURRENCY)).ms);
      const n: ProcessRun | { reason: string } = await newmanRun(dir, CLI_DELIVERIES);
      if ('reason' in n) reason = n.reason;
      else newman.push(n.ms);
    }
    const json = await cliRun(dir, CLI_RSS_DELIVERIES, CONCURRENCY, true, 'json');
    const csv = await cliRun(dir, CLI_RSS_DELIVERIES, CONCURRENCY, true, 'csv');
    return {
      cliPerSecond: rate(CLI_DELIVERIES, median(cli)),
      newman: reason ? { reason } : { perSecond: rate(CLI_DELIVERIES, median(newman)) },
      cliPeakRssMb: { json: json.maxRssMb ?? Number.NaN, csv: csv.maxRssMb ?? Number.NaN },
    };
  } finally {
    done();
  }
}

/** Starts the receiver both sides send to, answering the bench webhook's write-back. */
async function benchReceiver(): Promise<Receiver> {
  const receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  return receiver;
}

/** The batch engine and the bare loop in alternating rounds (ms per round each). */
async function engineAndBare(
  receiver: Receiver,
  rounds: number,
): Promise<{ batch: number[]; bare: number[] }> {
  const url = `${receiver.url}/hooks`;
  // Both sides' inputs are test data made once, before any clock starts: the samples the engine maps
  // and the bodies the bare loop sends (so neither side's round starts with fresh objects to collect).
  const samples = benchSamples(DELIVERIES);
  const bodies = prepareBodies(samples, url);
  // Warm both paths up (JIT, sockets), then alternate rounds so background load hits both alike.
  await batchMs(receiver, [...samples, ...samples]);
  await bareLoop(url, [...bodies, ...bodies], CONCURRENCY);
  const batch: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < rounds; round++) {
    batch.push(await batchMs(receiver, samples));
    bare.push(await bareLoop(url, bodies, CONCURRENCY));
  }
  return { batch, bare };
}

/** Runs the harness benchmark; the figures come back with the lines to print. */
export async function run(): Promise<HarnessBenchResult> {
  const receiver = await benchReceiver();
  try {
    const { batch, bare } = await engineAndBare(receiver, ROUNDS);
    const mapping = await benchMapping();
    const memory = await measureMemoryInChild(MEMORY_DELIVERIES, CONCURRENCY);
    const processes = await processBench();

    const batchPerSecond = rate(DELIVERIES, median(batch));
    const barePerSecond = rate(DELIVERIES, median(bare));
    const result: Omit<HarnessBenchResult, 'lines'> = {
      batchPerSecond,
      barePerSecond,
      ...processes,
      mapping,
      memory,
      targets: {
        vsNewman:
          'perSecond' in processes.newman ? processes.cliPerSecond >= 10 * processes.newman.perSecond : null,
        vsBare: batchPerSecond >= 0.85 * barePerSecond,
        vsJsonata: mapping.ratio >= 20,
        memory: memory.peakRssGrowthMb < 100 && memory.heapGrowthMb < 100,
        cliRss: processes.cliPeakRssMb.json < 150 && processes.cliPeakRssMb.csv < 150,
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
    `  bare keep-alive loop     ${r.barePerSecond.toLocaleString('en-US')} requests/s   harness = ${x(r.batchPerSecond, r.barePerSecond)} of bare (target ≥ 0.85×: ${mark(r.targets.vsBare)})`,
    `Command line — ${CLI_DELIVERIES} deliveries as whole processes, start-up included (median of ${CLI_ROUNDS} alternating rounds)`,
    `  webhook-studio test      ${r.cliPerSecond.toLocaleString('en-US')} deliveries/s (into its own receiver, concurrency ${CONCURRENCY})`,
    'perSecond' in r.newman
      ? `  newman run (sequential)  ${r.newman.perSecond.toLocaleString('en-US')} requests/s   webhook-studio = ${x(r.cliPerSecond, r.newman.perSecond)} newman (target ≥ 10×: ${mark(r.targets.vsNewman)})`
      : `  newman run               could not run here: ${r.newman.reason}`,
    `  peak RSS of a ${CLI_RSS_DELIVERIES.toLocaleString('en-US')}-delivery webhook-studio test: ${r.cliPeakRssMb.json} MB with samples JSON, ${r.cliPeakRssMb.csv} MB with a user-import CSV (target < 150 MB: ${mark(r.targets.cliRss)})`,
    `Mapping engine — profiles mapped per second (10 request parameters, typed)`,
    `  engine (compiled plan)   ${r.mapping.engine.toLocaleString('en-US')} profiles/s`,
    `  JSONata 2 (same mapping) ${r.mapping.jsonata.toLocaleString('en-US')} profiles/s   engine = ${r.mapping.ratio.toFixed(1)}× JSONata (target ≥ 20×: ${mark(r.targets.vsJsonata)}; outputs equal: ${r.mapping.equivalent ? 'yes' : 'NO'})`,
    `Memory — ${r.memory.deliveries.toLocaleString('en-US')}-delivery batch in a fresh process (${r.memory.gc === 'none' ? 'no GC available: heapUsed as is' : `after full GC, ${r.memory.gc}`})`,
    `  heap growth ${r.memory.heapGrowthMb} MB, RSS growth ${r.memory.rssGrowthMb} MB, peak RSS growth ${r.memory.peakRssGrowthMb} MB (target < 100 MB: ${mark(r.targets.memory)})`,
  ];
  return lines;
}

/**
 * `npx tsx bench/harness.ts --engine-only [rounds]`: only the engine against the bare loop, for work on
 * the engine; each round's ratio is printed, since on a busy machine single rounds swing.
 */
async function engineOnly(rounds: number): Promise<string[]> {
  const receiver = await benchReceiver();
  try {
    const { batch, bare } = await engineAndBare(receiver, rounds);
    const ratios = batch.map((ms, i) => ((bare[i] as number) / ms).toFixed(2));
    return [
      `harness batch ${rate(DELIVERIES, median(batch)).toLocaleString('en-US')} deliveries/s, bare loop ${rate(DELIVERIES, median(bare)).toLocaleString('en-US')} requests/s: harness = ${(median(bare) / median(batch)).toFixed(2)}× of bare (target ≥ 0.85×: ${median(bare) / median(batch) >= 0.85 ? 'met' : 'MISSED'})`,
      `  per round: ${ratios.join(' ')}`,
    ];
  } finally {
    await receiver.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.indexOf('--engine-only');
  (only >= 0
    ? engineOnly(Number(process.argv[only + 1] ?? ROUNDS) || ROUNDS)
    : run().then((r) => r.lines)
  ).then(
    (lines) => console.log(lines.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
