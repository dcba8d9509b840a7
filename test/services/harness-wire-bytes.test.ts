import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../electron/services/harness/batch';
import { OAuthClient } from '../../electron/services/harness/oauth-client';
import { fireDelivery } from '../../electron/services/harness/sender';
import { buildRequestBody } from '../../shared/mapping/request-plan';
import { builtinUsers } from '../../shared/samples';
import { CATALOGUE, PRIYA, profileWebhook } from './harness-fixture';

/**
 * A bare TCP server speaking just enough HTTP/1.1 to answer: it keeps every request exactly as its bytes
 * arrived, so a test sees the request line, each header's name as written, the framing and the body.
 */
let server: Server;
let base = '';
let raw: string[] = [];
const sockets = new Set<Socket>();

function answer(socket: Socket, path: string): void {
  const body = path === '/oauth/token' ? '{"access_token":"tok-1","expires_in":3600}' : '{"workerId":"W-1"}';
  socket.write(
    `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
      `Connection: keep-alive\r\n\r\n${body}`,
  );
}

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        raw.push(pending.subarray(0, end + 4 + length).toString('utf8'));
        pending = pending.subarray(end + 4 + length);
        answer(socket, head.split(' ')[1] ?? '/');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  // Pooled keep-alive sockets would hold the server open.
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  raw = [];
});

const PRIYA_BODY =
  '{"employeeNumber":"E1001","workEmail":"priya.raman@acme.com","firstName":"Priya","remote":"false","startDate":"2016-04-11"}';

/** The bytes of a delivery as MangoApps sends it (admin-api.md, Deliveries), framed by Content-Length. */
function expected(body: string, deliveryId: string, extra: string[] = []): string {
  const host = new URL(base).host;
  return [
    'POST /hooks HTTP/1.1',
    `Host: ${host}`,
    'Content-Type: application/json',
    'Accept: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-MangoApps-Event: create_user',
    `X-MangoApps-Delivery: ${deliveryId}`,
    ...extra,
    'Connection: keep-alive',
    '',
    body,
  ].join('\r\n');
}

describe('a delivery on the wire', () => {
  it('is the contract request byte for byte: its headers once each, Content-Length framing, the JSON body', async () => {
    const trace = await fireDelivery({
      webhook: profileWebhook(`${base}/hooks`),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      sample: PRIYA,
      deliveryId: 'd-wire-1',
    });
    expect(trace.ok).toBe(true);
    expect(raw).toEqual([expected(PRIYA_BODY, 'd-wire-1')]);
  });

  it('carries the bearer token when OAuth is set, and nothing more', async () => {
    const oauth = new OAuthClient({
      tokenUrl: `${base}/oauth/token`,
      grant: 'password',
      username: 'mango-sync',
      password: 'pw',
    });
    const trace = await fireDelivery({
      webhook: profileWebhook(`${base}/hooks`),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      sample: PRIYA,
      deliveryId: 'd-wire-2',
      oauth,
    });
    expect(trace.ok).toBe(true);
    expect(raw).toHaveLength(2);
    expect(raw[1]).toBe(expected(PRIYA_BODY, 'd-wire-2', ['Authorization: Bearer tok-1']));
  });

  it('is the same in a batch, whose later deliveries take the fast path over a known route', async () => {
    const samples = builtinUsers().slice(0, 4);
    const webhook = profileWebhook(`${base}/hooks`);
    const report = await runBatch({
      webhook,
      catalogue: CATALOGUE,
      triggers: ['create_user'],
      samples,
      concurrency: 2,
    });
    expect(report.passed).toBe(samples.length);
    expect(raw).toHaveLength(samples.length);
    const ids = report.results.map((r) => r.deliveryId);
    for (const [i, sample] of samples.entries()) {
      const body = JSON.stringify(buildRequestBody(webhook, sample.fields, CATALOGUE));
      expect(ids[i]).toMatch(/^[0-9a-f-]{36}$/);
      expect(raw).toContain(expected(body, ids[i] as string));
    }
  });
});
