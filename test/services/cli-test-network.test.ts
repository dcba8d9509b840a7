import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessIo } from '../../cli/harness-inputs';
import { runCli } from '../../cli/run-cli';
import { DEFAULT_NET_CONFIG, setNetConfig } from '../../electron/services/net/net-config';
import { draftFileText } from './support/draft-file';
import { startForwardProxy, tlsFront, type ForwardProxy } from './support/forward-proxy';
import { TestCa } from './support/test-ca';

// Only the proxy can resolve this name, so a delivery that arrives went through it.
const HOST = 'hr.corp.invalid';
const ca = new TestCa();
const dir = mkdtempSync(path.join(tmpdir(), 'ws-cli-test-net-'));
const caFile = path.join(dir, 'corp-root.pem');
writeFileSync(caFile, ca.cert);

// The third party behind TLS: a plain Node HTTP server answering the response parameter, counting deliveries.
let delivered = 0;
let upstream: Server;
let proxy: ForwardProxy;
let front: { port: number; close(): Promise<void> };

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      delivered++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"workerId":"W-1"}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  front = await tlsFront(ca.issue([HOST]), (upstream.address() as { port: number }).port);
  proxy = await startForwardProxy({ hosts: { [HOST]: '127.0.0.1' } });
});
afterAll(async () => {
  upstream.closeAllConnections();
  await proxy.close();
  await front.close();
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});
afterEach(() => setNetConfig(DEFAULT_NET_CONFIG));

const DRAFT = draftFileText(`https://${HOST}/hooks`);

async function cli(argv: string[]) {
  const err: string[] = [];
  const io: HarnessIo = {
    env: {},
    readFile: async () => DRAFT,
    writeFile: async () => undefined,
    out: () => undefined,
    err: (l) => err.push(l),
  };
  return { code: await runCli(argv, io), err };
}

describe('webhook-studio test on a corporate network', () => {
  it('fires at a real target through --proxy, trusting --ca-file, once the host is confirmed', async () => {
    const target = `https://${HOST}:${front.port}/hooks`;
    const before = delivered;
    const args = ['test', 'd.json', '--target', target, '--proxy', proxy.url, '--ca-file', caFile];
    const refused = await cli(args);
    expect(refused.code).toBe(2);
    expect(delivered).toBe(before);

    const r = await cli([...args, '--yes-real-target', HOST]);
    expect(r.err.at(-1)).toMatch(/^Ran 4 of 4 planned deliveries .*: 4 passed, 0 failed\.$/);
    expect(r.code).toBe(0);
    expect(proxy.log).toContain(`CONNECT ${HOST}:${front.port}`);
    expect(delivered).toBe(before + 4);
  });

  it('stops at the first delivery with exit 4 when the certificate is not trusted', async () => {
    const target = `https://${HOST}:${front.port}/hooks`;
    const before = delivered;
    const r = await cli([
      'test',
      'd.json',
      '--target',
      target,
      '--proxy',
      proxy.url,
      '--yes-real-target',
      HOST,
    ]);
    expect(r.code).toBe(4);
    expect(r.err.find((l) => l.startsWith('Stopped:'))).toMatch(/^Stopped: step request failed \(tls\): /);
    expect(r.err.find((l) => l.startsWith('Ran'))).toMatch(/^Ran 1 of 4 planned .*3 not run\.$/);
    expect(delivered).toBe(before);
  });
});
