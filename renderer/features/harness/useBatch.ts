import { useEffect } from 'react';
import { bridge, call } from '../../bridge';
import { useHarness, useHarnessStore } from './harness-store';

/** Follows the batch on screen: progress events from the host, and its result once it finishes. */
export function useBatchProgress(): void {
  const store = useHarnessStore();
  const runId = useHarness((s) => s.batch?.runId ?? null);

  useEffect(() => {
    if (!runId) return;
    let live = true;
    const fetchResult = async () => {
      const out = await call('harness:batch-result', { run_id: runId });
      if (!live || store.getState().batch?.runId !== runId) return;
      store.getState().patch({
        batch: {
          runId,
          progress: out.progress,
          result: out.result,
          ...(out.error ? { error: out.error } : {}),
        },
      });
    };
    const off = bridge.subscribe('harness:progress', (progress) => {
      const batch = store.getState().batch;
      if (progress.run_id !== runId || !batch || batch.result) return;
      store.getState().patch({ batch: { ...batch, progress } });
      if (progress.finished) fetchResult().catch(() => undefined);
    });
    // Catch up with what happened while this panel was not on screen.
    fetchResult().catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, [runId, store]);
}
