import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainClient } from '../../electron/services/domain-client/domain-client';
import { OAuthClient } from '../../electron/services/harness';
import { CREATE_PRIYA, domainWith, startHost, type TestHost } from './harness-service-fixture';

let host: TestHost;
let server: http.Server;
let port = 0;
const received: (string | undefined)[] = [];

beforeEach(async () => {
  host = await startHost();
  received.length = 0;
  server = http.createServer((req, res) => {
    received.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  await host.stop();
  await new Promise((resolve) => server.close(resolve));
});

describe('credentials in a URL are never sent', () => {
  it('refuses a Post to URL with userinfo at send time, sending nothing and repeating no password', async () => {
    const d = await domainWith(host, `http://sync:s3cret-pw@127.0.0.1:${port}/hooks`);
    const fired = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(fired.ok).toBe(false);
    expect(fired.failure?.message).toMatch(/contains a user name or password.*OAuth/);
    expect(received).toEqual([]);
    expect(JSON.stringify(fired)).not.toContain('s3cret-pw');
  });

  it('refuses userinfo in a token URL and a domain URL before anything is sent', () => {
    expect(
      () =>
        new OAuthClient({
          tokenUrl: `http://id:s3cret-pw@127.0.0.1:${port}/token`,
          grant: 'client_credentials',
          clientId: 'id',
          clientSecret: 'x',
        }),
    ).toThrow(/Token URL "http:\/\/127\.0\.0\.1:\d+\/token" contains a user name or password/);
    expect(
      () =>
        new DomainClient({
          base_url: `http://admin:s3cret-pw@127.0.0.1:${port}`,
          api_key: 'k',
          username: 'admin',
          password: 'p',
        }),
    ).toThrow(/Domain URL .* contains a user name or password/);
    expect(received).toEqual([]);
  });

  it('warns specifically before firing at the cloud metadata address or a link-local one', async () => {
    const d = await domainWith(host, 'https://169.254.169.254/latest/meta-data/');
    const fired = await host.call('harness:fire', { id: d.id, ...CREATE_PRIYA, target: 'post_url' });
    expect(fired.failure).toMatchObject({ kind: 'needs_confirmation', host: '169.254.169.254' });
    expect(fired.failure?.message).toMatch(/cloud metadata address.*credentials/);
  });
});
