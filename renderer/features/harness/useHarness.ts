import { useMemo } from 'react';
import { harnessActions, type HarnessActions } from '../../store/harness-actions';
import type { HarnessState } from '../../store/harness-slice';
import { useApp, useAppStore } from '../../store/store-context';

/** Subscribes to one piece of the Test tab's state. */
export function useHarness<T>(select: (state: HarnessState) => T): T {
  return useApp((s) => select(s.harness));
}

/** The Test tab's host calls, bound to this store. */
export function useHarnessActions(): HarnessActions {
  const store = useAppStore();
  return useMemo(() => harnessActions(store), [store]);
}
