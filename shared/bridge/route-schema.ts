import * as z from 'zod';

// On its own (harness-schemas re-exports it): the routes file and the command line need this one
// schema, not the two hundred of the harness's channels.

/** A route of the local receiver: a scripted answer. */
export const RouteSchema = z.object({
  method: z.string().trim().min(1).max(10),
  path: z.string().trim().startsWith('/', 'a path starts with /').max(500),
  status: z.number().int().min(100).max(599).default(200),
  /** A JSON template; strings may hold `{{field}}` placeholders filled from the request body. */
  body: z.unknown().default({}),
  delayMs: z.number().int().min(0).max(60_000).default(0),
});
export type RouteView = z.output<typeof RouteSchema>;
