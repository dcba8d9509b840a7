import { promises as fs, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { runCli } from '../../cli/run-cli';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { DEFAULT_NET_CONFIG, setNetConfig } from '../../electron/services/net/net-config';
import { MAX_EXTERNAL_DOCUMENTS } from '../../electron/services/openapi/external-refs';
import { API_DESCRIPTIONS_DIR } from '../../electron/services/openapi/openapi-service';
import { memorySettings } from '../../electron/services/storage/settings-store';
import { draftFileText } from './support/draft-file';
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy';
import { TestCa } from './support/test-ca';

// A name no DNS server knows: only the proxy maps it to this machine, so reaching it proves the proxy was used.
const HRIS = 'hris.corp.invalid';
const ca = new TestCa();
const dir = mkdtempSync(path.join(tmpdir(), 'ws-extref-'));
const caFile = path.join(dir, 'root.pem');
writeFileSync(caFile, ca.cert);

let proxy: ForwardProxy;
let server: Server;
let origin: string;
/** The same documents over plain http on 127.0.0.1 (allowed to this machine), for the many-documents case. */
let local: ReturnType<typeof createHttpServer>;
let localOrigin: string;
/** Paths the HR system was asked for, in order. */
const served: string[] = [];
const documents = new Map<string, string>();

const operation = (schema: object) => ({
  post: {
    requestBody: { content: { 'application/json': { schema } } },
    responses: { '201': { description: 'created' } },
  },
});

beforeAll(async () => {
  proxy = await startForwardProxy({ hosts: { [HRIS]: '127.0.0.1' } });
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    served.push(req.url ?? '');
    const body = documents.get(req.url ?? '');
    res.statusCode = body === undefined ? 404 : 200;
    res.setHeader('content-type', req.url?.endsWith('.yaml') ? 'application/yaml' : 'application/json');
    res.end(body ?? '{}');
  };
  server = createServer(ca.issue([HRIS]), serve);
  local = createHttpServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  localOrigin = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
  origin = `https://${HRIS}:${(server.address() as AddressInfo).port}`;
  // The description refers to a schema next to it (relative), which refers to one elsewhere on the host.
  documents.set(
    '/api/openapi.yaml',
    [
      'openapi: 3.0.3',
      'info: {title: Split HR, version: "1"}',
      'paths:',
      '  /workers:',
      '    post:',
      '      requestBody:',
      '        content:',
      '          application/json:',
      "            schema: {$ref: './schemas/worker.json'}",
      '      responses:',
      "        '201': {description: created}",
      '',
    ].join('\n'),
  );
  documents.set(
    '/api/schemas/worker.json',
    JSON.stringify({
      type: 'object',
      required: ['workEmail'],
      properties: {
        workEmail: { type: 'string' },
        address: { $ref: `${origin}/common/address.json` },
      },
    }),
  );
  documents.set(
    '/common/address.json',
    JSON.stringify({ type: 'object', properties: { postalTown: { type: 'string' } } }),
  );
  // Plain http to a host that is not this machine is refused, as for the description itself.
  documents.set(
    '/api/plain.json',
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Plain', version: '1' },
      paths: { '/workers': operation({ $ref: `http://${HRIS}/schemas/worker.json` }) },
    }),
  );
  const many = Object.fromEntries(
    Array.from({ length: MAX_EXTERNAL_DOCUMENTS + 1 }, (_, i) => [`f${i}`, { $ref: `./many/f${i}.json` }]),
  );
  for (let i = 0; i <= MAX_EXTERNAL_DOCUMENTS; i++)
    documents.set(`/api/many/f${i}.json`, '{"type":"string"}');
  documents.set(
    '/api/many.json',
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Many', version: '1' },
      paths: { '/workers': operation({ type: 'object', properties: many }) },
    }),
  );
});

