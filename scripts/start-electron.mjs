#!/usr/bin/env node
// Launches the built desktop app. electron 45 fetches its runtime on first launch, not at install
// time; where that download cannot happen, say so plainly and point to the browser shell instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

const NETWORK_PATTERNS = [
  /ENOTFOUND/,
  /EAI_AGAIN/,
  /ECONNREFUSED/,
  /ECONNRESET/,
  /ETIMEDOUT/,
  /ENETUNREACH/,
  /EHOSTUNREACH/,
  /getaddrinfo/i,
  /socket hang up/i,
  /RequestError/,
  /HTTPError/,
  /certificate/i,
  /proxy/i,
];

/** Where electron's own launcher expects the runtime; `present` is false until it has been downloaded. */
export function locateRuntime(
  electronDir,
  fileExists = existsSync,
  readText = (file) => readFileSync(file, 'utf8'),
) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fileExists(pathFile)) return { present: false, executable: null };
  const executable = path.join(electronDir, 'dist', readText(pathFile).trim());
  return { present: fileExists(executable), executable };
}

/** Whether a failed download looks like the machine simply has no way to reach the download host. */
export function isNetworkFailure(output) {
  return NETWORK_PATTERNS.some((pattern) => pattern.test(output));
}

/** The plain-language message for a launch that cannot go ahead; `stage` says which step failed. */
export function explainLaunchFailure({ stage, output = '', code = null }) {
  const web = 'Run `npm run web` to use the same app in your browser.';
  if (stage === 'download') {
    const reason = isNetworkFailure(output)
      ? 'this machine cannot reach the download server'
      : `the download failed${code === null ? '' : ` (exit code ${code})`}`;
    return [
      `The Electron runtime could not be downloaded: ${reason}.`,
      'Electron fetches it once, on the first `npm start`; try again when you are online.',
      web,
    ].join('\n');
  }
  return [
    `The desktop app stopped${code === null ? ' before it could start' : ` with exit code ${code}`}.`,
    'If its window never opened, on Linux that is usually a missing system library (GTK, NSS) or no display.',
    web,
  ].join('\n');
}

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: null, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  let runtime = locateRuntime(electronDir);
  if (!runtime.present) {
    console.log('Fetching the Electron runtime (first launch only)…');
    const download = await run(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: DOWNLOAD_TIMEOUT_MS,
    });
    runtime = locateRuntime(electronDir);
    if (download.code !== 0 || !runtime.present) {
      console.error(
        explainLaunchFailure({ stage: 'download', output: download.output, code: download.code }),
      );
      process.exit(1);
    }
  }
  const env = { ...process.env };
  // Set by some tools; it would turn the app into a plain Node process.
  delete env.ELECTRON_RUN_AS_NODE;
  const launch = await run(runtime.executable, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (launch.code !== 0) {
    console.error(explainLaunchFailure({ stage: 'launch', output: launch.output, code: launch.code }));
    process.exit(launch.code ?? 1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
