import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to; the strict CSP (no 'unsafe-eval')
// refuses that and logs a violation. Import this module before anything that defines a schema.
z.config({ jitless: true });
