import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkKind } from '../../electron/services/harness/failures';
import { OAuthClient } from '../../electron/services/harness/oauth-client';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { fireDelivery, type FireOptions } from '../../electron/services/harness/sender';
import { CATALOGUE, closedPort, PRIYA, profileWebhook } from './harness-fixture';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  receiver.setRoute({ method: 'POST', path: '/slow', delayMs: 2_000, body: { workerId: 'W' } });
  receiver.setRoute({ method: 'POST', path: '/boom', status: 500, body: { message: 'down' } });
  receiver.setRoute({
    method: 'POST',
    path: '/html',
    contentType: 'text/html',
    body: '<!doctype html><p>Sign in</p>',
  });
  receiver.setRoute({ method: 'POST', path: '/array', body: ['not', 'an', 'object'] });
  receiver.setRoute({ method: 'POST', path: '/nested', body: { data: { other: 1 } } });
});
afterAll(() => receiver.stop());

const fire = (url: string, extra: Partial<FireOptions> = {}) =>
  fireDelivery({
    webhook: profileWebhook(url),
    catalogue: CATALOGUE,
    trigger: 'create_user',
    sample: PRIYA,
    ...extra,
  });

describe('failures are named at the step where they happened', () => {
  it('DNS: a host that cannot exist', async () => {
    const trace = await fire('https://nothing.invalid/hooks', { confirmHost: 'nothing.invalid' });
    expect(trace.failure).toMatchObject({
      step: 'request',
      kind: 'dns',
      message: expect.stringMatching(/DNS/),
    });
    expect(trace.ok).toBe(false);
  });

  it('refused: nothing listening on the port', async () => {
    const trace = await fire(`http://127.0.0.1:${await closedPort()}/hooks`);
    expect(trace.failure).toMatchObject({
      step: 'request',
      kind: 'refused',
      message: expect.stringMatching(/refused/),
    });
  });

  it('timeout: the answer takes longer than timeoutMs', async () => {
    const trace = await fire(`${receiver.url}/slow`, { timeoutMs: 100 });
    expect(trace.failure).toMatchObject({
      step: 'response',
      kind: 'timeout',
      message: expect.stringMatching(/timed out/),
    });
  });

  it('non-2xx: the status is reported and nothing is written back', async () => {
    const trace = await fire(`${receiver.url}/boom`);
    expect(trace.failure).toMatchObject({
      step: 'response',
      kind: 'http_status',
      message: expect.stringMatching(/HTTP 500/),
    });
    expect(trace.steps.some((s) => s.step === 'write_back')).toBe(false);
  });

  it('non-JSON and non-object answers', async () => {
    const html = await fire(`${receiver.url}/html`);
    expect(html.failure).toMatchObject({
      step: 'response',
      kind: 'non_json',
      message: expect.stringMatching(/text\/html/),
    });
    const array = await fire(`${receiver.url}/array`);
    expect(array.failure).toMatchObject({ step: 'response', kind: 'non_json' });
  });

  it('missing response field: named at the write-back step, with the preview still shown', async () => {
    const trace = await fire(`${receiver.url}/nested`);
    expect(trace.failure).toMatchObject({
      step: 'write_back',
      kind: 'missing_field',
      message: expect.stringMatching(/"workerId"/),
    });
    const step = trace.steps.at(-1);
    expect(step?.step === 'write_back' && step.missing).toEqual(['workerId']);
  });

  it('token: the OAuth step fails before any request is sent', async () => {
    const oauth = new OAuthClient({
      tokenUrl: `http://127.0.0.1:${await closedPort()}/oauth/token`,
      grant: 'password',
      username: 'u',
    });
    const trace = await fire(`${receiver.url}/hooks`, { oauth });
    expect(trace.steps.map((s) => s.step)).toEqual(['token']);
    expect(trace.failure).toMatchObject({
      step: 'token',
      kind: 'token',
      message: expect.stringMatching(/refused/),
    });
  });

  it('plain http to another host is refused, and a real host needs confirming first', async () => {
    const before = receiver.inbox.size;
    expect((await fire('http://hr.example.com/hooks')).failure).toMatchObject({
      kind: 'invalid_url',
      step: 'request',
    });
    expect((await fire('not a url')).failure).toMatchObject({ kind: 'invalid_url' });
    const unconfirmed = await fire('https://hr.example.com/hooks');
    expect(unconfirmed.failure).toMatchObject({
      kind: 'needs_confirmation',
      message: expect.stringMatching(/hr\.example\.com/),
    });
    expect(unconfirmed.steps).toEqual([]);
    expect(receiver.inbox.size).toBe(before);
  });

  it('cancelled: an abort signal stops the exchange', async () => {
    const controller = new AbortController();
    const pending = fire(`${receiver.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await pending).failure).toMatchObject({ kind: 'cancelled' });
  });
});

describe('TLS failures', () => {
  it('classifies certificate errors', () => {
    expect(networkKind({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' })).toBe(
      'tls',
    );
    expect(networkKind({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'altname' })).toBe('tls');
    expect(networkKind({ code: 'ECONNRESET', message: 'socket hang up' })).toBe('reset');
  });

  const openssl = spawnSync('openssl', ['version']).status === 0;
  it.runIf(openssl)('refuses a server with a self-signed certificate at the request step', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'harness-tls-'));
    try {
      const key = path.join(dir, 'key.pem');
      const cert = path.join(dir, 'cert.pem');
      const made = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]);
      expect(made.status).toBe(0);
      const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) =>
        res.end('{}'),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      try {
        const trace = await fire(`https://127.0.0.1:${port}/hooks`);
        expect(trace.failure).toMatchObject({
          step: 'request',
          kind: 'tls',
          message: expect.stringMatching(/TLS error/),
        });
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
