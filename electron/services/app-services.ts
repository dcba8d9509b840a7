import path from 'node:path';
import type { StoreProblem } from '../../shared/bridge/contract';
import type { AppSettings } from '../../shared/bridge/contract-settings';
import { createDispatcher } from './bridge/dispatch';
import type { Dispatch, InternalErrorReporter } from './bridge/dispatch';
import type { Handlers } from './bridge/handlers';
import { DomainClient } from './domain-client/domain-client';
import type { DomainConnection } from './domain-client/domain-client';
import { createDomainsService } from './domains/domains-service';
import type { DomainsService } from './domains/domains-service';
import { createAppEvents } from './events';
import type { AppEvents } from './events';
import { OpenedFiles } from './files/opened-files';
import { createHarnessService } from './harness';
import { createNetworkService, type SystemNetwork } from './net/network-service';
import { createOpenapiService } from './openapi/openapi-service';
import { PUBLISH_LOG_DIR, PublishLogStore } from './publish/publish-log';
import { createPublishHandlers } from './publish/publish-service';
import { createSecretVault } from './secrets/secret-vault';
import type { SecretCipher, SecretVault } from './secrets/types';
import { openDraftStore } from './storage/draft-store';
import { makeDataDirPrivate } from './storage/private-modes';
import { QUARANTINE_DIR } from './storage/quarantine';
import { openSettingsStore } from './storage/settings-store';
import type { KeyValueStore, Settings, SettingsFactory, WindowBounds } from './storage/settings-store';

/** Name of the vault file (ciphertext only) in the data directory. */
export const SECRETS_FILE = 'secrets.json';

/** How a shell starts the host services. */
export interface AppServicesOptions {
  /** Where drafts, settings, secrets and quarantined files live. */
  dataDir: string;
  shell: 'electron' | 'web';
  version: string;
  /** The OS keychain (Electron `safeStorage`); without it secrets stay in memory. */
  cipher?: SecretCipher;
  /**
   * A settings store, or a factory given the data directory (then an unreadable settings file is moved
   * aside and reported here). Defaults to a `conf` store in the data directory.
   */
  settings?: KeyValueStore<Settings> | SettingsFactory;
  /** Builds the admin API client for a domain; tests may pass one with a short timeout. */
  connect?: (conn: DomainConnection) => DomainClient;
  /** Clock, for tests. */
  now?: () => Date;
  /** The OS proxy resolver and certificate store, where the shell has them (the desktop app). */
  network?: SystemNetwork;
  /** Where unexpected handler errors are reported (default: console.error, without inputs). */
  onInternalError?: InternalErrorReporter;
}

/** The host side of the app, shared by the Electron and browser shells. */
export interface AppServices {
  /** Every channel of the contract, validated; the only way a transport reaches a service. */
  dispatch: Dispatch;
  /** Host-pushed events for the transport to forward. */
  events: AppEvents;
  /** Store files that failed to load at startup, moved aside. */
  storeProblems: readonly StoreProblem[];
  /** Host-internal access for later host code (publish, harness); never exposed to the UI directly. */
  domains: DomainsService;
  secrets: SecretVault;
  /** Files the OS asked the app to open (Electron's file association); the UI imports them. */
  openedFiles: OpenedFiles;
  /** The desktop window's last size and place, in the settings store; the UI never sees it. */
  windowBounds: WindowPlace;
  /** Waits for pending writes; calls after this are refused. */
  close(): Promise<void>;
}

/** Reads and keeps the desktop window's size and place. */
export interface WindowPlace {
  get(): WindowBounds | null;
  set(bounds: WindowBounds): void;
}

/** The settings the UI sees: never the window's bounds or the domain order, which the host owns. */
function appSettings(store: KeyValueStore<Settings>): AppSettings {
  return {
    theme: store.get('theme'),
    density: store.get('density'),
    last_domain_id: store.get('last_domain_id'),
  };
}

