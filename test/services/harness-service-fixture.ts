import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { memorySettings } from '../../electron/services/storage/settings-store';
import type { ChannelName } from '../../shared/bridge/channels';
import type { ChannelInput, ChannelResult } from '../../shared/bridge/contract';
import type { DomainDraft } from '../../shared/model/draft';
import { CATALOGUE, profileWebhook } from './harness-fixture';

/** The bridge's choice of a Create User delivery of Priya's sample through the profile webhook. */
export const CREATE_PRIYA = { kind: 'profile', trigger: 'create_user', sample_id: 'sample-priya' } as const;

/** A host with its data directory; `restart` closes it and opens a new one on the same directory. */
export interface TestHost {
  app: AppServices;
  dir: string;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the app's host services under Node, as both shells do, in a fresh data directory. */
export async function startHost(): Promise<TestHost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'whs-harness-'));
  const open = () =>
    createAppServices({ dataDir: dir, shell: 'web', version: 'test', settings: memorySettings() });
  const host: TestHost = {
    app: await open(),
    dir,
    async call(channel, input) {
      const res = await host.app.dispatch(channel, input);
      if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
      return res.value as ChannelResult<typeof channel>;
    },
    async restart() {
      await host.app.close();
      host.app = await open();
    },
    async stop() {
      await host.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return host;
}

/**
 * A fresh host for each test of the file: started before the test, stopped (its directory removed) after.
 * The returned object speaks for the current test's host.
 */
export function useHostPerTest(): TestHost {
  let current: TestHost | undefined;
  beforeEach(async () => {
    current = await startHost();
  });
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  const now = (): TestHost => {
    if (!current) throw new Error('The host runs only while a test runs.');
    return current;
  };
  return {
    get app() {
      return now().app;
    },
    get dir() {
      return now().dir;
    },
    call: (channel, input) => now().call(channel, input),
    restart: () => now().restart(),
    stop: () => now().stop(),
  };
}

/** A domain whose profile webhook posts to `postUrl`, with the emulator's catalogue (custom fields too). */
export async function domainWith(host: TestHost, postUrl: string, edit?: (d: DomainDraft) => void) {
  const created = await host.call('domains:create', { name: 'acme' });
  const draft = structuredClone(created);
  draft.catalogue.profile = structuredClone(CATALOGUE);
  draft.config.profile = profileWebhook(postUrl);
  edit?.(draft);
  await host.call('drafts:save', { draft });
  return draft;
}
