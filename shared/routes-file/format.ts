import * as z from 'zod';
import { RouteSchema, type RouteView } from '../bridge/route-schema';
import { fileIssues, formatPath, MAX_ISSUES, type DraftFileIssue } from '../draft-file/issues';

/** The `$schema` a routes file names; the schema is committed in schema/routes-1.schema.json. */
export const ROUTES_SCHEMA_URL = 'https://webhook-studio.app/schemas/routes-1.json';
/** The routes-file format this build reads and writes. */
export const ROUTES_FORMAT_VERSION = 1;
/** At most this many routes, and this many bytes, in one file. */
export const MAX_ROUTES = 200;
export const MAX_ROUTES_FILE_BYTES = 1024 * 1024;
/** Nesting of a route's body template beyond this is refused (a template, not a data dump). */
export const MAX_BODY_DEPTH = 32;

/**
 * The local receiver's scripted answers, as the app exports them and `webhook-studio receiver --routes`
 * and `webhook-studio test --routes` read them.
 */
export const RoutesFileSchema = z.strictObject({
  $schema: z.string().optional().describe('The URL of this JSON Schema.'),
  format_version: z
    .literal(ROUTES_FORMAT_VERSION)
    .describe('The routes-file format; newer versions need a newer Webhook Studio.'),
  routes: z
    .array(
      z.strictObject({
        method: RouteSchema.shape.method.describe('HTTP method, or * for any.'),
        path: RouteSchema.shape.path.describe('The path answered, e.g. /hooks/users (no query string).'),
        status: RouteSchema.shape.status.describe('The HTTP status answered.'),
        body: RouteSchema.shape.body.describe(
          'A JSON template: strings may hold {{field}} placeholders filled from the request body, and {{$uuid}}, {{$id}}, {{$now}}.',
        ),
        delayMs: RouteSchema.shape.delayMs.describe('Milliseconds to wait before answering.'),
      }),
    )
    .max(MAX_ROUTES)
    .describe('One answer per method and path.'),
});

/** A routes file read: the routes, or every problem by JSON path. */
export type ParseRoutesResult = { ok: true; routes: RouteView[] } | { ok: false; issues: DraftFileIssue[] };

/** The deepest nesting of a JSON value (a scalar is 0), stopping once past `limit`. */
function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth + 1;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
  return deepest;
}

/** Reads a routes file: size, JSON, schema, body depth and repeated routes, each reported by path. */
export function parseRoutesFile(text: string): ParseRoutesResult {
  const fail = (path: string, message: string): ParseRoutesResult => ({
    ok: false,
    issues: [{ path, message }],
  });
  if (text.length > MAX_ROUTES_FILE_BYTES) {
    return fail('', `the file is larger than ${MAX_ROUTES_FILE_BYTES / 1024} KiB; a routes file is small`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('', `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const parsed = RoutesFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fileIssues(parsed.error.issues).slice(0, MAX_ISSUES) };
  const issues: DraftFileIssue[] = [];
  const seen = new Map<string, number>();
  parsed.data.routes.forEach((route, i) => {
    if (depthOf(route.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      issues.push({
        path: formatPath(['routes', i, 'body']),
        message: `nests deeper than ${MAX_BODY_DEPTH} levels`,
      });
    }
    const key = `${route.method.toUpperCase()} ${route.path}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push({ path: formatPath(['routes', i]), message: `answers ${key} again (as routes[${first}])` });
  });
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, routes: parsed.data.routes.map((r) => ({ ...r, method: r.method.toUpperCase() })) };
}

/** The routes as a file: stable JSON meant to be kept next to the draft in Git. */
export function exportRoutes(routes: readonly RouteView[]): string {
  const file = {
    $schema: ROUTES_SCHEMA_URL,
    format_version: ROUTES_FORMAT_VERSION,
    routes: routes.map(({ method, path, status, body, delayMs }) => ({
      method,
      path,
      status,
      body,
      delayMs,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
