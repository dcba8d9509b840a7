import type { SafeStorage } from 'electron';
import type { SecretCipher } from '../services/secrets';

type Backend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

const NO_KEYCHAIN =
  'No system keyring was found, and Electron’s fallback encrypts with a fixed key built into every copy ' +
  '— that is not a real keychain. Secrets therefore stay in memory only and are forgotten when the app quits.';
const UNAVAILABLE =
  'This system offers no secret storage the app can use, so secrets stay in memory only and are ' +
  'forgotten when the app quits.';

/** What the UI says about where secrets live, by platform and (on Linux) safeStorage backend. */
export function describeSecretStorage(platform: NodeJS.Platform, backend: Backend | null): string {
  if (platform === 'darwin') return 'Saved encrypted with a key held in the macOS Keychain.';
  if (platform === 'win32') return 'Saved encrypted with Windows DPAPI, readable only by your user account.';
  switch (backend) {
    case 'gnome_libsecret':
      return 'Saved encrypted with a key held in the system keyring (Secret Service).';
    case 'kwallet':
    case 'kwallet5':
    case 'kwallet6':
      return 'Saved encrypted with a key held in KWallet.';
    case 'basic_text':
      return NO_KEYCHAIN;
    default:
      return 'Saved encrypted with the operating system’s secret storage.';
  }
}

/**
 * A SecretCipher over Electron's safeStorage, using the asynchronous API (the synchronous one is
 * deprecated in this Electron). Where the OS offers no real keychain — nothing at all, or Linux's
 * `basic_text` fallback with its well-known key — the cipher is `kind: 'memory'`, so the vault never
 * writes those secrets to disk, and its `detail` says why. Call only after the app is ready.
 */
export async function createSafeStorageCipher(
  safeStorage: SafeStorage,
  platform: NodeJS.Platform = process.platform,
): Promise<SecretCipher> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    return {
      kind: 'memory',
      detail: UNAVAILABLE,
      encrypt: async (plain) => Buffer.from(plain, 'utf8'),
      decrypt: async (stored) => stored.toString('utf8'),
    };
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  return {
    kind: backend === 'basic_text' ? 'memory' : 'keychain',
    detail: describeSecretStorage(platform, backend),
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(encrypted)).result,
  };
}
