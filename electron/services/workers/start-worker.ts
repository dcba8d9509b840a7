import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Where every built program (`dist/<program>/x.js`) finds the bundled workers: `dist/workers/`. */
let bundledDir = new URL('../workers/', import.meta.url);

/**
 * Looks for bundled workers in `dir` first: the benchmarks run the host from its sources but measure
 * the workers as a built app runs them (`npm run bench` builds first), not behind tsx's loader.
 */
export function useBundledWorkersFrom(dir: string): void {
  bundledDir = pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`);
}

/**
 * The bundled worker script `<name>.js` beside the built programs, or undefined when running from the
 * sources. In the packaged desktop app the workers are unpacked next to the archive, because a worker
 * thread cannot start from a file inside it.
 */
export function bundledWorker(name: string, dir: URL = bundledDir): string | undefined {
  const file = fileURLToPath(new URL(`${name}.js`, dir));
  const unpacked = file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return [unpacked, file].find((candidate) => existsSync(candidate));
}

/**
 * Starts a worker thread: the bundled script `<name>.js` in a built program, or, when running from the
 * project (tests, `npx tsx`), the TypeScript `source` behind tsx's loader.
 */
export function startWorker(name: string, source: URL, resourceLimits: ResourceLimits): Worker {
  const bundled = bundledWorker(name);
  if (bundled) return new Worker(bundled, { resourceLimits });
  // tsx is a dev dependency, present wherever the sources run; its ESM API (the `import` condition of
  // `tsx/esm/api`) registers the loader inside the worker.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')).href.replace(
    /package\.json$/,
    'dist/esm/api/index.mjs',
  );
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { resourceLimits, eval: true });
}
