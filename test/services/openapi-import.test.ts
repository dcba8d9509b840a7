import { promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bigDescription } from '../../bench/openapi-data';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { loadDescription } from '../../electron/services/openapi/load-description';
import { loadInWorker } from '../../electron/services/openapi/run-load';
import type { DomainDraft } from '../../shared/model/draft';
import { onePostDescription } from './openapi-contracts-fixture';

const examples = path.join(process.cwd(), 'node_modules/@readme/oas-examples');
const example = (file: string) => readFileSync(path.join(examples, file), 'utf8');
const OK_200 = { '200': { description: 'ok' } };

let dataDir: string;
let services: AppServices | undefined;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-openapi-'));
});
afterEach(async () => {
  await services?.close();
  services = undefined;
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const out = await services!.dispatch(channel, input);
  if (!out.ok) throw new Error(`${channel}: ${out.error.code} ${out.error.message}`);
  return out.value as T;
}

describe('loading real-world descriptions (@readme/oas-examples)', { timeout: 30_000 }, () => {
  it.each([
    [
      '2.0/json/petstore.json',
      'swagger-2.0',
      'POST /pet',
      ['id', 'category', 'name', 'photoUrls', 'tags', 'status'],
    ],
    [
      '3.0/yaml/petstore.yaml',
      'openapi-3.0',
      'POST /pet',
      ['id', 'category', 'name', 'photoUrls', 'tags', 'status'],
    ],
    [
      '3.1/json/train-travel.json',
      'openapi-3.1',
      'POST /bookings',
      ['id', 'trip_id', 'passenger_name', 'has_bicycle', 'has_dog'],
    ],
  ])('%s', async (file, spec, key, props) => {
    const result = await loadDescription({ text: example(file) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.spec).toBe(spec);
    const op = result.index.operations.find((o) => o.key === key);
    expect(op?.request?.properties.map((p) => p.name)).toEqual(props);
    expect(result.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('circular schemas are cut, not followed forever, and the index is plain JSON', async () => {
    const result = await loadDescription({ text: example('3.0/json/circular-request-bodies.json') });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(() => JSON.stringify(result.index)).not.toThrow();
    expect(result.index.operations.length).toBeGreaterThan(0);
  });

  it('Swagger 2.0 formData bodies become flat properties', async () => {
    const result = await loadDescription({ text: example('2.0/json/petstore.json') });
    if (!result.ok) throw new Error('not loaded');
    const upload = result.index.operations.find((o) => o.key === 'POST /pet/{petId}');
    expect(upload?.request).toMatchObject({ media_type: 'application/x-www-form-urlencoded' });
    expect(upload?.request?.properties.map((p) => p.name)).toEqual(['name', 'status']);
  });
});

describe('invalid descriptions say what and where, and replace nothing', () => {
  it('a YAML syntax error has its line', async () => {
    const result = await loadDescription({ text: 'openapi: 3.0.3\ninfo:\n  title: [x\n' });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/YAML/), line: expect.any(Number) }],
    });
  });
  it('a schema violation has its JSON pointer and the line in the source', async () => {
    const text = [
      'openapi: 3.0.3',
      'info:',
      '  title: x',
      '  version: "1"',
      'paths:',
      '  /a:',
      '    get:',
      '      responses:',
      '        "200":',
      '          descriptio: 1',
      '',
    ].join('\n');
    const result = await loadDescription({ text });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          message: 'missing required property "description"',
          pointer: '/paths/~1a/get/responses/200',
          line: 9,
        },
      ],
    });
  });
  it('a missing $ref is placed at the $ref', async () => {
    const doc = onePostDescription(
      '3.0.3',
      '/u',
      { $ref: '#/components/schemas/Nope' },
      { title: 'x', responses: OK_200 },
    );
    const result = await loadDescription({ text: JSON.stringify(doc, null, 2) });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ pointer: '/paths/~1u/post/requestBody/content/application~1json/schema/$ref', line: 14 }],
    });
  });
  it('an external $ref is not followed without asking', async () => {
    const doc = onePostDescription(
      '3.0.3',
      '/u',
      { $ref: 'https://schemas.example.com/user.json' },
      { title: 'x', responses: OK_200 },
    );
    const result = await loadDescription({ text: JSON.stringify(doc) });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          message: expect.stringMatching(
            /External reference "https:\/\/schemas.example.com\/user.json" was not followed/,
          ),
        },
      ],
    });
  });
  it('a document that is not OpenAPI or Swagger says so', async () => {
    expect(await loadDescription({ text: '{"asyncapi":"2.6.0"}' })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/neither "openapi"/) }],
    });
    expect(await loadDescription({ text: 'openapi: 4.0.0\n' })).toMatchObject({
      ok: false,
      errors: [{ pointer: '/openapi', line: 1 }],
    });
  });
});

