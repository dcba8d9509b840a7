import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DomainClient } from '../../electron/services/domain-client/domain-client';
import { describeNetworkError } from '../../electron/services/net/network-error';
import { describeConnectionError } from '../../renderer/features/publish/connection-errors';

describe('TLS failures, in words an admin can act on', () => {
  it('tells an untrusted certificate apart from a handshake that never completed', async () => {
    const cert = describeNetworkError(
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      'https://acme.example.com',
    );
    expect(cert.message).toMatch(/TLS error.*certificate is self-signed/);

    // https to a plain-http port: the handshake fails, and no certificate was ever looked at.
    const plain = createServer((_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const port = (plain.address() as AddressInfo).port;
    try {
      const client = new DomainClient({
        base_url: `https://127.0.0.1:${port}`,
        api_key: 'k',
        username: 'u',
        password: 'p',
      });
      const error = await client.login().then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/TLS error.*handshake/);
      expect(error?.message).not.toMatch(/certificate/);
      expect(describeConnectionError('network', error?.message ?? '').title).toBe('Secure connection failed');
      expect(describeConnectionError('network', cert.message).title).toBe('TLS certificate not trusted');
    } finally {
      plain.closeAllConnections();
      await new Promise<void>((resolve) => plain.close(() => resolve()));
    }
  });
});

describe('proxy and certificate failures at Test connection', () => {
  it('gets a title of its own for each case', () => {
    const title = (message: string) => describeConnectionError('network', message).title;
    expect(
      title('Proxy authentication refused (HTTP 407): http://me@proxy:3128 (app setting) refused…'),
    ).toBe('The proxy asks for a sign-in');
    expect(
      title('The proxy http://proxy:3128 (from HTTPS_PROXY) cannot be reached (connection refused)'),
    ).toBe('Proxy problem');
    expect(title('TLS error talking to https://a: the certificate is for b, not a: wrong host name.')).toBe(
      'Certificate for another host name',
    );
    expect(title('TLS error talking to https://a: the certificate has expired: it was valid from …')).toBe(
      'Certificate expired or not yet valid',
    );
    expect(
      title('TLS error talking to https://a: the certificate was issued by "X" … (untrusted issuer).'),
    ).toBe('TLS certificate not trusted');
  });
});
