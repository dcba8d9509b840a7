import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainClient } from '../../electron/services/domain-client/domain-client';
import { runBatch } from '../../electron/services/harness/batch';
import { OAuthClient } from '../../electron/services/harness/oauth-client';
import { fireDelivery } from '../../electron/services/harness/sender';
import { DEFAULT_NET_CONFIG, setNetConfig } from '../../electron/services/net/net-config';
import type { NetConfig, ProxySettings } from '../../electron/services/net/net-config';
import { NetPool } from '../../electron/services/net/net-pool';
import { fetchDescription } from '../../electron/services/openapi/fetch-description';
import { CATALOGUE, PRIYA, profileWebhook } from './harness-fixture';
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy';
import { TestCa, type Pem } from './support/test-ca';

// A name no DNS server knows: only the proxy maps it to this machine, so reaching it proves the proxy was used.
const INTERNAL = 'hris.corp.invalid';
const DAY = 86_400_000;

const ca = new TestCa();
const dir = mkdtempSync(path.join(tmpdir(), 'ws-net-'));
const caFile = path.join(dir, 'corp-ca.pem');
writeFileSync(caFile, ca.cert);

interface Target {
  port: number;
  headers: IncomingHttpHeaders[];
  server: Server;
}

async function httpsTarget(pem: Pem): Promise<Target> {
  const headers: IncomingHttpHeaders[] = [];
  const server = createHttpsServer(pem, (req, res) => {
    headers.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/oauth/token') res.end('{"access_token":"tok","token_type":"Bearer"}');
      else res.end('{"workerId":"W-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, headers, server };
}

let proxy: ForwardProxy;
let good: Target;
let wrongName: Target;
let expired: Target;
let notYet: Target;
let selfSigned: Target;

beforeAll(async () => {
  good = await httpsTarget(ca.issue([INTERNAL]));
  wrongName = await httpsTarget(ca.issue(['other.corp.invalid', 'www.other.corp.invalid']));
  expired = await httpsTarget(
    ca.issue([INTERNAL], {
      notBefore: new Date(Date.now() - 30 * DAY),
      notAfter: new Date(Date.now() - DAY),
    }),
  );
  notYet = await httpsTarget(
    ca.issue([INTERNAL], {
      notBefore: new Date(Date.now() + 10 * DAY),
      notAfter: new Date(Date.now() + 20 * DAY),
    }),
  );
  selfSigned = await httpsTarget(TestCa.selfSigned([INTERNAL]));
  proxy = await startForwardProxy({
    credentials: { user: 'corp\\admin', password: 'p@ss w:rd' },
    hosts: { [INTERNAL]: '127.0.0.1' },
  });
});

afterAll(async () => {
  await proxy.close();
  for (const t of [good, wrongName, expired, notYet, selfSigned]) t.server.close();
});

const manual = (extra: Partial<ProxySettings> = {}, trust = true): NetConfig => ({
  proxy: { mode: 'manual', url: proxy.url, username: 'corp\\admin', password: 'p@ss w:rd', ...extra },
  ...(trust ? { caFile } : {}),
});

const fire = (target: Target, config: NetConfig, pool = new NetPool(config)) =>
  fireDelivery({
    webhook: profileWebhook(`https://${INTERNAL}:${target.port}/hooks`),
    catalogue: CATALOGUE,
    trigger: 'create_user',
    sample: PRIYA,
    confirmHost: INTERNAL,
    agents: pool,
  });

describe('deliveries through a real forward proxy', () => {
  it('tunnels https with CONNECT, authenticates, and says in the trace which proxy it used', async () => {
    const before = proxy.log.length;
    const trace = await fire(good, manual());
    expect(trace.failure).toBeUndefined();
    expect(trace.ok).toBe(true);
    expect(proxy.log.slice(before)).toEqual([`CONNECT ${INTERNAL}:${good.port}`]);
    const request = trace.steps.find((s) => s.step === 'request');
    expect(request).toMatchObject({
      via: `via proxy http://corp\\admin@127.0.0.1:${proxy.port} (app setting)`,
    });
    // The password goes to the proxy alone: not in the trace, not to the target.
    expect(JSON.stringify(trace)).not.toContain('p@ss');
    expect(good.headers.at(-1)?.['proxy-authorization']).toBeUndefined();
  });

  it('percent-decodes credentials in a proxy URL from HTTPS_PROXY, and honours NO_PROXY', async () => {
    const saved = { ...process.env };
    try {
      process.env['HTTPS_PROXY'] = `http://corp%5Cadmin:p%40ss%20w%3Ard@127.0.0.1:${proxy.port}`;
      delete process.env['https_proxy'];
      const viaEnv = await fire(good, { proxy: { mode: 'auto' }, caFile });
      expect(viaEnv.failure).toBeUndefined();
      expect(viaEnv.steps.find((s) => s.step === 'request')).toMatchObject({
        via: `via proxy http://corp\\admin@127.0.0.1:${proxy.port} (from HTTPS_PROXY)`,
      });

      process.env['no_proxy'] = 'localhost, .corp.invalid';
      const bypassed = await fire(good, { proxy: { mode: 'auto' }, caFile });
      // Direct, this machine cannot resolve the name: proof that NO_PROXY sent it around the proxy.
      expect(bypassed.failure).toMatchObject({ step: 'request', kind: 'dns' });
      expect(bypassed.steps.find((s) => s.step === 'request')).not.toHaveProperty('via');
    } finally {
      process.env = saved;
    }
  });

  it('reports a wrong proxy password as a 407 at the request step', async () => {
    const trace = await fire(good, manual({ password: 'wrong' }));
    expect(trace.failure).toMatchObject({ step: 'request', kind: 'proxy' });
    expect(trace.failure?.message).toMatch(/Proxy authentication refused \(HTTP 407\)/);
    expect(trace.failure?.message).toContain(`127.0.0.1:${proxy.port}`);
    expect(trace.failure?.message).not.toContain('wrong');
    const none = await fire(good, { proxy: { mode: 'manual', url: proxy.url }, caFile });
    expect(none.failure?.message).toMatch(
      /Proxy authentication required \(HTTP 407\): .* asks for a user name/,
    );
  });

  it('reports a proxy that is not there as unreachable, not as the target refusing', async () => {
    const gone = await startForwardProxy();
    await gone.close();
    const trace = await fire(good, { proxy: { mode: 'manual', url: gone.url }, caFile });
    expect(trace.failure).toMatchObject({ step: 'request', kind: 'proxy' });
    expect(trace.failure?.message).toMatch(
      /The proxy http:\/\/127\.0\.0\.1:\d+ \(app setting\) cannot be reached \(connection refused/,
    );
  });

  it('reports a tunnel the proxy would not open, naming the proxy and its answer', async () => {
    const trace = await fireDelivery({
      webhook: profileWebhook('https://nowhere.corp.invalid/hooks'),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      sample: PRIYA,
      confirmHost: 'nowhere.corp.invalid',
      agents: new NetPool(manual()),
    });
    expect(trace.failure).toMatchObject({ step: 'request', kind: 'proxy' });
    expect(trace.failure?.message).toMatch(
      /proxy http:\/\/corp\\admin@127\.0\.0\.1:\d+ \(app setting\) could not open a tunnel to https:\/\/nowhere\.corp\.invalid \(HTTP 404\)/,
    );
  });

  it('names what is wrong with each certificate, and that a proxy was in the way', async () => {
    const untrusted = await fire(good, manual({}, false));
    expect(untrusted.failure).toMatchObject({ step: 'request', kind: 'tls' });
    expect(untrusted.failure?.message).toMatch(
      /issued by "Test Corp Inspection Root CA", which this computer does not trust \(untrusted issuer\)/,
    );
    expect(untrusted.failure?.message).toMatch(/--ca-file/);
    expect(untrusted.failure?.message).toMatch(/The call went via proxy/);

    const name = await fire(wrongName, manual());
    expect(name.failure?.message).toMatch(
      new RegExp(
        `is for other\\.corp\\.invalid, www\\.other\\.corp\\.invalid, not ${INTERNAL}: wrong host name`,
      ),
    );

    const old = await fire(expired, manual());
    expect(old.failure?.message).toMatch(
      /TLS error talking to https:\/\/hris\.corp\.invalid:\d+: the certificate has expired: it was valid from \d{4}-\d\d-\d\d [\d:]+ UTC to \d{4}-/,
    );

    const future = await fire(notYet, manual());
    expect(future.failure?.message).toMatch(/is not valid yet: it is valid from \d{4}-/);

    const self = await fire(selfSigned, manual());
    expect(self.failure?.message).toMatch(new RegExp(`is self-signed \\("${INTERNAL}"\\)`));

    const messages = [untrusted, name, old, future, self].map((t) => t.failure?.message);
    expect(new Set(messages).size).toBe(5);
  });

  it('labels a certificate failure at the token step as TLS, not as bad credentials', async () => {
    const oauth = new OAuthClient(
      {
        tokenUrl: `https://${INTERNAL}:${selfSigned.port}/oauth/token`,
        grant: 'password',
        username: 'u',
        password: 'pw',
      },
      { pool: new NetPool(manual()) },
    );
    const trace = await fireDelivery({
      webhook: profileWebhook(`https://${INTERNAL}:${good.port}/hooks`),
      catalogue: CATALOGUE,
      trigger: 'create_user',
      sample: PRIYA,
      confirmHost: INTERNAL,
      agents: new NetPool(manual()),
      oauth,
    });
    expect(trace.failure).toMatchObject({ step: 'token', kind: 'tls' });
    expect(trace.failure?.message).toMatch(/self-signed/);
  });

  it('forwards plain http to loopback only when told to, and keeps the password from the target', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const plain = createHttpServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end('{"workerId":"W-1"}');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const port = (plain.address() as AddressInfo).port;
    const hook = profileWebhook(`http://127.0.0.1:${port}/hooks`);
    const spec = { webhook: hook, catalogue: CATALOGUE, trigger: 'create_user', sample: PRIYA };
    try {
      const before = proxy.log.length;
      const bypass = await fireDelivery({ ...spec, agents: new NetPool(manual()) });
      expect(bypass.ok).toBe(true);
      expect(proxy.log.length).toBe(before);

      const through = await fireDelivery({ ...spec, agents: new NetPool(manual({ proxyLoopback: true })) });
      expect(through.failure).toBeUndefined();
      expect(proxy.log.slice(before)).toEqual([`POST http://127.0.0.1:${port}/hooks`]);
      expect(seen.at(-1)?.['proxy-authorization']).toBeUndefined();
      const refused = await fireDelivery({
        ...spec,
        agents: new NetPool(manual({ proxyLoopback: true, password: 'nope' })),
      });
      expect(refused.failure).toMatchObject({ step: 'request', kind: 'proxy' });
      expect(refused.failure?.message).toMatch(/Proxy authentication refused \(HTTP 407\)/);
    } finally {
      plain.close();
    }
  });

  it('keeps tunnels alive across a batch: no more tunnels than its concurrency', async () => {
    const connectionsBefore = proxy.connections;
    const logBefore = proxy.log.length;
    setNetConfig(manual());
    try {
      const report = await runBatch({
        webhook: profileWebhook(`https://${INTERNAL}:${good.port}/hooks`, []),
        catalogue: CATALOGUE,
        samples: Array.from({ length: 10 }, (_, i) => ({ ...PRIYA, id: `s${i}` })),
        confirmHost: INTERNAL,
        concurrency: 3,
      });
      expect(report.results).toHaveLength(30);
      expect(report.results.every((r) => r.expectations[0]?.ok)).toBe(true);
    } finally {
      setNetConfig(DEFAULT_NET_CONFIG);
    }
    const tunnels = proxy.log.slice(logBefore).filter((l) => l.startsWith('CONNECT'));
    expect(tunnels.length).toBeGreaterThan(0);
    expect(tunnels.length).toBeLessThanOrEqual(3);
    expect(proxy.connections - connectionsBefore).toBeLessThanOrEqual(3);
  });
});

describe('the domain client through a proxy', () => {
  it('says 407 and untrusted certificates at Test connection, naming the proxy', async () => {
    const client = (config: NetConfig) =>
      new DomainClient(
        { base_url: `https://${INTERNAL}:${good.port}`, api_key: 'k', username: 'u', password: 'p' },
        { pool: new NetPool(config), readRetries: 0 },
      );
    const denied = await client(manual({ password: 'nope' }))
      .login()
      .catch((e: Error) => e);
    expect(String(denied)).toMatch(
      /Proxy authentication refused \(HTTP 407\): http:\/\/corp\\admin@127\.0\.0\.1/,
    );
    const untrusted = await client(manual({}, false))
      .login()
      .catch((e: Error) => e);
    expect(String(untrusted)).toMatch(/untrusted issuer/);
  });
});

describe('fetching an OpenAPI description', () => {
  it('goes through the proxy with the CA file, like every other call', async () => {
    const before = proxy.log.length;
    setNetConfig(manual());
    try {
      const text = await fetchDescription(`https://${INTERNAL}:${good.port}/openapi.json`);
      expect(text).toBe('{"workerId":"W-1"}');
    } finally {
      setNetConfig(DEFAULT_NET_CONFIG);
    }
    expect(proxy.log.slice(before)).toEqual([`CONNECT ${INTERNAL}:${good.port}`]);
  });
});
