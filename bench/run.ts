export {};

/**
 * `npm run bench`: every benchmark in one run, printed as figures next to their targets. Benchmarks print;
 * tests assert behaviour, never wall-clock times.
 */
type Result = { line?: string; lines?: string[] };
type Bench = { name: string; load: () => Promise<{ run: () => Result | Promise<Result> }> };

const BENCHES: Bench[] = [
  { name: 'validation', load: () => import('./validation') },
  { name: 'plan and publish', load: () => import('./plan') },
  { name: 'renderer (Chromium)', load: () => import('./renderer') },
  { name: 'test harness', load: () => import('./harness') },
  { name: 'proxy', load: () => import('./proxy') },
  { name: 'sample import', load: () => import('./samples-import') },
  { name: 'API description', load: () => import('./openapi') },
];

let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n## ${bench.name}`);
  try {
    const result = await (await bench.load()).run();
    for (const line of result.lines ?? (result.line ? [result.line] : [])) console.log(line);
  } catch (error) {
    failed++;
    console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
