import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { createEmulator, type Emulator } from '../../../electron/services/emulator';
import { memorySettings } from '../../../electron/services/storage/settings-store';
import type { DomainDraft } from '../../../shared/model/draft';

/** A fresh emulator and fresh host services per test, and helpers to talk to them through the bridge. */
export interface PublishWorld {
  emu: Emulator;
  app: AppServices;
  /** The app's data folder. */
  dataDir: string;
  /** A channel's value, or a thrown error naming the channel and the host's error. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  /** A domain whose URL, username and secrets point at the emulator's admin. */
  connectedDomain(): Promise<DomainDraft>;
}

/** Registers per-test setup and teardown; read the fields inside tests only. */
export function usePublishWorld(): PublishWorld {
  let dir = '';
  const world = {} as PublishWorld;
  world.call = async <T>(channel: string, input: unknown) => {
    const res = await world.app.dispatch(channel, input);
    if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
    return res.value as T;
  };
  world.connectedDomain = async () => {
    const { call, emu } = world;
    const draft = await call<DomainDraft>('domains:create', { name: 'acme', base_url: emu.url });
    await call('drafts:save', { draft: { ...draft, admin_username: emu.admin.username } });
    await call('secrets:set', { domain_id: draft.id, name: 'api_key', value: emu.apiKeys.readWrite });
    await call('secrets:set', { domain_id: draft.id, name: 'admin_password', value: emu.admin.password });
    return call<DomainDraft>('drafts:get', { id: draft.id });
  };
  beforeEach(async () => {
    world.emu = await createEmulator();
    dir = mkdtempSync(path.join(tmpdir(), 'whs-publish-'));
    world.dataDir = dir;
    world.app = await createAppServices({
      dataDir: dir,
      shell: 'web',
      version: 'test',
      settings: memorySettings(),
    });
  });
  afterEach(async () => {
    await world.app.close();
    await world.emu.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return world;
}
