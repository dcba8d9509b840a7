import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainDraft } from '../../shared/model/draft';
import { profileWebhook } from './harness-fixture';
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy';
import { TestCa, type Pem } from './support/test-ca';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Names only the proxy resolves: a delivery that reaches them went through it.
const HRIS = 'hris.corp.invalid';
const BYPASSED = 'direct.corp.invalid';
const DAY = 86_400_000;

const corp = new TestCa();
const other = new TestCa('Elsewhere Root CA');
const dir = mkdtempSync(path.join(tmpdir(), 'ws-web-net-'));
const caFile = path.join(dir, 'corp-root.pem');
writeFileSync(caFile, corp.cert);

const servers: Server[] = [];
async function target(pem: Pem): Promise<number> {
  const server = createServer(pem, (req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{"workerId":"W-1"}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

interface Shell {
  child: ChildProcess;
  call(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
}

/** `npm run web`'s entry with a proxy in its environment, as an admin behind one would start it. */
async function startShell(env: Record<string, string>): Promise<Shell> {
  const dataDir = mkdtempSync(path.join(dir, 'data-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--port', '0'], {
    cwd: root,
    env: { ...process.env, WEBHOOK_STUDIO_DATA_DIR: dataDir, PORT: '', NODE_EXTRA_CA_CERTS: caFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const found = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (found) resolve(found[0]);
    });
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
  const [base, token] = url.split('/#token=') as [string, string];
  return {
    child,
    call: async (channel, input) => {
      const res = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
  };
}

interface Trace {
  ok: boolean;
  failure?: { step: string; kind: string; message: string };
  steps: { step: string; via?: string }[];
}

async function fireAt(shell: Shell, host: string, port: number): Promise<Trace> {
  const created = await shell.call('domains:create', { name: `t${port}` });
  const draft = structuredClone(created.value) as DomainDraft;
  draft.config.profile = profileWebhook(`https://${host}:${port}/hooks`, []);
  await shell.call('drafts:save', { draft });
  const fired = await shell.call('harness:fire', {
    id: draft.id,
    kind: 'profile',
    trigger: 'create_user',
    sample_id: 'sample-priya',
    target: 'post_url',
    confirm_host: host,
  });
  if (!fired.ok) throw new Error(fired.error?.message);
  return fired.value as Trace;
}

let proxy: ForwardProxy;
let good: number;
let untrusted: number;
let wrongName: number;
let expired: number;
const shells: Shell[] = [];

beforeAll(async () => {
  good = await target(corp.issue([HRIS, BYPASSED]));
  untrusted = await target(other.issue([HRIS]));
  wrongName = await target(corp.issue(['portal.corp.invalid']));
  expired = await target(
    corp.issue([HRIS], { notBefore: new Date(Date.now() - 5 * DAY), notAfter: new Date(Date.now() - DAY) }),
  );
  proxy = await startForwardProxy({
    credentials: { user: 'ws', password: 'pa:ss' },
    hosts: { [HRIS]: '127.0.0.1', [BYPASSED]: '127.0.0.1' },
  });
}, 30_000);

afterAll(async () => {
  for (const shell of shells) shell.child.kill('SIGKILL');
  await proxy.close();
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the harness through the browser shell behind a proxy', () => {
  it('delivers via HTTPS_PROXY, honours NO_PROXY, and names each certificate problem', async () => {
    const shell = await startShell({
      HTTPS_PROXY: `http://ws:pa%3Ass@127.0.0.1:${proxy.port}`,
      NO_PROXY: BYPASSED,
    });
    shells.push(shell);
    const before = proxy.log.length;
    const ok = await fireAt(shell, HRIS, good);
    expect(ok.failure).toBeUndefined();
    expect(ok.steps.find((s) => s.step === 'request')?.via).toBe(
      `via proxy http://ws@127.0.0.1:${proxy.port} (from HTTPS_PROXY)`,
    );
    expect(proxy.log.slice(before)).toEqual([`CONNECT ${HRIS}:${good}`]);

    const bypassed = await fireAt(shell, BYPASSED, good);
    expect(bypassed.failure).toMatchObject({ kind: 'dns' });

    const issuer = await fireAt(shell, HRIS, untrusted);
    expect(issuer.failure?.message).toMatch(
      /issued by "Elsewhere Root CA", which this computer does not trust/,
    );
    const name = await fireAt(shell, HRIS, wrongName);
    expect(name.failure?.message).toMatch(
      /is for portal\.corp\.invalid, not hris\.corp\.invalid: wrong host name/,
    );
    const old = await fireAt(shell, HRIS, expired);
    expect(old.failure?.message).toMatch(/has expired: it was valid from/);
  }, 60_000);

  it('says 407 when the proxy refuses the password', async () => {
    const shell = await startShell({ https_proxy: `http://ws:nope@127.0.0.1:${proxy.port}` });
    shells.push(shell);
    const trace = await fireAt(shell, HRIS, good);
    expect(trace.failure).toMatchObject({ step: 'request', kind: 'proxy' });
    expect(trace.failure?.message).toMatch(/Proxy authentication refused \(HTTP 407\)/);
    expect(JSON.stringify(trace)).not.toContain('nope');
  }, 60_000);
});
