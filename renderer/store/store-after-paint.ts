import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand';
import { afterNextPaint } from '../components/after-paint';

/**
 * A value of a store, followed outside React and shown in the task after the frame that paints its change:
 * for what the header says about an edit (saving, undo possible), which may come one frame after the
 * character typed instead of slowing its way to the screen. Changes within one frame are shown once, at
 * their latest. `select` and `equal` must be the same on every render (defined outside the component).
 */
export function useStoreAfterPaint<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const [shown, setShown] = useState(() => select(store.getState()));
  const current = useRef(shown);
  useEffect(() => {
    let drop: (() => void) | null = null;
    const show = () => {
      drop = null;
      const next = select(store.getState());
      if (equal(current.current, next)) return;
      current.current = next;
      setShown(next);
    };
    const follow = () => {
      if (drop || equal(current.current, select(store.getState()))) return;
      drop = afterNextPaint(show);
    };
    // A change between the first render and this effect is taken up too.
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      drop?.();
    };
  }, [store, select, equal]);
  return shown;
}
