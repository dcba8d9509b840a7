import { pathToFileURL } from 'node:url';
import { runBatch } from '../electron/services/harness/batch';
import { startReceiver } from '../electron/services/harness/receiver';
import { bareLoop, prepareBodies } from './harness-bare';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';

/** The batch engine against a bare keep-alive loop only (alternating rounds), for iterating on the engine. */
async function main(rounds: number, count: number, concurrency: number): Promise<void> {
  const receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  const url = `${receiver.url}/hooks`;
  const batch = async (n: number) => {
    const started = performance.now();
    const report = await runBatch({
      webhook: benchWebhook(url),
      catalogue: CATALOGUE,
      samples: benchSamples(n),
      concurrency,
    });
    if (report.passed !== n) throw new Error(`batch: ${report.failed} of ${n} deliveries failed`);
    return performance.now() - started;
  };
  try {
    const bodies = prepareBodies(benchSamples(count), url);
    await batch(2 * count);
    await bareLoop(url, [...bodies, ...bodies], concurrency);
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const e = await batch(count);
      const b = await bareLoop(url, bodies, concurrency);
      ratios.push(b / e);
      console.log(
        `round ${round + 1}: engine ${e.toFixed(0)} ms, bare ${b.toFixed(0)} ms, engine = ${(b / e).toFixed(2)}× bare`,
      );
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    console.log(`median engine/bare ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)}× (target ≥ 0.85×)`);
  } finally {
    await receiver.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [rounds = '7', count = '1000', concurrency = '16'] = process.argv.slice(2);
  main(Number(rounds), Number(count), Number(concurrency)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
