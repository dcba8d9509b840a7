import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppStore } from './create-store';
import { useStoreAfterPaint } from './store-after-paint';
import type { AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

/** Gives the component tree its store; the app creates one, each test its own. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance, for actions and imperative reads (`getState`) in event handlers. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>.');
  return store;
}

/** Subscribes to one slice of state; keep selectors small so components re-render only when needed. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** Like useApp for selectors that build a new object or array each time (compared shallowly). */
export function useAppShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

/**
 * Like useApp, keeping the value it returned before while `equal` finds the new one the same: for values
 * a selector builds anew, such as a long list of ids, with a comparison cheaper than a shallow one.
 */
export function useAppEqual<T>(selector: (state: AppState) => T, equal: (a: T, b: T) => boolean): T {
  const previous = useRef<{ value: T } | null>(null);
  return useStore(useAppStore(), (state) => {
    const next = selector(state);
    if (previous.current && equal(previous.current.value, next)) return previous.current.value;
    previous.current = { value: next };
    return next;
  });
}

interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

const historyOf = (t: { pastStates: unknown[]; futureStates: unknown[] }): HistoryState => ({
  canUndo: t.pastStates.length > 0,
  canRedo: t.futureStates.length > 0,
});
const HISTORY_FOLLOW = {
  equal: (a: HistoryState, b: HistoryState) => a.canUndo === b.canUndo && a.canRedo === b.canRedo,
};

/**
 * Whether undo / redo are possible, for the header buttons: shown once the frame with the edit has been
 * painted, so the first edit's keystroke does not re-render the header on its way to the screen.
 */
export function useHistoryState(): HistoryState {
  return useStoreAfterPaint(useAppStore().temporal, historyOf, HISTORY_FOLLOW);
}
