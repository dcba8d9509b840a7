import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services';
import { createAppEvents } from '../../electron/services/events';
import type { AppEvents } from '../../electron/services/events';
import { createWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';
import { createHttpBridge } from '../../renderer/bridge/http-client';
import type { Envelope } from '../../shared/bridge/envelope';
import type { DomainDraft } from '../../shared/model/draft';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let tmp: string;
let staticDir: string;
let host: WebHost;
let services: AppServices;
let events: AppEvents;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-web-'));
  staticDir = path.join(tmp, 'renderer');
  await fs.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Webhook Studio</title>');
  await fs.writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'TOP-SECRET-OUTSIDE');
  services = await createAppServices({ dataDir: path.join(tmp, 'data'), shell: 'web', version: '9.9.9' });
  events = createAppEvents();
  host = await createWebHost({ dispatch: services.dispatch, events, staticDir, maxBodyBytes: 64 * 1024 });
});
afterEach(async () => {
  await host.close();
  await services.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A raw request, so tests control Host, Origin and the exact path bytes. */
function request(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });
async function call<T>(channel: string, input: unknown): Promise<T> {
  const reply = await request('POST', `/api/${channel}`, auth(), JSON.stringify(input));
  expect(reply.status).toBe(200);
  const envelope = JSON.parse(reply.body) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

describe('web host: where it listens and how it is opened', () => {
  it('listens on 127.0.0.1 only, with a long random token in the URL fragment', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.openUrl).toBe(`${host.url}/#token=${host.token}`);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    const targets = ['127.0.0.1', ...(external ? [external] : [])];
    const reachable = await Promise.all(
      targets.map(
        (address) =>
          new Promise<boolean>((resolve) => {
            const req = http.get({ host: address, port: host.port, path: '/', agent: false }, (res) => {
              res.resume();
              resolve(true);
            });
            req.on('error', () => resolve(false));
          }),
      ),
    );
    expect(reachable).toEqual(targets.map((t) => t === '127.0.0.1'));
  });

  it('gives every launch its own token', async () => {
    const other = await createWebHost({ dispatch: services.dispatch, events, staticDir });
    try {
      expect(other.token).not.toBe(host.token);
    } finally {
      await other.close();
    }
  });
});

describe('web host: the bridge', () => {
  it('requires the bearer token', async () => {
    const body = JSON.stringify({});
    expect(
      (await request('POST', '/api/app:info', { 'Content-Type': 'application/json' }, body)).status,
    ).toBe(401);
    const wrong = { Authorization: `Bearer ${'x'.repeat(43)}`, 'Content-Type': 'application/json' };
    expect((await request('POST', '/api/app:info', wrong, body)).status).toBe(401);
    const ok = await request('POST', '/api/app:info', auth(), body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { shell: 'web', version: '9.9.9' } });
  });

  it.each([
    ['a rebinding Host', { Host: 'evil.com:PORT' }],
    ['a Host with another port', { Host: '127.0.0.1:1' }],
    ['a foreign Origin', { Origin: 'http://evil.com' }],
    ['an Origin on another port', { Origin: 'http://127.0.0.1:1' }],
    ['an opaque Origin', { Origin: 'null' }],
  ])('refuses %s with 403, even with the right token', async (_label, extra) => {
    const headers = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, v.replace('PORT', String(host.port))]),
    );
    const reply = await request('POST', '/api/app:info', { ...auth(), ...headers }, '{}');
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('9.9.9');
    expect((await request('GET', '/', headers)).status).toBe(403);
  });

  it('accepts its own origin under both loopback names', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const headers = { ...auth(), Host: `${name}:${host.port}`, Origin: `http://${name}:${host.port}` };
      expect((await request('POST', '/api/app:info', headers, '{}')).status).toBe(200);
    }
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const preflight = await request('OPTIONS', '/api/app:info', {
      Origin: `http://127.0.0.1:${host.port}`,
      'Access-Control-Request-Method': 'POST',
    });
    const ok = await request('POST', '/api/app:info', auth(), '{}');
    for (const reply of [preflight, ok]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('answers wrong requests with precise statuses', async () => {
    expect(
      (await request('POST', '/api/app:info', { ...auth(), 'Content-Type': 'text/plain' }, '{}')).status,
    ).toBe(415);
    expect((await request('POST', '/api/app:info', auth(), '{"oops"')).status).toBe(400);
    expect((await request('POST', '/api/app:info', auth(), Buffer.from([0x7b, 0xff, 0x7d]))).status).toBe(
      400,
    );
    expect((await request('POST', '/api/app:info', auth(), 'x'.repeat(70 * 1024))).status).toBe(413);
    expect((await request('POST', '/api/a/b', auth(), '{}')).status).toBe(404);
    expect((await request('POST', '/api/', auth(), '{}')).status).toBe(404);
    expect((await request('GET', '/api/app:info', auth())).status).toBe(405);
    const unknown = await request('POST', '/api/nope:never', auth(), '{}');
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/app:info',
          headers: auth(),
          agent: false,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // No Content-Length: the size is only known while reading.
      for (let i = 0; i < 10; i += 1) req.write('x'.repeat(16 * 1024));
      req.end();
    });
    expect(reply).toBe(413);
  });

  it('round-trips create → save → get over HTTP into the draft store', async () => {
    const created = await call<DomainDraft>('domains:create', {
      name: 'acme',
      base_url: 'https://acme.mangoapps.com',
    });
    const draft = await call<DomainDraft>('drafts:get', { id: created.id });
    draft.config.location.outgoing.post_url = 'https://hr.example.com/locations';
    const { saved_at } = await call<{ saved_at: string }>('drafts:save', { draft });
    const again = await call<DomainDraft>('drafts:get', { id: created.id });
    expect(again.config.location.outgoing.post_url).toBe('https://hr.example.com/locations');
    expect(again.updated_at).toBe(saved_at);
    const file = path.join(tmp, 'data', 'drafts', `${created.id}.json`);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).config.location.outgoing.post_url).toBe(
      'https://hr.example.com/locations',
    );
    const invalid = await request(
      'POST',
      '/api/drafts:save',
      auth(),
      JSON.stringify({ draft: { ...draft, config: 1 } }),
    );
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: 'draft.config' }] },
    });
  });
});

