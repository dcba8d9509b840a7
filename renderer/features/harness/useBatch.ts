import { useEffect } from 'react';
import { useHarness, useHarnessActions } from './useHarness';

/** Follows the batch on screen: progress events from the host, and its result once it finishes. */
export function useBatchProgress(): void {
  const actions = useHarnessActions();
  const runId = useHarness((s) => s.batch?.runId ?? null);

  useEffect(() => {
    if (!runId) return;
    const off = actions.followBatch(runId);
    // Catch up with what happened while this panel was not on screen.
    actions.refreshBatch(runId).catch(() => undefined);
    return off;
  }, [runId, actions]);
}
