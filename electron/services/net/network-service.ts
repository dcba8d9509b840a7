import type { NetworkSettingsView } from '../../../shared/bridge/contract-network';
import { AppError } from '../../../shared/bridge/envelope';
import type { Handlers } from '../bridge/handlers';
import type { SecretVault } from '../secrets/types';
import {
  NETWORK_DEFAULTS,
  type KeyValueStore,
  type NetworkSettings,
  type Settings,
} from '../storage/settings-store';
import { setNetConfig, type SystemProxyResolver } from './net-config';
import { parseProxyUrl } from './route';
import { readCaFile, systemStoreAvailable } from './trust';

/** The vault entry of the proxy password: an id no domain gets (domain ids are random UUIDs). */
export const NETWORK_VAULT_ID = 'app-network-proxy';
/** Under that id, the vault's password slot holds the proxy's password (the vault's names are per domain). */
const PROXY_PASSWORD = 'admin_password';

/** What only a shell can offer: the OS proxy settings (PAC included) and the OS certificate store. */
export interface SystemNetwork {
  resolveSystemProxy?: SystemProxyResolver;
  systemCa?: boolean;
}

/** The network channels' handlers, and `apply` to put the stored settings into effect at start-up. */
export interface NetworkService {
  handlers: Pick<Handlers, 'network:get' | 'network:set'>;
  apply(): Promise<void>;
}

const invalid = (path: string, message: string) =>
  new AppError('invalid_input', `${path}: ${message}`, [{ path, message }]);

/** Checks settings before they are stored: a manual proxy needs a usable URL, a CA file must hold PEM certificates. */
function check(next: NetworkSettings): void {
  if (next.mode === 'manual') {
    if (next.url === '') throw invalid('url', 'a manual proxy needs its URL, e.g. http://proxy.corp:3128');
    try {
      parseProxyUrl(next.url, 'Proxy URL');
    } catch (error) {
      throw invalid('url', (error as Error).message.replace(/^Proxy URL: /, ''));
    }
  }
  if (next.ca_file) {
    try {
      readCaFile(next.ca_file, 'CA file');
    } catch (error) {
      throw invalid('ca_file', (error as Error).message);
    }
  }
}

/** Keeps the proxy and trust settings, the proxy password in the vault, and applies them to every call. */
export function createNetworkService(options: {
  settings: KeyValueStore<Settings>;
  vault: SecretVault;
  system?: SystemNetwork;
}): NetworkService {
  const { settings, vault } = options;
  const system = options.system ?? {};
  const systemCa = Boolean(system.systemCa) && systemStoreAvailable();
  const stored = (): NetworkSettings => ({ ...NETWORK_DEFAULTS, ...settings.get('network') });

  const apply = async () => {
    const s = stored();
    const password = await vault.get(NETWORK_VAULT_ID, PROXY_PASSWORD);
    setNetConfig({
      proxy: {
        mode: s.mode,
        ...(s.url ? { url: s.url } : {}),
        ...(s.bypass ? { bypass: s.bypass } : {}),
        ...(s.username ? { username: s.username } : {}),
        ...(password ? { password } : {}),
        proxyLoopback: s.proxy_loopback,
      },
      caFile: s.ca_file,
      systemCa,
      ...(system.resolveSystemProxy ? { resolveSystemProxy: system.resolveSystemProxy } : {}),
    });
  };

  const view = async (): Promise<NetworkSettingsView> => ({
    ...stored(),
    password_set: (await vault.get(NETWORK_VAULT_ID, PROXY_PASSWORD)) !== undefined,
    system_proxy: Boolean(system.resolveSystemProxy),
    system_ca: systemCa,
  });

  return {
    apply,
    handlers: {
      'network:get': async () => view(),
      'network:set': async (input) => {
        const { password, ...rest } = input;
        const next: NetworkSettings = { ...rest, ca_file: rest.ca_file || null };
        check(next);
        if (password === null) await vault.clear(NETWORK_VAULT_ID, PROXY_PASSWORD);
        else if (password !== undefined) await vault.set(NETWORK_VAULT_ID, PROXY_PASSWORD, password);
        settings.set('network', next);
        await apply();
        return view();
      },
    },
  };
}
