import path from 'node:path';
import * as z from 'zod';
import { SECRET_NAMES } from '../../../shared/bridge/contract';
import type { SecretName } from '../../../shared/bridge/contract';
import { AppError } from '../../../shared/bridge/envelope';
import { assertSafeId, isSafeId } from '../storage/domain-id';
import { loadDocument, saveDocument, type DocumentSpec } from '../storage/json-document';
import { QUARANTINE_DIR } from '../storage/quarantine';
import { hostSecrets } from './redactor';
import type { SecretCipher, SecretStorage, SecretsStatus, SecretVault, SecretVaultOptions } from './types';

/** What the browser shell tells the admin about its secrets. */
export const MEMORY_STORAGE: SecretStorage = {
  kind: 'memory',
  detail: 'In memory only: the browser shell forgets secrets when it stops.',
};

const VaultFileSchema = z.object({
  format_version: z.literal(1),
  secrets: z.record(z.string(), z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/))),
});
type VaultFile = z.infer<typeof VaultFileSchema>;
/** Per domain, per secret name: ciphertext (with a cipher) or the value itself (memory only). */
type Entries = Map<string, Map<SecretName, Buffer | string>>;

/**
 * Opens the secret vault. With a keychain cipher and a file, only ciphertext (base64) is written, keyed
 * by domain id and secret name; otherwise secrets stay in memory. Values are never logged or returned
 * by anything but `get`, which only host code calls.
 */
export async function createSecretVault(options: SecretVaultOptions = {}): Promise<SecretVault> {
  const { cipher, file } = options;
  const persist = cipher?.kind === 'keychain' && file !== undefined;
  const storage: SecretStorage =
    cipher && (persist || cipher.kind === 'memory') ? pick(cipher) : MEMORY_STORAGE;
  const entries: Entries = new Map();
  const problems = persist ? await load(file, entries, options.now) : [];
  let chain: Promise<void> = Promise.resolve();

  /** Applies `change` and persists the result; changes run one at a time so writes never interleave. */
  const mutate = (change: () => Promise<void> | void): Promise<void> => {
    const run = chain.then(async () => {
      await change();
      if (persist) await save(file, entries);
    });
    chain = run.catch(() => undefined);
    return run;
  };
  const status = (domainId: string): SecretsStatus => {
    const domain = entries.get(domainId);
    const set = Object.fromEntries(SECRET_NAMES.map((name) => [name, domain?.has(name) ?? false]));
    return { storage, set: set as Record<SecretName, boolean> };
  };

  return {
    storage,
    problems,
    status: async (domainId) => {
      assertSafeId(domainId);
      return status(domainId);
    },
    set: async (domainId, name, value) => {
      assertSafeId(domainId);
      hostSecrets.remember(value);
      const stored = cipher ? await encrypt(cipher, value) : value;
      await mutate(() => {
        const domain = entries.get(domainId) ?? new Map<SecretName, Buffer | string>();
        entries.set(domainId, domain.set(name, stored));
      }).catch(storageError);
      return status(domainId);
    },
    clear: async (domainId, name) => {
      assertSafeId(domainId);
      await mutate(() => {
        const domain = entries.get(domainId);
        domain?.delete(name);
        if (domain?.size === 0) entries.delete(domainId);
      }).catch(storageError);
      return status(domainId);
    },
    clearDomain: async (domainId) => {
      assertSafeId(domainId);
      await mutate(() => void entries.delete(domainId)).catch(storageError);
    },
    get: async (domainId, name) => {
      const stored = entries.get(domainId)?.get(name);
      if (stored === undefined || typeof stored === 'string') return stored;
      if (!cipher) return undefined;
      try {
        const value = await cipher.decrypt(stored);
        hostSecrets.remember(value);
        return value;
      } catch {
        throw new AppError('secrets_unavailable', `The stored ${name} could not be decrypted; set it again.`);
      }
    },
    flush: async () => {
      await chain;
    },
  };
}

function pick(cipher: SecretCipher): SecretStorage {
  return { kind: cipher.kind, detail: cipher.detail };
}

async function encrypt(cipher: SecretCipher, value: string): Promise<Buffer> {
  try {
    return await cipher.encrypt(value);
  } catch {
    throw new AppError('secrets_unavailable', 'The system keychain could not encrypt the secret.');
  }
}

function storageError(): never {
  throw new AppError('storage', 'Could not write the secrets file.');
}

/** The vault file as a stored document; the reasons name no content: even ciphertext stays out of reports. */
const vaultDocument = (file: string, now?: () => Date): DocumentSpec<VaultFile> => ({
  schema: VaultFileSchema,
  quarantineDir: path.join(path.dirname(file), QUARANTINE_DIR),
  wording: {
    notAFile: () => 'not a file',
    unreadable: () => 'not valid JSON',
    invalid: () => 'not a valid secrets file',
  },
  now,
});

async function load(file: string, entries: Entries, now?: () => Date) {
  const loaded = await loadDocument(file, vaultDocument(file, now));
  if (!loaded.value) return loaded.problem ? [loaded.problem] : [];
  for (const [domainId, secrets] of Object.entries(loaded.value.secrets)) {
    if (!isSafeId(domainId)) continue;
    const domain = new Map<SecretName, Buffer>();
    for (const [name, base64] of Object.entries(secrets)) {
      if (isSecretName(name)) domain.set(name, Buffer.from(base64, 'base64'));
    }
    if (domain.size > 0) entries.set(domainId, domain);
  }
  return [];
}

async function save(file: string, entries: Entries): Promise<void> {
  const secrets: VaultFile['secrets'] = {};
  for (const [domainId, domain] of entries) {
    const row: Record<string, string> = {};
    for (const [name, stored] of domain) {
      // Only ciphertext reaches the disk; a plain string here would be a bug, so it is dropped.
      if (typeof stored !== 'string') row[name] = stored.toString('base64');
    }
    secrets[domainId] = row;
  }
  const content: VaultFile = { format_version: 1, secrets };
  await saveDocument(file, content, {});
}

function isSecretName(name: string): name is SecretName {
  return (SECRET_NAMES as readonly string[]).includes(name);
}
