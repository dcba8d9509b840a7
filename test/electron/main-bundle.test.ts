import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../scripts/build-host.mjs';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';

const root = fileURLToPath(new URL('../..', import.meta.url));
const register = fileURLToPath(new URL('./support/register-electron-stub.mjs', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'main-bundle-'));
  const main = ENTRIES.find((entry) => entry.outfile === 'dist/electron/main.js');
  if (!main) throw new Error('no main entry');
  // The same esbuild options as `npm run build:host`, into a scratch directory.
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, main.source)],
    outfile: path.join(dir, 'electron', 'main.js'),
    bundle: true,
    logLevel: 'silent',
    ...main.options,
  });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main-process bundle', () => {
  it('boots under a stub electron: services, IPC and a hardened window, no unbundlable requires', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', register, path.join(dir, 'electron', 'main.js')],
      { timeout: 30_000 },
    );
    const record = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(record.error).toBeUndefined();
    expect(record.sandbox).toBe(true);
    expect(record.schemes).toEqual(['app']);
    expect(record.protocols).toEqual(['app']);
    expect(record.permissions).toBe(2);
    expect([...record.handles].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(record.removedListeners).toContain('electron-store-get-data');
    expect(record.loaded).toBe('app://studio/index.html');
    expect(record.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});
