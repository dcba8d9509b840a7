import { AppError } from '../../../shared/bridge/envelope';
import type { DomainDraft } from '../../../shared/model/draft';
import { sensitiveHostWarning } from '../../../shared/security/sensitive-hosts';
import { hostOf, isRealHost } from '../harness/targets';
import type { PublishLogStore } from './publish-log';

/**
 * The API key and admin password go to the domain URL's host: a typo or a pasted look-alike would hand
 * them to a stranger. So nothing is sent to a host that is not this machine until the admin confirmed
 * it once for this domain, by typing it; the answer is kept with the domain's publish log.
 */
export async function ensureHostConfirmed(
  log: PublishLogStore,
  draft: DomainDraft,
  confirmHost: string | undefined,
): Promise<void> {
  const host = hostOf(draft.base_url);
  if (host === null || !isRealHost(host)) return;
  if (await log.isHostConfirmed(draft.id, host)) return;
  if (confirmHost !== undefined && confirmHost.trim().toLowerCase() === host) {
    await log.confirmHost(draft.id, host);
    return;
  }
  const warning = sensitiveHostWarning(host);
  throw new AppError(
    'needs_confirmation',
    `${warning ? `${warning} ` : ''}Confirm the domain's host ${host} before connecting: the API key and admin password are sent there. Type the host to confirm it; you will not be asked again for this domain.`,
    [{ path: 'base_url', message: host }],
  );
}
