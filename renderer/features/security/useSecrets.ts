import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelResult, SecretName } from '../../../shared/bridge/contract';
import { errorMessage } from '../../bridge';
import { clearSecret, secretStatus, setSecret } from '../../store/secrets-actions';

type Status = ChannelResult<'secrets:status'>;
type Typed = Partial<Record<SecretName, string>>;
const NOTHING_TYPED: Typed = {};

/** Which of a domain's secrets are set and where they live, with set/clear actions per secret. */
export function useSecrets(domainId: string) {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<{ name: SecretName | null; message: string } | null>(null);
  const [busy, setBusy] = useState<SecretName | null>(null);
  // What the admin has typed but not saved: Test connection and Pull use it, so typing is enough.
  // Keyed by domain, so one domain's typing never signs in to another.
  const [typed, setTyped] = useState<{ id: string; values: Typed }>({ id: domainId, values: {} });
  const pending = typed.id === domainId ? typed.values : NOTHING_TYPED;
  // The latest typing, kept in step with every change, for host steps that run right after field saves
  // settled (this render's copy would still hold what they saved).
  const latest = useRef<{ id: string; values: Typed }>(typed);
  const update = useCallback((next: (t: { id: string; values: Typed }) => { id: string; values: Typed }) => {
    latest.current = next(latest.current);
    setTyped(latest.current);
  }, []);

  useEffect(() => {
    let live = true;
    secretStatus(domainId).then(
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
    (name: SecretName, value: string) => run(name, () => setSecret(domainId, name, value)),
    [domainId, run],
  );
  const clear = useCallback(
    (name: SecretName) => run(name, () => clearSecret(domainId, name)),
    [domainId, run],
  );

  const setPending = useCallback(
    (name: SecretName, value: string) =>
      update((t) => ({ id: domainId, values: { ...(t.id === domainId ? t.values : {}), [name]: value } })),
    [domainId, update],
  );

  /** Forgets what was typed for `name` once `saved` is on the host, unless the admin typed on meanwhile. */
  const settle = useCallback(
    (name: SecretName, saved: string) =>
      update((t) =>
        t.id === domainId && t.values[name] === saved
          ? { id: domainId, values: { ...t.values, [name]: '' } }
          : t,
      ),
    [domainId, update],
  );

  /** Saves every typed, unsaved secret; false when one could not be saved (its error is shown). */
  const commitPending = useCallback(async (): Promise<boolean> => {
    // Field saves (after a pause, on blur) have run by now; what is left was typed but not yet saved.
    for (const [name, value] of Object.entries(
      latest.current.id === domainId ? latest.current.values : {},
    ) as [SecretName, string][]) {
      if (!value) continue;
      if (!(await save(name, value))) return false;
      settle(name, value);
    }
    return true;
  }, [domainId, save, settle]);

  return { status, error, busy, save, clear, pending, setPending, settle, commitPending };
}

/** What useSecrets returns, for the fields it feeds. */
export type Secrets = ReturnType<typeof useSecrets>;
