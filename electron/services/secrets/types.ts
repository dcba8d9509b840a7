import type { z } from 'zod';
import type { SecretName, SecretStorageSchema, StoreProblem } from '../../../shared/bridge/contract';

/** Where secrets live in this shell, as `app:info` and `secrets:*` report it. */
export type SecretStorage = z.infer<typeof SecretStorageSchema>;

/** Which secrets a domain has (never their values). */
export interface SecretsStatus {
  storage: SecretStorage;
  set: Record<SecretName, boolean>;
}

/**
 * Encrypts secrets with the OS keychain. The Electron shell implements it with `safeStorage`'s async
 * API; `kind: 'memory'` means the OS offers no real keychain and secrets must not be persisted.
 */
export interface SecretCipher {
  kind: 'keychain' | 'memory';
  /** A sentence for the UI, e.g. "Encrypted with the macOS Keychain." */
  detail: string;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(cipher: Buffer): Promise<string>;
}

/** Options of `createSecretVault`: no cipher means memory only (the browser shell). */
export interface SecretVaultOptions {
  /** The JSON file holding ciphertext; used only with a keychain cipher. */
  file?: string;
  cipher?: SecretCipher;
  /** Clock for naming a quarantined vault file. */
  now?: () => Date;
}

/** Secrets per domain and name. Values leave it only through `get`, for host code (publish, harness). */
export interface SecretVault {
  readonly storage: SecretStorage;
  /** A vault file that failed to load and was moved aside. */
  readonly problems: readonly StoreProblem[];
  status(domainId: string): Promise<SecretsStatus>;
  set(domainId: string, name: SecretName, value: string): Promise<SecretsStatus>;
  clear(domainId: string, name: SecretName): Promise<SecretsStatus>;
  /** Forgets every secret of a domain (when the domain is deleted). */
  clearDomain(domainId: string): Promise<void>;
  /** The plain value, or undefined; host-internal, never sent to the UI. */
  get(domainId: string, name: SecretName): Promise<string | undefined>;
  /** Resolves when every queued write has finished. */
  flush(): Promise<void>;
}