// Each import starts a worker thread (compiling TypeScript on the fly here), which takes a few seconds
// on a busy machine.
describe('the openapi channels', { timeout: 60_000 }, () => {
  it('imports pasted text in a worker, keeps it per domain across restarts, and a failed import replaces nothing', async () => {
    services = await createAppServices({ dataDir, shell: 'web', version: '1' });
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    const imported = await call<{ status: string }>('openapi:import', {
      domain_id: id,
      source: { kind: 'text', text: example('3.1/json/train-travel.json'), name: 'train-travel.json' },
    });
    expect(imported).toMatchObject({
      status: 'imported',
      state: {
        description: { spec: 'openapi-3.1', source: { kind: 'file', location: 'train-travel.json' } },
      },
    });
    const failed = await call('openapi:import', { domain_id: id, source: { kind: 'text', text: '{ nope' } });
    expect(failed).toMatchObject({ status: 'invalid', errors: [{ line: 1 }] });
    await call('openapi:bind', { domain_id: id, binding: { profile: 'POST /bookings' } });
    await services.close();
    services = await createAppServices({ dataDir, shell: 'web', version: '1' });
    const state = await call<{ description: { index: { title: string } }; binding: object }>('openapi:get', {
      domain_id: id,
    });
    expect(state.description.index.title).toBe('Train Travel API');
    expect(state.binding).toEqual({ profile: 'POST /bookings' });
  });

  it('imports from a URL (http to this machine) and says what a failing server answered', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/openapi.yaml') res.end(example('3.0/yaml/petstore.yaml'));
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      services = await createAppServices({ dataDir, shell: 'web', version: '1' });
      const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
      expect(
        await call('openapi:import', { domain_id: id, source: { kind: 'url', url: `${base}/openapi.yaml` } }),
      ).toMatchObject({
        status: 'imported',
        state: { description: { source: { kind: 'url' }, index: { title: 'Swagger Petstore' } } },
      });
      const out = await services.dispatch('openapi:import', {
        domain_id: id,
        source: { kind: 'url', url: `${base}/missing` },
      });
      expect(out).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/answered HTTP 404/) },
      });
      const plain = await services.dispatch('openapi:import', {
        domain_id: id,
        source: { kind: 'url', url: 'http://example.com/a.json' },
      });
      expect(plain).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await call('openapi:get', { domain_id: id })).toMatchObject({
        description: { index: { title: 'Swagger Petstore' } },
      });
    } finally {
      server.close();
    }
  });
});

describe('external references the admin allowed', { timeout: 30_000 }, () => {
  it('are inlined into the text that is kept, so it loads later without them and without asking', async () => {
    await fs.writeFile(
      path.join(dataDir, 'user.json'),
      JSON.stringify({ type: 'object', required: ['email'], properties: { email: { type: 'string' } } }),
    );
    const main = path.join(dataDir, 'split.json');
    const text = JSON.stringify(
      onePostDescription('3.0.3', '/users', { $ref: './user.json' }, { title: 'Split' }),
    );
    await fs.writeFile(main, text);
    expect(await loadDescription({ text, baseFile: main })).toMatchObject({ ok: false });
    const loaded = await loadDescription({ text, baseFile: main, allowExternal: true });
    if (!loaded.ok || loaded.bundledText === undefined) throw new Error('not bundled');
    await fs.rm(path.join(dataDir, 'user.json'));
    // The kept text stands alone: no external reference left, the operation's schema inside it.
    const again = await loadDescription({ text: loaded.bundledText, contracts: true });
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.bundledText).toBeUndefined();
    const contract = again.contracts!.find((c) => c.key === 'POST /users');
    expect(JSON.stringify(contract)).toContain('"email"');
  });
});

describe('large descriptions', { timeout: 120_000 }, () => {
  it('a 10 MB description loads in the worker while the host keeps serving its event loop', async () => {
    const text = bigDescription(10 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const result = await loadInWorker({ text }, { timeoutMs: 110_000 });
    clearInterval(timer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.index.operations.find((o) => o.key === 'POST /employees')?.request?.properties,
    ).toHaveLength(2_000);
    expect(ticks).toBeGreaterThan(0);
  });
  it('a description over the size limit is refused before parsing', async () => {
    const result = await loadDescription({ text: `{"x":"${'a'.repeat(21 * 1024 * 1024)}"}` });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/limit is 20 MB/) }],
    });
  });
});
