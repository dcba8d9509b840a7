import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { memorySettings } from '../../electron/services/storage/settings-store';
import type { DomainDraft } from '../../shared/model/draft';

let dir = '';
let app: AppServices;
let emulator: Emulator;

async function value<T>(channel: string, input: unknown): Promise<T> {
  const res = await app.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'whs-wording-'));
  app = await createAppServices({ dataDir: dir, shell: 'web', version: 'test', settings: memorySettings() });
  emulator = await createEmulator();
});

afterEach(async () => {
  await app.close();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

async function emulatedDomain(): Promise<DomainDraft> {
  const draft = await value<DomainDraft>('domains:create', { name: 'acme', base_url: emulator.url });
  await value('drafts:save', { draft: { ...draft, admin_username: emulator.admin.username } });
  return draft;
}

describe('connection messages read as one sentence', () => {
  it('lists what is missing with "and"', async () => {
    const draft = await emulatedDomain();
    const res = await app.dispatch('connection:test', { id: draft.id });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (res.ok) return;
    expect(res.error.message).toBe(
      'To connect, enter the API key and the admin password (Publish › Connection).',
    );
  });

  it('quotes the domain’s refusal without doubling its full stop', async () => {
    const draft = await emulatedDomain();
    await value('secrets:set', { domain_id: draft.id, name: 'api_key', value: emulator.apiKeys.readWrite });
    await value('secrets:set', { domain_id: draft.id, name: 'admin_password', value: 'not-the-password' });
    const res = await app.dispatch('connection:test', { id: draft.id });
    expect(res).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    if (res.ok) return;
    expect(res.error.message).toBe(
      'Wrong username or password: the domain says "Login id or Password is Incorrect."',
    );
  });
});
