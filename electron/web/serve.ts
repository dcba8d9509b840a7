import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { resolveDataDir, resolvePort, resolveStaticDir } from './serve-options';
import { createWebHost } from './server';

/** `npm run web`: the same UI and services as the desktop app, served to a browser on 127.0.0.1. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Usage: npm run web [-- --port N]   (env: PORT, WEBHOOK_STUDIO_DATA_DIR)');
    return;
  }
  const moduleDir = path.dirname(fileURLToPath(import.meta.url));
  const port = resolvePort(argv, process.env);
  const dataDir = resolveDataDir(process.platform, process.env, os.homedir());
  const staticDir = resolveStaticDir(moduleDir);
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.warn(`The UI is not built (${staticDir} has no index.html); run \`npm run build\` first.`);
  }

  const services = await createAppServices({ dataDir, shell: 'web', version: readVersion(moduleDir) });
  for (const problem of services.storeProblems) {
    console.warn(`Moved an unreadable file aside: ${problem.file} → ${problem.moved_to} (${problem.reason})`);
  }
  const host = await createWebHost({ dispatch: services.dispatch, events: services.events, staticDir, port });

  console.log(`Webhook Studio is running — open ${host.openUrl}`);
  console.log(
    'Note: the browser shell holds secrets (passwords, API keys) in memory only; they are forgotten when it stops.',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    stopping = true;
    console.log(`Stopping (${signal})…`);
    Promise.all([host.close(), services.close()])
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The app version from package.json, two levels up from both the bundle (dist/web) and the source. */
function readVersion(moduleDir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(moduleDir, '..', '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  const message =
    code === 'EADDRINUSE'
      ? 'that port is already in use; pick another with --port N or PORT=N (0 picks a free one).'
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`Webhook Studio could not start: ${message}`);
  process.exit(1);
});
