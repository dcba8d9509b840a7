import { useEffect, useRef, useState } from 'react';
import { useApp, useAppStore } from '../../store/store-context';
import type { AppState } from '../../store/types';

interface Settled<T> {
  value: T;
  key: unknown;
}

/**
 * What `select` reads from the store once it has stopped changing for `delayMs`: work that follows it
 * (comparing a long draft with its base) runs once after a burst of keystrokes instead of after each. The
 * store is followed outside React, so a keystroke does not re-render the component at all; it renders
 * when the value has settled. A new `keyOf` (another domain) is followed at once, so nothing of the
 * previous one is shown. Both functions must be the same on every render (defined outside the component).
 */
export function useSettled<T>(
  select: (state: AppState) => T,
  keyOf: (state: AppState) => unknown,
  delayMs: number,
): T {
  const store = useAppStore();
  const key = useApp(keyOf);
  const [settled, setSettled] = useState<Settled<T>>(() => {
    const state = store.getState();
    return { value: select(state), key: keyOf(state) };
  });
  const shown = useRef(settled);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (state: AppState) => {
      shown.current = { value: select(state), key: keyOf(state) };
      setSettled(shown.current);
    };
    const follow = (state: AppState) => {
      clearTimeout(timer);
      timer = undefined;
      if (keyOf(state) !== shown.current.key) show(state);
      else if (select(state) !== shown.current.value) {
        timer = setTimeout(() => {
          timer = undefined;
          show(store.getState());
        }, delayMs);
      }
    };
    // A change between the first render and this effect is taken up too.
    follow(store.getState());
    const unsubscribe = store.subscribe((state) => follow(state));
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, select, keyOf, delayMs]);
  // Until the subscription has shown the new key's value, the render reads it directly.
  return settled.key === key ? settled.value : select(store.getState());
}
