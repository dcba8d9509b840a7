import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, outputOf } from '../../scripts/build-host.mjs';
import { draftFileText } from '../services/support/draft-file';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let meta: Metafile;

/** Builds one entry as `npm run build:host` does, into the scratch directory; returns its metafile. */
async function buildEntry(outfile: string): Promise<Metafile> {
  const entry = ENTRIES.find((e) => e.outfile === outfile);
  if (!entry) throw new Error(`build-host has no ${outfile}`);
  const result = await build({
    absWorkingDir: root,
    ...outputOf(entry, dir),
    bundle: true,
    logLevel: 'silent',
    metafile: true,
    ...entry.options,
  });
  if (!result.metafile) throw new Error('esbuild gave no metafile');
  return result.metafile;
}

/** Every source file that a chunk loads before it runs (static imports, followed through chunks). */
function staticInputs(chunk: string): string[] {
  const seen = new Set<string>();
  const stack = [chunk];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of meta.outputs[file]?.imports ?? [])
      if (!i.external && i.kind !== 'dynamic-import') stack.push(i.path);
  }
  return [...seen].flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
}

const draft = draftFileText('https://hr.acme.example/hooks/users');

const routes = JSON.stringify({
  format_version: 1,
  routes: [{ method: 'POST', path: '/hooks/users', body: { workerId: 'W-{{employeeNumber}}' } }],
});

/** A description whose request schema the draft's body breaks (costCenter required). */
const description = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'HR', version: '1' },
  servers: [{ url: 'https://hr.acme.example/hooks' }],
  paths: {
    '/users': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', required: ['employeeNumber', 'costCenter'] },
            },
          },
        },
        responses: { '201': { description: 'created' } },
      },
    },
  },
});

const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, [path.join(dir, 'dist', 'cli', 'webhook-studio.js'), ...args], {
    cwd: dir,
    timeout: 30_000,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

beforeAll(async () => {
  // Outside the project, so the bundle must run without its node_modules (as an installed one does).
  dir = await mkdtemp(path.join(tmpdir(), 'cli-bundle-'));
  meta = await buildEntry('dist/cli/webhook-studio.js');
  await buildEntry('dist/workers/openapi-worker.js');
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }');
  await writeFile(path.join(dir, 'd.json'), draft);
  await writeFile(path.join(dir, 'r.json'), routes);
  await writeFile(path.join(dir, 'hr.json'), description);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('command-line bundle', { timeout: 30_000 }, () => {
  it('loads for `test` neither the API description tools, the HTTP client nor the emulator', () => {
    const testChunk = Object.keys(meta.outputs).find((f) => /webhook-studio-test-command-\w+\.js$/.test(f));
    expect(testChunk).toBeDefined();
    const loaded = staticInputs(testChunk!);
    expect(loaded).toContain('cli/test-command.ts');
    expect(loaded).toContain('electron/services/harness/receiver.ts');
    // …nor the two hundred schemas of the app's harness channels (the routes file needs one of them),
    // nor zod's translations of its messages (only English is used).
    const heavy =
      /node_modules\/(ajv|openapi-sampler|@readme|yaml|got)\/|services\/(emulator|openapi)\/|harness-schemas|zod\/v4\/locales\/(?!en\.js)/;
    expect(loaded.filter((f) => heavy.test(f))).toEqual([]);
    // The entry itself holds only the dispatch: each command is a chunk of its own.
    const entry = Object.keys(meta.outputs).find((f) => f.endsWith('/dist/cli/webhook-studio.js'));
    expect(staticInputs(entry!)).toContain('cli/run-cli.ts');
    expect(staticInputs(entry!)).not.toContain('cli/test-command.ts');
  });

  it('runs `test` into its own receiver without the project’s node_modules', async () => {
    const r = await run('test', 'd.json', '--routes', 'r.json');
    expect(r.stderr).toMatch(/Ran 4 of 4 planned deliveries in .*: 4 passed, 0 failed\./);
    expect(r.code).toBe(0);
  });

  it('loads the description chunks when asked: the receiver answers 422 like the API', async () => {
    const r = await run('test', 'd.json', '--openapi', 'hr.json');
    expect(r.stderr).toMatch(/HTTP 422/);
    expect(r.stderr).toMatch(/0 passed, 4 failed\./);
    expect(r.code).toBe(1);
  });
});
