import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSecretVault, MEMORY_STORAGE } from '../../electron/services/secrets';
import type { SecretCipher } from '../../electron/services/secrets';

/** A stand-in for safeStorage: AES-256-GCM with a key that lives only in this process. */
function testCipher(kind: SecretCipher['kind'] = 'keychain'): SecretCipher {
  const key = randomBytes(32);
  return {
    kind,
    detail: 'Encrypted with the test keychain.',
    encrypt: async (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt: async (data) => {
      const d = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

const PLAIN = 'correct horse battery staple';
let dir: string;
let file: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-secrets-'));
  file = path.join(dir, 'secrets.json');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every byte under `dir`, so a leak into a temp, backup or quarantine file is caught too. */
async function everythingOnDisk(): Promise<string> {
  const names = await fs.readdir(dir, { recursive: true });
  const parts = await Promise.all(
    names.map(async (name) => {
      const full = path.join(dir, name);
      return (await fs.stat(full)).isFile() ? fs.readFile(full, 'latin1') : '';
    }),
  );
  return parts.join('\n');
}

describe('secret vault with a keychain cipher', () => {
  it('persists only ciphertext: the plain text is nowhere on disk', async () => {
    const vault = await createSecretVault({ file, cipher: testCipher() });
    await vault.set('d1', 'oauth_password', PLAIN);
    const disk = await everythingOnDisk();
    expect(disk).toContain('"d1"');
    expect(disk).toContain('"oauth_password"');
    expect(disk).not.toContain(PLAIN);
    expect(disk).not.toContain(Buffer.from(PLAIN).toString('base64'));
    expect(await vault.get('d1', 'oauth_password')).toBe(PLAIN);
  });

  it('reads its secrets back after a restart and reports which are set', async () => {
    const cipher = testCipher();
    const first = await createSecretVault({ file, cipher });
    const status = await first.set('d1', 'api_key', 'K3y');
    expect(status).toEqual({
      storage: { kind: 'keychain', detail: 'Encrypted with the test keychain.' },
      set: { oauth_password: false, api_key: true, admin_password: false },
    });
    const second = await createSecretVault({ file, cipher });
    expect(await second.get('d1', 'api_key')).toBe('K3y');
    expect((await second.status('d1')).set.api_key).toBe(true);
  });

  it('writes the file readable by its owner only', async () => {
    if (process.platform === 'win32') return;
    const vault = await createSecretVault({ file, cipher: testCipher() });
    await vault.set('d1', 'api_key', 'K3y');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('clears one secret, and every secret of a deleted domain', async () => {
    const cipher = testCipher();
    const vault = await createSecretVault({ file, cipher });
    await vault.set('d1', 'api_key', 'a');
    await vault.set('d1', 'oauth_password', 'b');
    await vault.set('d2', 'api_key', 'c');
    expect((await vault.clear('d1', 'api_key')).set).toMatchObject({ api_key: false, oauth_password: true });
    await vault.clearDomain('d1');
    const reopened = await createSecretVault({ file, cipher });
    expect(await reopened.get('d1', 'oauth_password')).toBeUndefined();
    expect(await reopened.get('d2', 'api_key')).toBe('c');
  });

  it('says so when a secret can no longer be decrypted (keychain changed)', async () => {
    const first = await createSecretVault({ file, cipher: testCipher() });
    await first.set('d1', 'api_key', 'a');
    const other = await createSecretVault({ file, cipher: testCipher() });
    await expect(other.get('d1', 'api_key')).rejects.toMatchObject({ code: 'secrets_unavailable' });
  });

  it('moves a corrupt vault file aside without quoting it', async () => {
    await fs.writeFile(file, '{"format_version":1,"secrets":{"d1":{"api_key":"AAAA');
    const vault = await createSecretVault({ file, cipher: testCipher() });
    expect(vault.problems).toHaveLength(1);
    expect(vault.problems[0]).toMatchObject({ file, reason: 'not valid JSON' });
    expect(vault.problems[0]?.moved_to).toContain(path.join(dir, 'quarantine', 'secrets.json.'));
    expect((await vault.status('d1')).set.api_key).toBe(false);
  });

  it('refuses a domain id that is not a plain name', async () => {
    const vault = await createSecretVault({ file, cipher: testCipher() });
    await expect(vault.set('__proto__', 'api_key', 'x')).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('secret vault without persistence', () => {
  it('keeps secrets in memory only and says so', async () => {
    const vault = await createSecretVault({ file });
    await vault.set('d1', 'admin_password', PLAIN);
    expect(vault.storage).toEqual(MEMORY_STORAGE);
    expect(vault.storage.detail).toBe('In memory only: the browser shell forgets secrets when it stops.');
    expect(await vault.get('d1', 'admin_password')).toBe(PLAIN);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('does not persist with a cipher that has no real keychain behind it', async () => {
    const cipher = testCipher('memory');
    const vault = await createSecretVault({ file, cipher });
    await vault.set('d1', 'api_key', PLAIN);
    expect(vault.storage).toEqual({ kind: 'memory', detail: cipher.detail });
    expect(await vault.get('d1', 'api_key')).toBe(PLAIN);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