/** Opens the stores and wires every channel of the bridge contract to its service. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { dataDir, now } = options;
  await makeDataDirPrivate(dataDir);
  const drafts = await openDraftStore({ dataDir, now });
  const secrets = await createSecretVault({
    file: path.join(dataDir, SECRETS_FILE),
    cipher: options.cipher,
    now,
  });
  const settings =
    options.settings === undefined || typeof options.settings === 'function'
      ? await openSettingsStore({ dataDir, factory: options.settings, now })
      : { store: options.settings, problems: [] };
  const storeProblems: StoreProblem[] = [...drafts.problems, ...secrets.problems, ...settings.problems];
  const domains = createDomainsService({ drafts, secrets, settings: settings.store, now });
  const events = createAppEvents();
  const network = createNetworkService({ settings: settings.store, vault: secrets, system: options.network });
  await network.apply();
  const log = new PublishLogStore(path.join(dataDir, PUBLISH_LOG_DIR), path.join(dataDir, QUARANTINE_DIR));
  const publish = createPublishHandlers({
    drafts,
    vault: secrets,
    log,
    connect: options.connect ?? ((conn) => new DomainClient(conn)),
    now,
  });
  const harness = createHarnessService({
    dataDir,
    quarantineDir: path.join(dataDir, QUARANTINE_DIR),
    drafts,
    vault: secrets,
    events,
    now,
    api: (id) => openapi.domainApi(id),
  });

  const openedFiles = new OpenedFiles((file) => events.emit('files:opened', file));

  const knownDomain = (id: string) => void drafts.requireDraft(id);
  const openapi = createOpenapiService({
    dataDir,
    quarantineDir: path.join(dataDir, QUARANTINE_DIR),
    knownDomain,
    now,
  });
  const handlers: Handlers = {
    ...publish,
    ...harness.handlers,
    ...openapi.handlers,
    ...network.handlers,
    'app:info': async () => ({
      shell: options.shell,
      version: options.version,
      secrets: secrets.storage,
      store_problems: storeProblems,
    }),
    'app:start': async () => {
      const [info, domains, settings, last_draft] = await Promise.all([
        handlers['app:info']({}),
        handlers['domains:list']({}),
        handlers['settings:get']({}),
        // As the UI did when it asked on its own: a last draft that cannot be read opens the first
        // domain, whose own read then says what is wrong.
        handlers['drafts:last']({}).catch(() => null),
      ]);
      return { info, domains, settings, last_draft };
    },
    'domains:list': async () => domains.list(),
    'domains:create': async ({ name, base_url }) => domains.create(name, base_url),
    'domains:rename': async ({ id, name }) => domains.rename(id, name),
    'domains:duplicate': async ({ id, name }) => domains.duplicate(id, name),
    'domains:delete': async ({ id }) => {
      const deleted = await domains.delete(id);
      await Promise.all([log.remove(id), harness.forget(id), openapi.forget(id)]);
      return deleted;
    },
    'drafts:get': async ({ id }) => domains.get(id),
    'drafts:last': async () => domains.last(),
    'drafts:save': async ({ draft }) => domains.save(draft),
    'secrets:status': async ({ domain_id }) => (knownDomain(domain_id), secrets.status(domain_id)),
    'secrets:set': async ({ domain_id, name, value }) => {
      knownDomain(domain_id);
      const status = await secrets.set(domain_id, name, value);
      // The next publish must send the new OAuth password; the domain never returns it.
      if (name === 'oauth_password') await log.setPasswordPending(domain_id, true);
      return status;
    },
    'secrets:clear': async ({ domain_id, name }) => (knownDomain(domain_id), secrets.clear(domain_id, name)),
    'files:take-opened': async () => openedFiles.take(),
    'settings:get': async () => appSettings(settings.store),
    'settings:set': async (changes) => {
      if (changes.theme) settings.store.set('theme', changes.theme);
      if (changes.density) settings.store.set('density', changes.density);
      return appSettings(settings.store);
    },
  };

  /** The publish log and the harness find unreadable files lazily; report each once, as the contract's event. */
  const reported = new Set<StoreProblem>();
  const reportNewProblems = () => {
    for (const problem of [...log.problems, ...harness.problems(), ...openapi.problems()]) {
      if (reported.has(problem)) continue;
      reported.add(problem);
      storeProblems.push(problem);
      events.emit('store:problem', problem);
    }
  };

  const inner = createDispatcher(handlers, options.onInternalError);
  let closed = false;
  const dispatch: Dispatch = async (channel, rawInput) => {
    if (closed)
      return { ok: false, error: { code: 'cancelled', message: 'Webhook Studio is shutting down.' } };
    try {
      return await inner(channel, rawInput);
    } finally {
      reportNewProblems();
    }
  };

  return {
    dispatch,
    events,
    storeProblems,
    domains,
    secrets,
    openedFiles,
    windowBounds: {
      get: () => settings.store.get('window_bounds'),
      set: (b) => {
        const round = (n: number) => Math.round(n);
        const next = { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) };
        if (next.width >= 200 && next.height >= 200) settings.store.set('window_bounds', next);
      },
    },
    close: async () => {
      closed = true;
      await Promise.all([drafts.flush(), secrets.flush(), harness.close(), openapi.flush()]);
    },
  };
}
