import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDraftStore } from '../../electron/services/storage/draft-store';

const ITERATIONS = 30;
let bundle = '';
let dataDir = '';

beforeAll(async () => {
  // Bundled once, so each iteration starts a plain Node process in milliseconds.
  const out = mkdtempSync(path.join(process.cwd(), 'node_modules', '.whs-crash-'));
  bundle = path.join(out, 'child.mjs');
  await build({
    entryPoints: [path.join(__dirname, 'support', 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'silent',
  });
  dataDir = mkdtempSync(path.join(tmpdir(), 'whs-crash-'));
});
afterAll(() => {
  rmSync(path.dirname(bundle), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the saving child until it acknowledged `after` saves plus a random few ms, then SIGKILLs it. */
function saveThenKill(after: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let err = '';
    let killing = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('saved ')) acked.push(line.slice(6));
      if (!killing && acked.length >= after) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 15));
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited without being killed: ${err}`)),
    );
  });
}

describe('SIGKILL during saves', () => {
  it(`never loses or corrupts the draft over ${ITERATIONS} kills`, async () => {
    let lastAcked: string | undefined;
    for (let i = 0; i < ITERATIONS; i++) {
      const acked = await saveThenKill(1 + (i % 5));
      lastAcked = acked.at(-1) ?? lastAcked;
      const store = await openDraftStore({ dataDir });
      expect(store.problems).toEqual([]);
      expect(store.list().map((d) => d.id)).toEqual(['crash']);
      const saved = store.get('crash')!.base_url;
      // What is on disk is the last acknowledged save or one that was under way when the kill came.
      const stamp = (url: string) => Number(/v(\d+)-/.exec(url)?.[1]);
      expect(stamp(saved)).toBeGreaterThanOrEqual(stamp(lastAcked!));
    }
  }, 120_000);
});
