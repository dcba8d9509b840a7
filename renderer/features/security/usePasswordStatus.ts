import { useSecrets } from './useSecrets';

/** Whether a domain's OAuth password is set and where secrets live, plus set/clear actions. */
export function usePasswordStatus(domainId: string) {
  const secrets = useSecrets(domainId);
  return {
    status: secrets.status,
    error: secrets.error?.message ?? null,
    busy: secrets.busy !== null,
    save: (value: string) => secrets.save('oauth_password', value),
    clear: () => secrets.clear('oauth_password'),
  };
}
