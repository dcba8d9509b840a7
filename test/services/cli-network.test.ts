import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { DEFAULT_NET_CONFIG, setNetConfig } from '../../electron/services/net/net-config';
import { startForwardProxy, tlsFront, type ForwardProxy } from './support/forward-proxy';
import { TestCa } from './support/test-ca';

// Only the proxy can resolve this name, so a pull that succeeds went through it.
const DOMAIN = 'acme.corp.invalid';
const DAY = 86_400_000;
const ca = new TestCa();
const dir = mkdtempSync(path.join(tmpdir(), 'ws-cli-net-'));
const caFile = path.join(dir, 'corp-root.pem');
writeFileSync(caFile, ca.cert);

let emu: Emulator;
let proxy: ForwardProxy;
const fronts: { port: number; close(): Promise<void> }[] = [];
let good: number;
let wrongName: number;
let expired: number;

beforeAll(async () => {
  emu = await createEmulator();
  const front = async (pem: { key: string; cert: string }) => {
    const f = await tlsFront(pem, emu.port);
    fronts.push(f);
    return f.port;
  };
  good = await front(ca.issue([DOMAIN]));
  wrongName = await front(ca.issue(['intranet.corp.invalid']));
  expired = await front(
    ca.issue([DOMAIN], {
      notBefore: new Date(Date.now() - 9 * DAY),
      notAfter: new Date(Date.now() - 2 * DAY),
    }),
  );
  proxy = await startForwardProxy({
    credentials: { user: 'ci', password: 's3cr3t/pass' },
    hosts: { [DOMAIN]: '127.0.0.1' },
  });
});
afterAll(async () => {
  await proxy.close();
  for (const f of fronts) await f.close();
  await emu.close();
});
const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  setNetConfig(DEFAULT_NET_CONFIG);
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: {
      WEBHOOK_STUDIO_API_KEY: emu.apiKeys.readWrite,
      WEBHOOK_STUDIO_USERNAME: emu.admin.username,
      WEBHOOK_STUDIO_PASSWORD: emu.admin.password,
      ...env,
    },
    readFile: async () => '',
    writeFile: async () => undefined,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pull = (port: number, ...more: string[]) => ['pull', '--domain', `https://${DOMAIN}:${port}`, ...more];

describe('the command line on a corporate network', () => {
  it('pulls through --proxy with --ca-file: the proxy log shows the CONNECT', async () => {
    const before = proxy.log.length;
    const r = await cli(pull(good, '--proxy', proxy.url.replace('//', '//ci@'), '--ca-file', caFile), {
      WEBHOOK_STUDIO_PROXY_PASSWORD: 's3cr3t/pass',
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format_version: expect.any(Number) });
    expect(proxy.log.slice(before)).toContain(`CONNECT ${DOMAIN}:${good}`);
  });

  it('uses HTTPS_PROXY with percent-encoded credentials, and NO_PROXY sends the call around it', async () => {
    process.env['HTTPS_PROXY'] = `http://ci:s3cr3t%2Fpass@127.0.0.1:${proxy.port}`;
    const viaEnv = await cli(pull(good, '--ca-file', caFile));
    expect(viaEnv.err).toBe('');
    expect(viaEnv.code).toBe(0);

    process.env['NO_PROXY'] = DOMAIN;
    const before = proxy.log.length;
    const bypassed = await cli(pull(good, '--ca-file', caFile));
    expect(bypassed.code).toBe(4);
    expect(bypassed.err).toMatch(/DNS: the host of https:\/\/acme\.corp\.invalid:\d+ cannot be found/);
    expect(proxy.log.length).toBe(before);
  });

  it('says 407 for a wrong proxy password, and never prints the password', async () => {
    const r = await cli(
      pull(good, '--proxy', `http://ci:wrong-pass@127.0.0.1:${proxy.port}`, '--ca-file', caFile),
    );
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/Proxy authentication refused \(HTTP 407\): http:\/\/ci@127\.0\.0\.1:\d+/);
    expect(r.err + r.out).not.toContain('wrong-pass');
  });

  it('gives untrusted, wrong-name and expired certificates each their own words', async () => {
    const via = ['--proxy', `http://ci:s3cr3t%2Fpass@127.0.0.1:${proxy.port}`];
    const untrusted = await cli(pull(good, ...via));
    expect(untrusted.err).toMatch(
      /issued by "Test Corp Inspection Root CA", which this computer does not trust/,
    );
    expect(untrusted.err).toMatch(/--ca-file/);
    const name = await cli(pull(wrongName, ...via, '--ca-file', caFile));
    expect(name.err).toMatch(
      /the certificate is for intranet\.corp\.invalid, not acme\.corp\.invalid: wrong host name/,
    );
    const old = await cli(pull(expired, ...via, '--ca-file', caFile));
    expect(old.err).toMatch(/the certificate has expired: it was valid from .* UTC to .* UTC/);
    expect([untrusted.code, name.code, old.code]).toEqual([4, 4, 4]);
  });

  it('test fires deliveries through --proxy with --ca-file, and masks a password written in the URL', async () => {
    const hooks = createServer(ca.issue(['hr.corp.invalid']), (req, res) => {
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end('{"workerId":"W-1"}');
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const hooksPort = (hooks.address() as AddressInfo).port;
    const routed = await startForwardProxy({
      credentials: { user: 'ci', password: 'url-secret' },
      hosts: { 'hr.corp.invalid': '127.0.0.1' },
    });
    try {
      const draft = JSON.stringify({
        format_version: 1,
        name: 'acme',
        profile: {
          outgoing: {
            triggers: ['create_user'],
            post_url: `https://hr.corp.invalid:${hooksPort}/hooks`,
            request_parameters: [{ api_field: 'employeeNumber', mangoapps_field: 'employee_id' }],
            response_parameters: [],
          },
          incoming: {
            input_parameters: [
              { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
            ],
          },
        },
      });
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(
        [
          'test',
          'd.json',
          '--target',
          'post-url',
          '--yes-real-target',
          'hr.corp.invalid',
          '--proxy',
          `http://ci:url-secret@127.0.0.1:${routed.port}`,
          '--ca-file',
          caFile,
          '--json',
        ],
        {
          env: {},
          readFile: async () => draft,
          writeFile: async () => undefined,
          out: (l) => out.push(l),
          err: (l) => err.push(l),
        },
      );
      const tunnels = routed.log.filter((l) => l.startsWith('CONNECT'));
      expect(tunnels.length).toBeGreaterThan(0);
      expect(new Set(tunnels)).toEqual(new Set([`CONNECT hr.corp.invalid:${hooksPort}`]));
      expect(out.join('\n') + err.join('\n')).not.toContain('url-secret');
      expect(err.at(-1)).toMatch(/: 4 passed, 0 failed\.$/);
      expect(code).toBe(0);
    } finally {
      await routed.close();
      hooks.close();
    }
  });

  it('refuses a CA file or proxy URL it cannot use before calling anyone', async () => {
    const notPem = path.join(dir, 'notes.txt');
    writeFileSync(notPem, 'hello');
    const bad = await cli(pull(good, '--ca-file', notPem));
    expect(bad.err).toMatch(/--ca-file .*notes\.txt holds no PEM certificate/);
    const socks = await cli(pull(good, '--proxy', 'socks5://127.0.0.1:1080'));
    expect(socks.err).toMatch(/--proxy: socks5 proxies are not supported/);
  });
});
