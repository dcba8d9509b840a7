import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The built browser shell, started exactly as `npm run web` starts it, on an ephemeral loopback port. */
export interface WebShell {
  /** The URL with the per-launch token, as printed for the user. */
  openUrl: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Start `dist/web/serve.js` with its own data directory (or a given one, to test restarts). */
export async function startWebShell(
  dataDir = mkdtempSync(path.join(tmpdir(), 'whs-e2e-')),
): Promise<WebShell> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'dist/web/serve.js'), '--port', '0'], {
    env: { ...process.env, WEBHOOK_STUDIO_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}:\n${output}`)));
  });
  return {
    openUrl,
    origin: new URL(openUrl).origin,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Remove a data directory made by startWebShell. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