describe('web host: events', () => {
  it("streams host events to the UI's own transport, with the token in a header and never in a URL", async () => {
    const seenUrls: string[] = [];
    const watched: typeof fetch = (input, init) => {
      seenUrls.push(String(input));
      return fetch(input, init);
    };
    const bridge = createHttpBridge({ token: host.token, baseUrl: host.url, fetch: watched });
    const got: unknown[] = [];
    const payload = { file: 'a.json', moved_to: 'q/a.json', reason: 'not valid JSON' };
    const off = bridge.subscribe('store:problem', (p) => got.push(p));
    // Emit until the stream is connected and the event arrives (the stream opens asynchronously).
    for (let i = 0; i < 200 && got.length === 0; i++) {
      events.emit('store:problem', payload);
      await new Promise((r) => setTimeout(r, 10));
    }
    off();
    expect(got[0]).toEqual(payload);
    expect(seenUrls).toEqual([`${host.url}/api/events`]);
    expect(seenUrls.join(' ')).not.toContain(host.token);
  });

  it('refuses the stream without the token, with the token in the URL, or from a rebinding Host', async () => {
    expect((await request('GET', '/api/events')).status).toBe(401);
    expect((await request('GET', '/api/events', { Authorization: 'Bearer wrong' })).status).toBe(401);
    const inUrl = await request('GET', `/api/events?token=${host.token}`);
    expect(inUrl.status).toBe(401);
    expect(inUrl.body).toContain('never in the URL');
    expect(
      (
        await request('GET', '/api/events', {
          Authorization: `Bearer ${host.token}`,
          Host: `evil.com:${host.port}`,
        })
      ).status,
    ).toBe(403);
  });
});

describe('web host: static files', () => {
  it('serves the app shell with a strict CSP and no caching', async () => {
    const reply = await request('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Webhook Studio');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type and falls back to the app shell for app routes', async () => {
    const js = await request('GET', '/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1);');
    const route = await request('GET', '/domains/abc');
    expect(route.status).toBe(200);
    expect(route.body).toContain('Webhook Studio');
    expect((await request('GET', '/assets/missing.js')).status).toBe(404);
  });

  it('lets the browser keep content-hashed assets across reloads, but asks again for anything else', async () => {
    await fs.writeFile(path.join(staticDir, 'assets', 'index-BkV3x1aZ.js'), 'console.log(2);');
    const hashed = await request('GET', '/assets/index-BkV3x1aZ.js');
    expect(hashed.status).toBe(200);
    expect(hashed.body).toBe('console.log(2);');
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request('GET', '/assets/app.js')).headers['cache-control']).toBe('no-cache');
    expect((await request('GET', '/index.html')).headers['cache-control']).toBe('no-store');
    expect((await request('GET', '/domains/abc')).headers['cache-control']).toBe('no-store');
  });

  it('says how long the host worked on each answer (Server-Timing), for files and bridge calls', async () => {
    const timing = /^host;dur=(\d+\.\d{2})$/;
    for (const reply of [
      await request('GET', '/'),
      await request('GET', '/assets/app.js'),
      await request('POST', '/api/domains:list', auth(), '{}'),
    ]) {
      expect(reply.status).toBe(200);
      const dur = Number(timing.exec(String(reply.headers['server-timing']))?.[1]);
      expect(dur).toBeGreaterThanOrEqual(0);
      expect(dur).toBeLessThan(60_000);
    }
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00',
  ])('refuses to leave the static folder: %s', async (attempt) => {
    const reply = await request('GET', attempt);
    expect(reply.body).not.toContain('TOP-SECRET-OUTSIDE');
    expect(reply.status).toBe(404);
  });

  it('does not follow a symlink out of the static folder', async () => {
    if (process.platform === 'win32') return;
    await fs.symlink(path.join(tmp, 'secret.txt'), path.join(staticDir, 'link.txt'));
    const reply = await request('GET', '/link.txt');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('TOP-SECRET-OUTSIDE');
  });
});
