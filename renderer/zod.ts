import { config } from 'zod/v4';

/**
 * The schema library as the renderer's bundle sees it (vite.config.ts points `zod` here). zod compiles
 * object parsers with `new Function` unless told not to; the strict CSP (no 'unsafe-eval') refuses that and
 * logs a violation. Every schema module imports `zod`, so this runs before any schema is defined, in
 * whichever chunk the schemas load. Everything zod exports is passed on: schema modules write
 * `import * as z from 'zod'` and reach it all through that namespace.
 */
config({ jitless: true });

export * from 'zod/v4';
