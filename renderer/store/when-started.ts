import type { AppStore } from './create-store';
import type { AppState } from './types';

/** The start's answers are in: the domain list, and the draft open last with it when there is one. */
function started(state: AppState): boolean {
  return state.domainsLoaded && !state.draftLoading;
}

/**
 * Resolves once the start's answers are in the store, or after `limitMs` (when given), whichever comes
 * first. The app's first render waits for it, so a reload renders once, with the draft, instead of
 * rendering the shell and then again with the draft; the limit keeps a slow host from leaving the window
 * empty: after it, the shell shows and the draft follows as before. What the first paint does not need
 * waits for it with no limit (useAfterStartPainted).
 */
export function whenStarted(store: AppStore, limitMs?: number): Promise<void> {
  return new Promise((resolve) => {
    if (started(store.getState())) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = limitMs === undefined ? undefined : setTimeout(done, limitMs);
    // Checked once the change's task has settled: opening the first domain when none was open last sets
    // the list and then starts loading its draft, two changes in a row.
    const unsubscribe = store.subscribe(() => queueMicrotask(() => started(store.getState()) && done()));
  });
}
