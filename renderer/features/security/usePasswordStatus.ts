import { useCallback, useEffect, useState } from 'react';
import type { ChannelResult } from '../../../shared/bridge/contract';
import { errorMessage } from '../../bridge';
import { clearSecret, secretStatus, setSecret } from '../../store/secrets-actions';

type Status = ChannelResult<'secrets:status'>;

/** Whether a domain's OAuth password is set and where secrets live, plus set/clear actions. */
export function usePasswordStatus(domainId: string) {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    secretStatus(domainId).then(
      (s) => live && setStatus(s),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [domainId]);

  const run = useCallback(async (work: () => Promise<Status>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await work());
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const save = useCallback(
    (value: string) => run(() => setSecret(domainId, 'oauth_password', value)),
    [domainId, run],
  );
  const clear = useCallback(() => run(() => clearSecret(domainId, 'oauth_password')), [domainId, run]);

  return { status, error, busy, save, clear };
}
