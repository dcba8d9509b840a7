import { existsSync } from 'node:fs';
import path from 'node:path';

/** Folder name of the app's data under the OS config directory on Linux. */
const LINUX_DIR = 'webhook-studio';
/** Folder name on macOS and Windows, where product names are shown as they are. */
const PRODUCT_DIR = 'Webhook Studio';

/** The OS's per-user config directory for the app (where the Electron shell keeps its data too). */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_DIR);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_DIR);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), LINUX_DIR);
}

/** `WEBHOOK_STUDIO_DATA_DIR` when set, else the OS config directory. */
export function resolveDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const fromEnv = env.WEBHOOK_STUDIO_DATA_DIR?.trim();
  return fromEnv ? path.resolve(fromEnv) : defaultDataDir(platform, env, home);
}

/** The port from `--port N` / `--port=N`, else `PORT`, else 0 (a free one). Throws a readable error. */
export function resolvePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--port') raw = argv[i + 1] ?? '';
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  }
  raw ??= env.PORT;
  if (raw === undefined || raw.trim() === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${raw}" is not a port number (0–65535; 0 picks a free port).`);
  }
  return port;
}

/**
 * Where the built UI is: `dist/renderer` next to the bundle's `dist/web`, or, when this file runs from
 * source (`electron/web`), the project's `dist/renderer`.
 */
export function resolveStaticDir(moduleDir: string): string {
  const candidates = [
    path.join(moduleDir, '..', 'renderer'),
    path.join(moduleDir, '..', '..', 'dist', 'renderer'),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0]!;
}
