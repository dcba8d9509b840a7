import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDomainsService } from '../../electron/services/domains/domains-service';
import type { DomainsService } from '../../electron/services/domains/domains-service';
import { createSecretVault } from '../../electron/services/secrets';
import type { SecretVault } from '../../electron/services/secrets';
import { openDraftStore } from '../../electron/services/storage/draft-store';
import type { DraftStore } from '../../electron/services/storage/draft-store';
import { memorySettings } from '../../electron/services/storage/settings-store';
import type { KeyValueStore, Settings } from '../../electron/services/storage/settings-store';

let dataDir: string;
let drafts: DraftStore;
let secrets: SecretVault;
let settings: KeyValueStore<Settings>;
let service: DomainsService;
let clock: number;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-domains-'));
  drafts = await openDraftStore({ dataDir });
  secrets = await createSecretVault();
  settings = memorySettings();
  clock = Date.parse('2026-11-20T10:00:00.000Z');
  // Each call to the clock is one second later, so updated_at changes are visible.
  service = createDomainsService({ drafts, secrets, settings, now: () => new Date((clock += 1000)) });
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('domains service', () => {
  it('creates a domain with a fresh id, the built-in catalogue and an empty configuration, on disk', async () => {
    const created = await service.create('acme production', 'https://acme.mangoapps.com');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ name: 'acme production', base_url: 'https://acme.mangoapps.com' });
    expect(created.catalogue.source).toBe('builtin');
    expect(created.config.profile.outgoing.request_parameters).toEqual([]);
    const onDisk = JSON.parse(await fs.readFile(path.join(dataDir, 'drafts', `${created.id}.json`), 'utf8'));
    expect(onDisk).toEqual(created);
  });

  it('lists in the saved order first, then by name', async () => {
    const c = await service.create('charlie', '');
    const a = await service.create('alpha', '');
    const b = await service.create('bravo', '');
    expect(service.list().map((d) => d.name)).toEqual(['alpha', 'bravo', 'charlie']);
    settings.set('domain_order', [c.id, b.id]);
    expect(service.list().map((d) => d.name)).toEqual(['charlie', 'bravo', 'alpha']);
    expect(Object.keys(service.list()[0]!).sort()).toEqual(['base_url', 'id', 'name', 'updated_at']);
    expect(a.id).not.toBe(b.id);
  });

  it('renames, updating updated_at', async () => {
    const created = await service.create('old', '');
    const renamed = await service.rename(created.id, 'new');
    expect(renamed.name).toBe('new');
    expect(renamed.updated_at > created.updated_at).toBe(true);
    expect(service.get(created.id).name).toBe('new');
  });

  it('duplicates the configuration and catalogue under a new id, but not the secrets', async () => {
    const source = await service.create('prod', 'https://acme.mangoapps.com');
    const edited = service.get(source.id);
    edited.config.profile.outgoing.post_url = 'https://hr.example.com/hook';
    edited.catalogue.profile.push({
      key: 'custom_x',
      label: 'X',
      type: 'string',
      read_only: false,
      custom: true,
    });
    await service.save(edited);
    await secrets.set(source.id, 'oauth_password', 'p4ss');

    const copy = await service.duplicate(source.id, 'prod copy');
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('prod copy');
    expect(copy.config).toEqual(service.get(source.id).config);
    expect(copy.catalogue.profile.at(-1)?.key).toBe('custom_x');
    expect((await secrets.status(copy.id)).set.oauth_password).toBe(false);
    expect(await secrets.get(source.id, 'oauth_password')).toBe('p4ss');
    // A deep copy: editing the copy leaves the source alone.
    copy.config.profile.outgoing.post_url = 'changed';
    expect(service.get(source.id).config.profile.outgoing.post_url).toBe('https://hr.example.com/hook');
  });

  it('deletes the draft file, its secrets and its place in the settings', async () => {
    const doomed = await service.create('doomed', '');
    const kept = await service.create('kept', '');
    await secrets.set(doomed.id, 'api_key', 'k');
    settings.set('domain_order', [doomed.id, kept.id]);
    service.get(doomed.id);
    expect(settings.get('last_domain_id')).toBe(doomed.id);

    expect(await service.delete(doomed.id)).toEqual({ id: doomed.id });
    expect(service.list().map((d) => d.id)).toEqual([kept.id]);
    expect(await secrets.get(doomed.id, 'api_key')).toBeUndefined();
    expect(settings.get('domain_order')).toEqual([kept.id]);
    expect(settings.get('last_domain_id')).toBeNull();
    expect(await fs.readdir(path.join(dataDir, 'drafts'))).toEqual([`${kept.id}.json`]);
  });

  it('saves an existing draft, stamping updated_at and returning saved_at', async () => {
    const created = await service.create('acme', '');
    const draft = service.get(created.id);
    draft.config.jit_provisioning = true;
    const { saved_at } = await service.save(draft);
    const stored = service.get(created.id);
    expect(stored.updated_at).toBe(saved_at);
    expect(saved_at > created.updated_at).toBe(true);
    expect(stored.config.jit_provisioning).toBe(true);
    const reopened = await openDraftStore({ dataDir });
    expect(reopened.get(created.id)?.config.jit_provisioning).toBe(true);
  });

  it('keeps a rename when an autosave still carries the old name', async () => {
    const created = await service.create('old name', '');
    const stale = service.get(created.id);
    await service.rename(created.id, 'new name');
    await service.save(stale);
    expect(service.get(created.id).name).toBe('new name');
    expect(service.get(created.id).created_at).toBe(created.created_at);
  });

  it('answers not_found for a domain that does not exist', async () => {
    await expect(service.save({ ...(await service.create('x', '')), id: 'missing' })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('"missing"'),
    });
    expect(() => service.get('missing')).toThrow(/No domain with id "missing"/);
    await expect(service.rename('missing', 'n')).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.duplicate('missing', 'n')).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.delete('missing')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses an id that could reach outside the drafts folder', () => {
    expect(() => service.get('../settings')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
