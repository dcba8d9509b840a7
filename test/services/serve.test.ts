import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  resolveDataDir,
  resolvePort,
  resolveStaticDir,
} from '../../electron/web/serve-options';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('serve options', () => {
  it('puts data in the OS config directory unless WEBHOOK_STUDIO_DATA_DIR says otherwise', () => {
    expect(defaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/webhook-studio');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/webhook-studio');
    expect(defaultDataDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Webhook Studio',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Webhook Studio',
    );
    expect(resolveDataDir('linux', { WEBHOOK_STUDIO_DATA_DIR: '/data/ws' }, '/home/ada')).toBe(
      path.resolve('/data/ws'),
    );
  });

  it('takes the port from --port, then PORT, else 0', () => {
    expect(resolvePort([], {})).toBe(0);
    expect(resolvePort([], { PORT: '8123' })).toBe(8123);
    expect(resolvePort(['--port', '9000'], { PORT: '8123' })).toBe(9000);
    expect(resolvePort(['--port=9001'], {})).toBe(9001);
    expect(() => resolvePort(['--port', 'abc'], {})).toThrow(/"abc" is not a port number/);
    expect(() => resolvePort([], { PORT: '70000' })).toThrow(/not a port number/);
  });

  it('finds the built UI next to the bundle', async () => {
    const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-dist-'));
    try {
      await fs.mkdir(path.join(dist, 'renderer'));
      await fs.writeFile(path.join(dist, 'renderer', 'index.html'), '');
      expect(resolveStaticDir(path.join(dist, 'web'))).toBe(path.join(dist, 'renderer'));
    } finally {
      await fs.rm(dist, { recursive: true, force: true });
    }
  });
});

describe('npm run web entry', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-serve-'));
  });
  afterEach(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('prints the URL to open, answers with its token, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--port', '0'], {
      cwd: root,
      env: { ...process.env, WEBHOOK_STUDIO_DATA_DIR: dataDir, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const lines = await new Promise<string[]>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          if (/\n.*memory only.*\n/.test(out)) resolve(out.trim().split('\n'));
        });
        child.on('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      const urls = lines.flatMap((line) => line.match(/http:\/\/\S+/g) ?? []);
      expect(urls).toHaveLength(1);
      const match = /^(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]{43})$/.exec(urls[0]!);
      expect(match).not.toBeNull();
      const [, base, token] = match!;
      const res = await fetch(`${base}/api/app:info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(await res.json()).toMatchObject({
        ok: true,
        value: { shell: 'web', secrets: { kind: 'memory' } },
      });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
