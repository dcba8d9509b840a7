export { createSecretVault, MEMORY_STORAGE } from './secret-vault';
export type { SecretCipher, SecretStorage, SecretsStatus, SecretVault, SecretVaultOptions } from './types';
