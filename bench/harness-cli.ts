import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../electron/services/harness/receiver';
import { exportDraft } from '../shared/draft-file/export-draft';
import { newDraft } from '../shared/model/draft';
import { exportRoutes } from '../shared/routes-file/format';
import { prepareBodies } from './harness-bare';
import { benchSamples, benchWebhook, CATALOGUE } from './harness-data';
import { writeCollection } from './harness-newman';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(root, 'dist/cli/webhook-studio.js');
const REPORT_RSS = path.join(root, 'bench/report-max-rss.mjs');

/** A whole process's run: wall time from spawn to exit, its exit code, and (when asked) its peak RSS. */
export interface ProcessRun {
  ms: number;
  code: number | null;
  maxRssMb?: number;
  stderr: string;
}

function runProcess(args: string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.stdout.resume();
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ ms: performance.now() - started, code, stderr }));
  });
}

/** The benchmark's files: the webhook as a draft file, `count` samples, and the receiver's route. */
function writeInputs(dir: string, count: number): { draft: string; samples: string; routes: string } {
  const draft = newDraft('bench', 'bench', 'https://bench.example.com', new Date().toISOString());
  draft.catalogue = { ...draft.catalogue, profile: CATALOGUE };
  draft.config = { ...draft.config, profile: benchWebhook('https://hr.example.com/hooks') };
  const files = {
    draft: path.join(dir, 'bench.webhook.json'),
    samples: path.join(dir, `samples-${count}.json`),
    routes: path.join(dir, 'routes.json'),
  };
  writeFileSync(files.draft, exportDraft(draft).text);
  writeFileSync(files.samples, JSON.stringify({ samples: benchSamples(count) }));
  // The same users as a MangoApps user-import CSV, the file a CI job most often has.
  const csv = ['First Name,Last Name,Email,Employee ID,Mobile'];
  for (const s of benchSamples(count)) {
    const f = s.fields;
    csv.push([f.first_name, f.last_name, f.email, f.employee_id, f.mobile].map((v) => v ?? '').join(','));
  }
  writeFileSync(files.samples.replace(/\.json$/, '.csv'), csv.join('\n'));
  const route = {
    method: 'POST',
    path: '/hooks',
    status: 200,
    body: { workerId: 'HR-{{employeeNumber}}' },
    delayMs: 0,
  };
  writeFileSync(files.routes, exportRoutes([route]));
  return files;
}

/** `webhook-studio test` of `count` deliveries into its own receiver, as a whole process. */
export async function cliRun(
  dir: string,
  count: number,
  concurrency: number,
  rss = false,
  samples: 'json' | 'csv' = 'json',
): Promise<ProcessRun> {
  const files = writeInputs(dir, count);
  const rssFile = path.join(dir, `rss-${count}-${samples}.txt`);
  const args = [
    ...(rss ? ['--import', REPORT_RSS] : []),
    CLI,
    'test',
    files.draft,
    '--samples',
    samples === 'csv' ? files.samples.replace(/\.json$/, '.csv') : files.samples,
    '--routes',
    files.routes,
    '--concurrency',
    String(concurrency),
  ];
  const run = await runProcess(args, rss ? { WEBHOOK_STUDIO_MAX_RSS_FILE: rssFile } : {});
  if (run.code !== 0)
    throw new Error(`webhook-studio test exited ${run.code}: ${run.stderr.trim().split('\n').at(-1)}`);
  if (rss) run.maxRssMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
  return run;
}

/** `newman run` of the same deliveries as a Postman collection, as a whole process, into a receiver. */
export async function newmanRun(dir: string, count: number): Promise<ProcessRun | { reason: string }> {
  let bin: string;
  try {
    bin = path.join(
      path.dirname(createRequire(import.meta.url).resolve('newman/package.json')),
      'bin/newman.js',
    );
  } catch (error) {
    return { reason: `newman is not installed (${(error as Error).message})` };
  }
  const receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/hooks', body: { workerId: 'HR-{{employeeNumber}}' } });
  try {
    const url = `${receiver.url}/hooks`;
    const collection = writeCollection(dir, url, prepareBodies(benchSamples(count), url));
    const run = await runProcess([bin, 'run', collection, '--silent', '--timeout-request', '10000']);
    if (run.code !== 0) return { reason: `newman exited ${run.code}` };
    if (receiver.inbox.list().length === 0) return { reason: 'newman sent nothing' };
    return run;
  } finally {
    await receiver.stop();
  }
}

/** A temp directory for one benchmark run, removed by `done`. */
export function benchDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'harness-cli-bench-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}
