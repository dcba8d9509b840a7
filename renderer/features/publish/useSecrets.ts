import { useCallback, useEffect, useState } from 'react';
import type { ChannelResult, SecretName } from '../../../shared/bridge/contract';
import { call, errorMessage } from '../../bridge';

type Status = ChannelResult<'secrets:status'>;

/** Which of a domain's secrets are set and where they live, with set/clear actions per secret. */
export function useSecrets(domainId: string) {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<{ name: SecretName | null; message: string } | null>(null);
  const [busy, setBusy] = useState<SecretName | null>(null);

  useEffect(() => {
    let live = true;
    call('secrets:status', { domain_id: domainId }).then(
      (s) => live && setStatus(s),
      (err: unknown) => live && setError({ name: null, message: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [domainId]);

  const run = useCallback(async (name: SecretName, work: () => Promise<Status>): Promise<boolean> => {
    setBusy(name);
    setError(null);
    try {
      setStatus(await work());
      return true;
    } catch (err) {
      setError({ name, message: errorMessage(err) });
      return false;
    } finally {
      setBusy(null);
    }
  }, []);

  const save = useCallback(
    (name: SecretName, value: string) =>
      run(name, () => call('secrets:set', { domain_id: domainId, name, value })),
    [domainId, run],
  );
  const clear = useCallback(
    (name: SecretName) => run(name, () => call('secrets:clear', { domain_id: domainId, name })),
    [domainId, run],
  );

  return { status, error, busy, save, clear };
}

/** What useSecrets returns, for the fields it feeds. */
export type Secrets = ReturnType<typeof useSecrets>;
