import { config, z } from 'zod/v4';

/**
 * The schema library as the renderer's bundle sees it (vite.config.ts points `zod` here). zod compiles
 * object parsers with `new Function` unless told not to; the strict CSP (no 'unsafe-eval') refuses that and
 * logs a violation. Every schema module imports `zod`, so this runs before any schema is defined, in
 * whichever chunk the schemas load.
 */
config({ jitless: true });

export { z };
