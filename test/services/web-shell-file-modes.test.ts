import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileModes } from './support/file-modes';

const root = fileURLToPath(new URL('../..', import.meta.url));

let tmp: string;
let umask: number;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-web-modes-'));
  // The usual desktop umask, under which plain writes make files and folders every user can read.
  umask = process.umask(0o022);
});
afterEach(async () => {
  process.umask(umask);
  await fs.rm(tmp, { recursive: true, force: true });
});

/** `npm run web` from source with its own data folder; resolves with the URL it prints and a stop. */
async function startShell(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--port', '0'], {
    cwd: root,
    env: { ...process.env, WEBHOOK_STUDIO_DATA_DIR: dataDir, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let out = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
  const { origin, hash } = new URL(url);
  const token = hash.slice('#token='.length);
  const call = async (channel: string, input: unknown) => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: { id?: string } };
    expect(body.ok, `${channel}: ${JSON.stringify(body)}`).toBe(true);
    return body.value;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return { call, stop };
}

describe.runIf(process.platform !== 'win32')('file modes of the browser shell', () => {
  it('creates its data folders 0700 and writes settings, drafts, samples and logs 0600', async () => {
    // Folders that do not exist yet: each one the shell creates must be the owner's alone.
    const dataDir = path.join(tmp, 'config', 'webhook-studio');
    const shell = await startShell(dataDir);
    try {
      await shell.call('settings:set', { theme: 'dark' });
      const created = await shell.call('domains:create', { name: 'acme' });
      await shell.call('harness:samples-import', {
        id: created!.id,
        format: 'csv',
        text: 'First Name,Last Name,Email,Employee ID\nAnn,Lee,ann@acme.com,E1',
      });
      await shell.call('harness:history', { id: created!.id, clear: true });
    } finally {
      await shell.stop();
    }

    const all = await fileModes(tmp);
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining([
        'config',
        'config/webhook-studio/settings.json',
        'config/webhook-studio/drafts',
      ]),
    );
    expect(Object.keys(all).some((name) => name.includes('harness-log'))).toBe(true);
    for (const [name, mode] of Object.entries(all)) {
      expect(`${name}: ${mode}`).toBe(`${name}: ${mode.startsWith('dir') ? 'dir 700' : 'file 600'}`);
    }
  });

  it('tightens a data folder and settings file an older version left readable by others', async () => {
    const dataDir = path.join(tmp, 'data');
    await fs.mkdir(dataDir, { mode: 0o755 });
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"theme":"light"}\n', { mode: 0o644 });
    const shell = await startShell(dataDir);
    await shell.stop();
    expect(await fileModes(tmp)).toEqual({
      data: 'dir 700',
      'data/drafts': 'dir 700',
      'data/settings.json': 'file 600',
    });
  });
});
