import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBatch } from '../electron/services/harness/batch';
import { DEFAULT_NET_CONFIG, setNetConfig, type NetConfig } from '../electron/services/net/net-config';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';

const CONCURRENCY = 16;
const DELIVERIES = 1_000;
const ROUNDS = 3;

interface World {
  ca: string;
  targetPort: number;
  proxyPort: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(message);
  });
}

async function batchMs(url: string, config: NetConfig, count: number): Promise<number> {
  setNetConfig(config);
  const started = performance.now();
  const report = await runBatch({
    webhook: benchWebhook(url),
    catalogue: CATALOGUE,
    samples: benchSamples(count),
    concurrency: CONCURRENCY,
  });
  if (report.passed !== count) {
    const why = report.results.find((r) => !r.expectations[0]?.ok)?.expectations[0]?.message;
    throw new Error(`batch: ${report.failed} of ${count} deliveries failed (${why})`);
  }
  return performance.now() - started;
}

/** A 1,000-delivery https batch through a local forward proxy vs. direct, in one run, and the tunnels it opened. */
export async function run(): Promise<{ lines: string[] }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = fork(path.join(here, 'proxy-world.ts'), { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
  const dir = mkdtempSync(path.join(tmpdir(), 'ws-bench-proxy-'));
  try {
    const world = await new Promise<World>((resolve) => child.once('message', (m) => resolve(m as World)));
    const caFile = path.join(dir, 'ca.pem');
    writeFileSync(caFile, world.ca);
    const url = `https://127.0.0.1:${world.targetPort}/hooks`;
    // Loopback skips proxies by default; here the proxy is the point, so loopback is sent through it.
    const direct: NetConfig = { proxy: { mode: 'direct' }, caFile };
    const proxied: NetConfig = {
      proxy: { mode: 'manual', url: `http://127.0.0.1:${world.proxyPort}`, proxyLoopback: true },
      caFile,
    };
    await batchMs(url, direct, DELIVERIES);
    await batchMs(url, proxied, DELIVERIES);
    const directMs: number[] = [];
    const proxyMs: number[] = [];
    const tunnels: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      directMs.push(await batchMs(url, direct, DELIVERIES));
      child.send('reset');
      proxyMs.push(await batchMs(url, proxied, DELIVERIES));
      tunnels.push((await ask<{ tunnels: number }>(child, 'tunnels')).tunnels);
    }
    const directRate = Math.round((DELIVERIES / median(directMs)) * 1000);
    const proxyRate = Math.round((DELIVERIES / median(proxyMs)) * 1000);
    const ratio = proxyRate / directRate;
    const maxTunnels = Math.max(...tunnels);
    const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
    return {
      lines: [
        `Proxy — ${DELIVERIES} https deliveries, concurrency ${CONCURRENCY}, through a local forward proxy vs. direct (median of ${ROUNDS} alternating rounds)`,
        `  direct                   ${directRate.toLocaleString('en-US')} deliveries/s`,
        `  through the proxy        ${proxyRate.toLocaleString('en-US')} deliveries/s   proxy = ${ratio.toFixed(2)}× of direct (target ≥ 0.7×: ${mark(ratio >= 0.7)})`,
        `  CONNECT tunnels per batch ${maxTunnels} (target ≤ concurrency ${CONCURRENCY}: ${mark(maxTunnels <= CONCURRENCY)})`,
      ],
    };
  } finally {
    setNetConfig(DEFAULT_NET_CONFIG);
    child.send('stop');
    rmSync(dir, { recursive: true, force: true });
  }
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