let app: AppServices | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  setNetConfig(DEFAULT_NET_CONFIG);
});
afterAll(async () => {
  await proxy.close();
  server.close();
  local.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const dataDir = mkdtempSync(path.join(dir, 'data-'));
  app = await createAppServices({ dataDir, shell: 'web', version: 't', settings: memorySettings() });
  const services = app;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const res = await services.dispatch(channel as never, input);
    if (!res.ok) throw Object.assign(new Error(`${channel}: ${res.error.message}`), res.error);
    return res.value as T;
  };
  await call('network:set', {
    mode: 'manual',
    url: proxy.url,
    bypass: '',
    username: '',
    proxy_loopback: false,
    ca_file: caFile,
  });
  const { id } = await call<{ id: string }>('domains:create', { name: 'acme' });
  const importUrl = (url: string) =>
    call<{ status: string; errors?: { message: string }[] }>('openapi:import', {
      domain_id: id,
      source: { kind: 'url', url },
      allow_external: true,
    });
  return {
    importUrl,
    kept: () => fs.readFile(path.join(dataDir, API_DESCRIPTIONS_DIR, `${id}.source`), 'utf8'),
  };
}

describe('external references of a description imported from a URL', { timeout: 60_000 }, () => {
  it('are read through the proxy and CA the network settings name, relative ones against the URL', async () => {
    const { importUrl, kept } = await start();
    served.length = 0;
    const before = proxy.log.length;
    const result = await importUrl(`${origin}/api/openapi.yaml`);
    expect(result).toMatchObject({ status: 'imported' });
    // The description once, then each referenced document once: the parser did not fetch the root again.
    expect(served).toEqual(['/api/openapi.yaml', '/api/schemas/worker.json', '/common/address.json']);
    // Every connection went through the proxy: this machine alone cannot even resolve the name.
    const asked = proxy.log.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((line) => line === `CONNECT ${HRIS}:${new URL(origin).port}`)).toBe(true);
    // What is kept stands alone, both referenced schemas inlined.
    const text = await kept();
    expect(text).toContain('workEmail');
    expect(text).toContain('postalTown');
    expect(text).not.toContain(HRIS);
  });

  it('over plain http to another machine are refused with the reason, and nothing is kept', async () => {
    const { importUrl, kept } = await start();
    const result = await importUrl(`${origin}/api/plain.json`);
    expect(result.status).toBe('invalid');
    expect(result.errors?.[0]?.message).toMatch(/An external reference could not be read: .*https/);
    await expect(kept()).rejects.toThrow();
  });

  it(`stop after ${MAX_EXTERNAL_DOCUMENTS} referenced documents and say how to go on`, async () => {
    const { importUrl } = await start();
    served.length = 0;
    const result = await importUrl(`${localOrigin}/api/many.json`);
    expect(result.status).toBe('invalid');
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(
        `More than ${MAX_EXTERNAL_DOCUMENTS} referenced documents; bundle the description into one file`,
      ),
    );
    // Reads already under way finish; none is started once the load has stopped.
    for (let seen = -1; seen !== served.length;) {
      seen = served.length;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(served.length).toBeLessThanOrEqual(MAX_EXTERNAL_DOCUMENTS + 1);
  });
});

describe('the command line, on a description at a URL with external references', { timeout: 60_000 }, () => {
  it('follows them through --proxy with --ca-file, and checks the draft against the inlined schemas', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      env: {},
      readFile: async () => draftFileText(`${origin}/workers`),
      writeFile: async () => undefined,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    };
    served.length = 0;
    const argv = ['validate', 'd.json', '--openapi', `${origin}/api/openapi.yaml`, '--json'];
    const code = await runCli(
      [...argv, '--allow-external-refs', '--proxy', proxy.url, '--ca-file', caFile],
      io,
    );
    expect(err.join('\n')).toBe('');
    expect(served).toEqual(['/api/openapi.yaml', '/api/schemas/worker.json', '/common/address.json']);
    // The required field of the referenced schema is known: the draft sends no `workEmail`.
    const report = JSON.parse(out.join('\n')) as { api_findings: { api_field: string; problem: string }[] };
    expect(report.api_findings).toContainEqual(
      expect.objectContaining({
        api_field: 'workEmail',
        problem: expect.stringMatching(/is required by POST \/workers/),
      }),
    );
    expect(code).toBe(0);
  });
});
