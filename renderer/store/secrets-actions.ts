import type { SecretName } from '../../shared/bridge/contract';
import { call } from '../bridge';

/** Which of a domain's secrets are set, and where the host keeps them. */
export const secretStatus = (domainId: string) => call('secrets:status', { domain_id: domainId });

/** Hands a secret to the host's secret store; the renderer keeps no copy. */
export const setSecret = (domainId: string, name: SecretName, value: string) =>
  call('secrets:set', { domain_id: domainId, name, value });

/** Removes a secret from the host's secret store. */
export const clearSecret = (domainId: string, name: SecretName) =>
  call('secrets:clear', { domain_id: domainId, name });
