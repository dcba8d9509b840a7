import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../../electron/services/harness/http-exchange';

let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const cookies = req.url === '/cookies' ? ['a=1; Path=/', 'b=2; Path=/'] : [];
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Trace': 'abc', 'Set-Cookie': cookies });
      // The request's header names, so a test can see what reached the target.
      res.end(JSON.stringify({ names: Object.keys(req.headers) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) =>
  sendRequest({ method: 'GET', url: `${url}${path}`, headers, body: '' }, { timeoutMs: 2_000 });

describe('an answer’s headers', () => {
  it('are one string each, repeated Set-Cookie lines joined', async () => {
    const response = await get('/cookies');
    expect(response.headers['set-cookie']).toBe('a=1; Path=/, b=2; Path=/');
    expect(response.headers['x-trace']).toBe('abc');
    for (const value of Object.values(response.headers)) expect(typeof value).toBe('string');
  });

  it('are one string each when nothing repeats', async () => {
    const response = await get('/plain');
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-trace']).toBe('abc');
    expect(response.headers['set-cookie']).toBeUndefined();
    for (const value of Object.values(response.headers)) expect(typeof value).toBe('string');
  });
});

describe('a request’s headers', () => {
  it.each(['Proxy-Authorization', 'proxy-authorization', 'PROXY-AUTHORIZATION'])(
    'never carry %s to a target; the others go as given',
    async (name) => {
      const response = await get('/plain', {
        [name]: 'Basic c2VjcmV0',
        'X-Keep': '1',
        'X-Proxy-Authorizatio': '2',
      });
      const names = (JSON.parse(response.body) as { names: string[] }).names;
      expect(names).not.toContain('proxy-authorization');
      expect(names).toEqual(expect.arrayContaining(['x-keep', 'x-proxy-authorizatio']));
    },
  );
});
