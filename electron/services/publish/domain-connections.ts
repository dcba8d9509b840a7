import { AppError } from '../../../shared/bridge/envelope';
import type { DomainDraft } from '../../../shared/model/draft';
import type { DomainClient, DomainConnection } from '../domain-client/domain-client';
import type { SecretVault } from '../secrets';

/**
 * One admin API client per domain, built from the draft's URL and username and the vault's secrets, and
 * kept while those stay the same so its session is reused across pull, plan and apply.
 */
export function domainConnections(vault: SecretVault, connect: (conn: DomainConnection) => DomainClient) {
  const clients = new Map<string, { key: string; client: DomainClient }>();
  return async function clientFor(draft: DomainDraft): Promise<DomainClient> {
    const [apiKey, password] = await Promise.all([
      vault.get(draft.id, 'api_key'),
      vault.get(draft.id, 'admin_password'),
    ]);
    const missing = [
      !draft.base_url && 'the domain URL',
      !draft.admin_username && 'the admin username',
      !apiKey && 'the API key',
      !password && 'the admin password',
    ].filter((m): m is string => Boolean(m));
    if (missing.length || !apiKey || !password || !draft.admin_username) {
      throw new AppError('invalid_input', `To connect, enter ${listWords(missing)} (Publish › Connection).`);
    }
    const conn: DomainConnection = {
      base_url: draft.base_url,
      api_key: apiKey,
      username: draft.admin_username,
      password,
    };
    const key = JSON.stringify(conn);
    const hit = clients.get(draft.id);
    if (hit?.key === key) return hit.client;
    // New credentials replace the old client: end its session rather than leave it open on the domain.
    if (hit) await hit.client.logout();
    const client = connect(conn);
    clients.set(draft.id, { key, client });
    return client;
  };
}

/** "a", "a and b", "a, b and c": a list in a sentence. */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
