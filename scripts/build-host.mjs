#!/usr/bin/env node
// Bundles everything that runs outside the renderer: the Electron shell (main + preload), the browser
// shell's loopback host, and — once their sources exist — the domain emulator and the CLI.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

// Bundled CommonJS dependencies inside an ESM bundle still call `require`; give them a real one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

/**
 * One line per program. `optional` entries are skipped while their source does not exist yet.
 * main bundles its dependencies (the installer ships only dist/), web/emulator run from the project's
 * own node_modules, so their packages stay external. The CLI bundles its dependencies too: a CI job
 * starts it once per run, and resolving and linking hundreds of package files cost more than its work.
 * An entry with `splitting` is built into its outfile's folder, with the modules it imports dynamically
 * as chunks beside it (loaded only by the commands that need them).
 */
export const ENTRIES = [
  {
    name: 'electron main',
    source: 'electron/main/index.ts',
    outfile: 'dist/electron/main.js',
    options: {
      format: 'esm',
      platform: 'node',
      target: 'node22',
      external: ['electron'],
      banner: { js: requireShim },
    },
  },
  {
    // Sandboxed preloads must be CommonJS and may require only `electron` (and a few polyfills).
    name: 'electron preload',
    source: 'electron/preload/index.ts',
    outfile: 'dist/electron/preload.cjs',
    options: { format: 'cjs', platform: 'browser', target: 'chrome140', external: ['electron'] },
  },
  {
    name: 'browser shell host',
    source: 'electron/web/serve.ts',
    outfile: 'dist/web/serve.js',
    options: { format: 'esm', platform: 'node', target: 'node20', packages: 'external' },
  },
  {
    name: 'domain emulator',
    source: 'electron/services/emulator/serve.ts',
    outfile: 'dist/emulator/serve.js',
    optional: true,
    options: { format: 'esm', platform: 'node', target: 'node20', packages: 'external' },
  },
  {
    // Parses API descriptions off the host's event loop. Bundled with its dependencies so the
    // installed app (which ships only dist/) can start it; every program finds it at ../workers/.
    name: 'API description worker',
    source: 'electron/services/openapi/description-worker.ts',
    outfile: 'dist/workers/openapi-worker.js',
    options: {
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: { js: requireShim },
    },
  },
  {
    // Reads users CSVs for sample imports (the app's and the command line's) off the event loop;
    // built and found like the description worker.
    name: 'samples CSV worker',
    source: 'electron/services/samples/csv-import-worker.ts',
    outfile: 'dist/workers/samples-csv-worker.js',
    options: {
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: { js: requireShim },
    },
  },
  {
    // The source's own `#!/usr/bin/env node` line is kept by esbuild, so `bin` works after a build.
    name: 'command-line tool',
    source: 'cli/webhook-studio.ts',
    outfile: 'dist/cli/webhook-studio.js',
    optional: true,
    options: {
      format: 'esm',
      platform: 'node',
      target: 'node20',
      splitting: true,
      banner: { js: requireShim },
    },
  },
];

/** Where esbuild writes an entry: its outfile, or (split into chunks) the outfile's folder, named alike. */
export function outputOf(entry, dir = root) {
  const outfile = path.join(dir, entry.outfile);
  if (!entry.options.splitting) return { entryPoints: [path.join(root, entry.source)], outfile };
  const name = path.basename(entry.outfile, '.js');
  return {
    entryPoints: { [name]: path.join(root, entry.source) },
    outdir: path.dirname(outfile),
    chunkNames: `${name}-[name]-[hash]`,
  };
}

/** The entries that will be built: required ones always, optional ones only when their source exists. */
export function selectEntries(entries = ENTRIES, exists = (file) => existsSync(path.join(root, file))) {
  return entries.filter((entry) => !entry.optional || exists(entry.source));
}

async function main() {
  const entries = selectEntries();
  const outDirs = new Set(entries.map((entry) => path.dirname(entry.outfile)));
  await Promise.all([...outDirs].map((dir) => rm(path.join(root, dir), { recursive: true, force: true })));
  const sourcemap = process.env.SOURCEMAP === '1' ? 'linked' : false;
  for (const entry of entries) {
    await build({
      absWorkingDir: root,
      ...outputOf(entry),
      bundle: true,
      sourcemap,
      legalComments: 'none',
      logLevel: 'warning',
      ...entry.options,
    });
    console.log(`built ${entry.name}: ${entry.outfile}`);
  }
  for (const entry of ENTRIES.filter((candidate) => !entries.includes(candidate))) {
    console.log(`skipped ${entry.name}: ${entry.source} does not exist yet`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
