import type { SafeStorage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher, describeSecretStorage } from '../../electron/main/safe-storage-cipher';

vi.mock('electron', () => ({}));

function fakeSafeStorage(available: boolean, backend: ReturnType<SafeStorage['getSelectedStorageBackend']>) {
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc:${plain}`)),
    decryptStringAsync: vi.fn(async (data: Buffer) => ({
      result: data.toString().replace(/^enc:/, ''),
      shouldReEncrypt: false,
    })),
    // The deprecated synchronous API must not be used.
    encryptString: vi.fn(() => {
      throw new Error('sync API used');
    }),
    decryptString: vi.fn(() => {
      throw new Error('sync API used');
    }),
  };
}

describe('safeStorage cipher', () => {
  it('encrypts and decrypts through the asynchronous API', async () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret');
    const cipher = await createSafeStorageCipher(storage as unknown as SafeStorage, 'linux');
    expect(cipher.kind).toBe('keychain');
    expect(cipher.detail).toMatch(/Secret Service/);
    const encrypted = await cipher.encrypt('hunter2');
    expect(await cipher.decrypt(encrypted)).toBe('hunter2');
    expect(storage.encryptStringAsync).toHaveBeenCalledWith('hunter2');
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('keeps secrets in memory, and says so, when the OS offers no encryption', async () => {
    const storage = fakeSafeStorage(false, 'unknown');
    const cipher = await createSafeStorageCipher(storage as unknown as SafeStorage, 'linux');
    expect(cipher.kind).toBe('memory');
    expect(cipher.detail).toMatch(/in memory only/);
    expect(await cipher.decrypt(await cipher.encrypt('hunter2'))).toBe('hunter2');
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('treats Linux without a keyring (basic_text) as no keychain and says so plainly', async () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    const cipher = await createSafeStorageCipher(storage as unknown as SafeStorage, 'linux');
    expect(cipher.kind).toBe('memory');
    expect(cipher.detail).toMatch(/not a real keychain/);
    expect(cipher.detail).toMatch(/in memory only/);
    expect(describeSecretStorage('linux', 'kwallet5')).toMatch(/KWallet/);
    expect(describeSecretStorage('darwin', null)).toMatch(/Keychain/);
    expect(describeSecretStorage('win32', null)).toMatch(/DPAPI/);
  });

  it('asks for the Linux backend only on Linux', async () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    await createSafeStorageCipher(storage as unknown as SafeStorage, 'darwin');
    expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });
});
