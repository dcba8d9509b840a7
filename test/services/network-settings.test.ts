import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { DEFAULT_NET_CONFIG, setNetConfig } from '../../electron/services/net/net-config';
import type { SystemNetwork } from '../../electron/services/net/network-service';
import { memorySettings } from '../../electron/services/storage/settings-store';
import type { NetworkSettingsView } from '../../shared/bridge/contract-network';
import type { DomainDraft } from '../../shared/model/draft';
import { profileWebhook } from './harness-fixture';
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy';
import { TestCa } from './support/test-ca';

const HRIS = 'hris.corp.invalid';
const ca = new TestCa();
const dir = mkdtempSync(path.join(tmpdir(), 'ws-netset-'));
const caFile = path.join(dir, 'root.pem');
writeFileSync(caFile, ca.cert);

let proxy: ForwardProxy;
let target: Server;
let port: number;
let app: AppServices | undefined;

beforeAll(async () => {
  proxy = await startForwardProxy({
    credentials: { user: 'me', password: 'pw' },
    hosts: { [HRIS]: '127.0.0.1' },
  });
  target = createServer(ca.issue([HRIS]), (req, res) => {
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  port = (target.address() as AddressInfo).port;
});
afterEach(async () => {
  await app?.close();
  setNetConfig(DEFAULT_NET_CONFIG);
});
afterAll(async () => {
  await proxy.close();
  target.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(network?: SystemNetwork) {
  app = await createAppServices({
    dataDir: mkdtempSync(path.join(dir, 'data-')),
    shell: 'electron',
    version: 't',
    settings: memorySettings(),
    ...(network ? { network } : {}),
  });
  const services = app;
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const res = await services.dispatch(channel as never, input);
    if (!res.ok) throw Object.assign(new Error(`${channel}: ${res.error.message}`), res.error);
    return res.value as T;
  };
}

async function fire(call: Awaited<ReturnType<typeof start>>) {
  const created = await call<DomainDraft>('domains:create', { name: 'acme' });
  const draft = structuredClone(created);
  draft.config.profile = profileWebhook(`https://${HRIS}:${port}/hooks`, []);
  await call('drafts:save', { draft });
  return call<{ ok: boolean; failure?: { message: string }; steps: { step: string; via?: string }[] }>(
    'harness:fire',
    {
      id: draft.id,
      kind: 'profile',
      trigger: 'create_user',
      sample_id: 'sample-priya',
      target: 'post_url',
      confirm_host: HRIS,
    },
  );
}

const base = { mode: 'manual', url: '', bypass: '', username: 'me', proxy_loopback: false, ca_file: caFile };

describe('network settings in the app', () => {
  it('applies a manual proxy and CA file to deliveries, keeping the password as a secret', async () => {
    const call = await start();
    const view = await call<NetworkSettingsView>('network:set', { ...base, url: proxy.url, password: 'pw' });
    expect(view).toMatchObject({ mode: 'manual', password_set: true, system_proxy: false });
    expect(JSON.stringify(view)).not.toContain('"pw"');
    const trace = await fire(call);
    expect(trace.failure).toBeUndefined();
    expect(trace.steps.find((s) => s.step === 'request')?.via).toBe(
      `via proxy http://me@127.0.0.1:${proxy.port} (app setting)`,
    );

    const forgotten = await call<NetworkSettingsView>('network:set', {
      ...base,
      username: '',
      url: proxy.url,
      password: null,
    });
    expect(forgotten.password_set).toBe(false);
    expect((await fire(call)).failure?.message).toMatch(/Proxy authentication required \(HTTP 407\)/);
  });

  it('uses the operating system proxy (as the desktop shell resolves it) in auto mode', async () => {
    const asked: string[] = [];
    const call = await start({
      resolveSystemProxy: async (url) => {
        asked.push(url);
        return `PROXY 127.0.0.1:${proxy.port}; DIRECT`;
      },
    });
    await call('network:set', { ...base, mode: 'auto', password: 'pw' });
    const trace = await fire(call);
    expect(trace.failure).toBeUndefined();
    expect(trace.steps.find((s) => s.step === 'request')?.via).toMatch(/\(system settings\)$/);
    expect(asked).toEqual([`https://${HRIS}:${port}/hooks`]);
  });

  it('refuses settings it cannot use, naming the field, and keeps the previous ones', async () => {
    const call = await start();
    await expect(call('network:set', { ...base, url: 'ftp://proxy' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^url: ftp proxies are not supported/),
    });
    await expect(call('network:set', { ...base, url: '' })).rejects.toThrow(
      /^url: a manual proxy needs its URL/,
    );
    await expect(
      call('network:set', { ...base, url: proxy.url, ca_file: path.join(dir, 'nope.pem') }),
    ).rejects.toThrow(/^ca_file: CA file .*nope\.pem does not exist/);
    expect(await call<NetworkSettingsView>('network:get', {})).toMatchObject({ mode: 'auto', ca_file: null });
  });
});
