import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services';
import { CHANNEL_NAMES } from '../../shared/bridge/channels';
import type { ChannelName } from '../../shared/bridge/channels';
import { contract } from '../../shared/bridge/contract';
import type { DomainDraft } from '../../shared/model/draft';

let dataDir: string;
let services: AppServices | undefined;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-app-'));
});
afterEach(async () => {
  await services?.close();
  services = undefined;
  await fs.rm(dataDir, { recursive: true, force: true });
});

const start = async () => (services = await createAppServices({ dataDir, shell: 'web', version: '1.2.3' }));

async function call<T>(channel: string, input: unknown): Promise<T> {
  const out = await services!.dispatch(channel, input);
  if (!out.ok) throw new Error(`${channel}: ${out.error.code} ${out.error.message}`);
  return out.value as T;
}

describe('app services', () => {
  it('has a working handler behind every channel of the contract', async () => {
    const reported: unknown[] = [];
    services = await createAppServices({
      dataDir,
      shell: 'web',
      version: '1',
      onInternalError: (_channel, error) => reported.push(error),
    });
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    const draft = await call<DomainDraft>('drafts:get', { id });
    const delivery = { id, kind: 'profile', trigger: 'create_user', sample_id: 'sample-priya' };
    // Typed by channel name: a new channel in the contract fails to compile until it is covered here.
    const samples: Record<ChannelName, unknown> = {
      'app:info': {},
      'domains:list': {},
      'domains:create': { name: 'b' },
      'domains:rename': { id, name: 'c' },
      'domains:duplicate': { id, name: 'd' },
      'drafts:get': { id },
      'drafts:last': {},
      'app:start': {},
      'drafts:save': { draft },
      'secrets:status': { domain_id: id },
      'secrets:set': { domain_id: id, name: 'api_key', value: 'k' },
      'secrets:clear': { domain_id: id, name: 'api_key' },
      'connection:test': { id },
      'domain:pull': { id },
      'publish:plan': { id },
      'publish:apply': { id, expected: [{ kind: 'profile', version: 0 }] },
      'publish:resolve': { id, kind: 'profile', choices: {} },
      'history:list': { id },
      'history:restore': { id, entry_id: 'none' },
      'history:versions': { id, kind: 'profile' },
      'history:version': { id, kind: 'profile', version: 1 },
      'history:restore-version': { id, kind: 'profile', version: 1 },
      'harness:samples': { id },
      'harness:samples-save': { id, samples: [] },
      'harness:samples-import': { id, format: 'csv', text: 'email\nada@acme.com' },
      'harness:preview': { ...delivery, target: 'post_url' },
      'harness:fire': { ...delivery, target: 'post_url' },
      'harness:receiver-status': {},
      'harness:receiver-start': {},
      'harness:receiver-stop': {},
      'harness:receiver-routes': { routes: [] },
      'harness:receiver-api': { id, on: true },
      'harness:inbox': {},
      'harness:replay': { id, entry_id: 'none' },
      'harness:notify': { id, kind: 'profile', sample_id: 'sample-priya', target: 'local' },
      'harness:round-trip': delivery,
      'harness:batch-start': { id, kind: 'profile', sample_ids: ['sample-priya'], target: 'receiver' },
      'harness:batch-cancel': { run_id: 'none' },
      'harness:batch-result': { run_id: 'none' },
      'harness:batch-export': { run_id: 'none', format: 'junit' },
      'harness:history': { id },
      'files:take-opened': {},
      'settings:get': {},
      'settings:set': { theme: 'dark' },
      'openapi:get': { domain_id: id },
      'openapi:import': { domain_id: id, source: { kind: 'text', text: '{"openapi":"3.0.3"}' } },
      'openapi:bind': { domain_id: id, binding: { profile: 'POST /users' } },
      'openapi:remove': { domain_id: id },
      'openapi:reference': { domain_id: id, embed: true },
      'network:get': {},
      'network:set': {
        mode: 'auto',
        url: '',
        bypass: '',
        username: '',
        proxy_loopback: false,
        ca_file: null,
      },
      'domains:delete': { id },
    };
    expect(Object.keys(samples).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) {
      expect(contract[channel].input.safeParse(samples[channel]).success, channel).toBe(true);
      const out = await services.dispatch(channel, samples[channel]);
      // Channels that need a connection refuse politely (no URL, no credentials); none may crash.
      if (!out.ok)
        expect(['invalid_input', 'not_found'], `${channel}: ${out.error.message}`).toContain(out.error.code);
    }
    expect(reported).toEqual([]);
  });

  it('reports the shell, version, in-memory secrets and no problems on a clean start', async () => {
    await start();
    expect(await call('app:info', {})).toEqual({
      shell: 'web',
      version: '1.2.3',
      secrets: { kind: 'memory', detail: 'In memory only: the browser shell forgets secrets when it stops.' },
      store_problems: [],
    });
  });

  it('keeps the theme and density in the settings store across a restart, and refuses unknown settings', async () => {
    await start();
    expect(await call('settings:get', {})).toEqual({
      theme: 'system',
      density: 'comfortable',
      last_domain_id: null,
    });
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    await call('drafts:get', { id });
    expect(await call('settings:set', { theme: 'dark', density: 'compact' })).toEqual({
      theme: 'dark',
      density: 'compact',
      last_domain_id: id,
    });
    const refused = await services!.dispatch('settings:set', { theme: 'neon' });
    expect(refused.ok ? null : refused.error.code).toBe('invalid_input');
    const stray = await services!.dispatch('settings:set', { window_bounds: null });
    expect(stray.ok ? null : stray.error.code).toBe('invalid_input');
    await services!.close();
    await start();
    expect(await call('settings:get', {})).toMatchObject({
      theme: 'dark',
      density: 'compact',
      last_domain_id: id,
    });
  });

  it('answers the draft open last in one call, across a restart, and nothing once it is deleted', async () => {
    await start();
    expect(await call('drafts:last', {})).toBeNull();
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    await call<DomainDraft>('domains:create', { name: 'beta' });
    expect(await call('drafts:last', {})).toBeNull();
    const opened = await call<DomainDraft>('drafts:get', { id });
    expect(await call('drafts:last', {})).toEqual(opened);
    await services!.close();
    await start();
    expect(await call('drafts:last', {})).toEqual(opened);
    await call('domains:delete', { id });
    expect(await call('drafts:last', {})).toBeNull();
  });

  it('answers a start with what app info, the list, the settings and the last draft answer alone', async () => {
    await start();
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    await call<DomainDraft>('domains:create', { name: 'beta' });
    await call('settings:set', { theme: 'dark' });
    expect(await call('app:start', {})).toMatchObject({ last_draft: null });
    await call<DomainDraft>('drafts:get', { id });
    expect(await call('app:start', {})).toEqual({
      info: await call('app:info', {}),
      domains: await call('domains:list', {}),
      settings: await call('settings:get', {}),
      last_draft: await call('drafts:last', {}),
    });
  });

  it('creates, edits, saves and reads back a draft across a restart', async () => {
    await start();
    const created = await call<DomainDraft>('domains:create', {
      name: 'acme',
      base_url: 'https://acme.mangoapps.com',
    });
    const draft = await call<DomainDraft>('drafts:get', { id: created.id });
    draft.config.profile.outgoing.triggers = ['create_user'];
    draft.config.profile.outgoing.request_parameters = [
      { id: 'r1', api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
    ];
    const saved = await call<{ saved_at: string }>('drafts:save', { draft });
    await services!.close();

    await start();
    const list = await call<{ id: string; updated_at: string }[]>('domains:list', {});
    expect(list).toEqual([
      { id: created.id, name: 'acme', base_url: 'https://acme.mangoapps.com', updated_at: saved.saved_at },
    ]);
    const again = await call<DomainDraft>('drafts:get', { id: created.id });
    expect(again.config.profile.outgoing.request_parameters[0]?.api_field).toBe('employeeNumber');
  });

  it('keeps a password typed into the draft out of the draft file', async () => {
    await start();
    const created = await call<DomainDraft>('domains:create', { name: 'acme' });
    const draft = await call<DomainDraft>('drafts:get', { id: created.id });
    const oauth = {
      token_url: 'https://hr.example.com/oauth/token',
      username: 'sync',
      password: 'p4ssw0rd-leak',
    };
    (draft.config.security as { oauth: unknown }).oauth = oauth;
    await call('drafts:save', { draft });
    const file = await fs.readFile(path.join(dataDir, 'drafts', `${created.id}.json`), 'utf8');
    expect(file).toContain('sync');
    expect(file).not.toContain('p4ssw0rd-leak');
  });

  it('sets, reports and clears secrets only for existing domains, and forgets them on delete', async () => {
    await start();
    const { id } = await call<DomainDraft>('domains:create', { name: 'acme' });
    const status = await call<{ set: Record<string, boolean> }>('secrets:set', {
      domain_id: id,
      name: 'api_key',
      value: 'K3y',
    });
    expect(status.set.api_key).toBe(true);
    expect(JSON.stringify(status)).not.toContain('K3y');
    expect(
      await services!.dispatch('secrets:set', { domain_id: 'nope', name: 'api_key', value: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await call('domains:delete', { id });
    expect(await services!.secrets.get(id, 'api_key')).toBeUndefined();
  });

  it('starts with a corrupt draft and settings file, reporting both in app:info', async () => {
    await fs.mkdir(path.join(dataDir, 'drafts'), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'drafts', 'bad.json'), 'not json at all');
    await fs.writeFile(path.join(dataDir, 'settings.json'), '{"domain_order": "oops"}');
    await start();
    const info = await call<{ store_problems: { file: string; moved_to: string }[] }>('app:info', {});
    expect(info.store_problems.map((p) => path.basename(p.file)).sort()).toEqual([
      'bad.json',
      'settings.json',
    ]);
    for (const problem of info.store_problems)
      await expect(fs.access(problem.moved_to)).resolves.toBeUndefined();
    expect(await call('domains:list', {})).toEqual([]);
    expect((await call<DomainDraft>('domains:create', { name: 'still works' })).name).toBe('still works');
  });

  it('refuses calls after close', async () => {
    await start();
    await services!.close();
    expect(await services!.dispatch('app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
  });
});
