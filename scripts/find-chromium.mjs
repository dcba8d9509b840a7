#!/usr/bin/env node
// Finds the Chromium (or Chrome) the end-to-end tests drive, before any test runs. Playwright cannot
// download browsers here, so on a fresh Debian machine run as root we install Debian's own package;
// anywhere else we stop with one line saying exactly what to install, instead of three failing files.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Executable names looked up on PATH, in order. */
export const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
/** Where Debian's package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Fixed places checked after PATH. CHROMIUM_FALLBACK_PATHS (colon-separated, may be empty) replaces
 * them, so a clean machine can be imitated without uninstalling anything.
 */
const FALLBACKS = [DEBIAN_CHROMIUM, '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The one-line instruction printed when no browser is found and none can be installed. */
export const INSTALL_HINT =
  'No Chromium or Chrome found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to drive: CHROMIUM_PATH when set (an error when it is not executable), else the first of
 * NAMES on PATH, else a fixed place. `{ path: null }` when there is none.
 */
export function findChromium(env = process.env, executable = isExecutable) {
  if (env.CHROMIUM_PATH) {
    if (executable(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH };
    return {
      path: null,
      error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file.`,
    };
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (executable(file)) return { path: file };
    }
  }
  const fallbacks =
    env.CHROMIUM_FALLBACK_PATHS === undefined
      ? FALLBACKS
      : env.CHROMIUM_FALLBACK_PATHS.split(':').filter(Boolean);
  for (const file of fallbacks) if (executable(file)) return { path: file };
  return { path: null };
}

/**
 * Whether this process may install Debian's chromium itself: root on Debian with apt-get, unless
 * WEBHOOK_STUDIO_NO_BROWSER_INSTALL is set (a machine that must not change, or a test of the message).
 */
export function canInstall(uid = process.getuid?.() ?? -1, exists = existsSync, env = process.env) {
  if (env.WEBHOOK_STUDIO_NO_BROWSER_INSTALL) return false;
  return uid === 0 && exists('/etc/debian_version') && exists('/usr/bin/apt-get');
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) return false;
  }
  return isExecutable(DEBIAN_CHROMIUM);
}

/** Exit 0 with the browser found (or installed), 1 with one line saying what to install. */
function main() {
  const found = findChromium();
  if (found.path) return 0;
  if (found.error) {
    console.error(found.error);
    return 1;
  }
  if (canInstall()) {
    console.error(
      'No Chromium or Chrome found: installing Debian’s chromium with apt-get (running as root).',
    );
    if (install()) return 0;
  }
  console.error(INSTALL_HINT);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
