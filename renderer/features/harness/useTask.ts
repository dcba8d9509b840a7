import { useCallback, useState } from 'react';
import { errorMessage } from '../../bridge';
import { useAppStore } from '../../store/store-context';

/** What a panel's host calls are doing: which one runs, and the last failure in plain words. */
export interface Task {
  busy: string | null;
  error: string | null;
  /** Saves pending draft edits first (the host reads the draft from disk), then runs `fn`. */
  run<T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/** One task runner per panel: buttons disable while it runs, and its error shows next to them. */
export function useTask(): Task {
  const app = useAppStore();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
      setBusy(name);
      setError(null);
      try {
        await app.getState().flushSaves();
        return await fn();
      } catch (err) {
        setError(errorMessage(err));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [app],
  );
  return { busy, error, run, clearError: useCallback(() => setError(null), []) };
}
