import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exportRoutes, parseRoutesFile, ROUTES_SCHEMA_URL } from '../../shared/routes-file/format';
import { routesJsonSchema, routesJsonSchemaText } from '../../shared/routes-file/json-schema';

const committed = readFileSync(
  fileURLToPath(new URL('../../schema/routes-1.schema.json', import.meta.url)),
  'utf8',
);
const ROUTES = [
  {
    method: 'POST',
    path: '/hooks/users',
    status: 200,
    body: { id: '{{$id}}', email: '{{email}}' },
    delayMs: 0,
  },
  { method: '*', path: '/hooks/slow', status: 503, body: 'busy', delayMs: 250 },
];

describe('schema/routes-1.schema.json', () => {
  it('is what the zod schema generates (run `npx tsx scripts/gen-schema.ts` when this fails)', () => {
    expect(committed).toBe(routesJsonSchemaText());
    expect((JSON.parse(committed) as { $id: string }).$id).toBe(ROUTES_SCHEMA_URL);
  });

  it('accepts exports and refuses what the reader refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(routesJsonSchema());
    const exported = JSON.parse(exportRoutes(ROUTES)) as unknown;
    expect(validate(exported)).toBe(true);
    expect(validate({ format_version: 1, routes: [{ method: 'GET', path: '/x' }] })).toBe(true);
    expect(validate({ format_version: 1, routes: [{ method: 'GET', path: 'x' }] })).toBe(false);
    expect(validate({ format_version: 1, routes: [{ method: 'GET', path: '/x', status: 700 }] })).toBe(false);
    expect(validate({ format_version: 2, routes: [] })).toBe(false);
    expect(validate({ format_version: 1, routes: [{ method: 'GET', path: '/x', colour: 'red' }] })).toBe(
      false,
    );
  });
});

describe('routes files', () => {
  it('round-trips the routes the app exports', () => {
    const parsed = parseRoutesFile(exportRoutes(ROUTES));
    expect(parsed).toEqual({ ok: true, routes: ROUTES });
    const short = parseRoutesFile('{"format_version":1,"routes":[{"method":"post","path":"/a"}]}');
    expect(short).toEqual({
      ok: true,
      routes: [{ method: 'POST', path: '/a', status: 200, body: {}, delayMs: 0 }],
    });
  });

  it('reports each problem by JSON path', () => {
    const text = JSON.stringify({
      format_version: 1,
      routes: [
        { method: 'POST', path: '/ok' },
        { method: 'POST', path: 'hooks', status: '200' },
        { method: 'GET', path: '/x', delay: 5 },
      ],
    });
    const parsed = parseRoutesFile(text);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((i) => i.path);
    expect(paths).toEqual(['routes[1].path', 'routes[1].status', 'routes[2].delay']);
    expect(parseRoutesFile('{"routes": []}')).toEqual({
      ok: false,
      issues: [{ path: 'format_version', message: 'is required' }],
    });
  });

  it('refuses a repeated route, a bottomless body, a huge file and broken JSON', () => {
    const twice = parseRoutesFile(
      JSON.stringify({ format_version: 1, routes: [ROUTES[0], { ...ROUTES[0], method: 'post' }] }),
    );
    expect(twice).toEqual({
      ok: false,
      issues: [{ path: 'routes[1]', message: 'answers POST /hooks/users again (as routes[0])' }],
    });
    let body: unknown = 'leaf';
    for (let i = 0; i < 40; i++) body = { a: body };
    const deep = parseRoutesFile(
      JSON.stringify({ format_version: 1, routes: [{ method: 'GET', path: '/', body }] }),
    );
    expect(deep.ok ? [] : deep.issues.map((i) => i.path)).toEqual(['routes[0].body']);
    const huge = parseRoutesFile(' '.repeat(2 * 1024 * 1024));
    expect(huge.ok ? '' : huge.issues[0]?.message).toMatch(/larger than 1024 KiB/);
    const broken = parseRoutesFile('{"format_version": 1,');
    expect(broken.ok ? '' : broken.issues[0]?.message).toMatch(/^not valid JSON/);
  });
});
