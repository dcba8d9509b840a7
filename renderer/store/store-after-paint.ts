import { startTransition, useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand';
import { afterNextPaint } from '../components/after-paint';

export interface AfterPaintOptions<T> {
  /** When two values show the same (default `Object.is`). */
  equal?: (a: T, b: T) => boolean;
  /** Shown in a React transition, so a later keystroke's render is not held up by this one. */
  transition?: boolean;
  /** What the first render shows, from the value then (default: the value itself). */
  initial?: (value: T) => T;
}

/**
 * A value of a store, followed outside React and shown in the task after the frame that paints its change:
 * for what follows an edit (the header's saving and undo state, the draft's problems), which may come one
 * frame after the character typed instead of slowing its way to the screen. Changes within one frame are
 * shown once, at their latest; a change after that frame's callback has run waits for the frame that
 * paints it. `select` and the options' functions must be the same on every render (defined outside the
 * component).
 */
export function useStoreAfterPaint<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  { equal = Object.is, transition = false, initial }: AfterPaintOptions<T> = {},
): T {
  const [shown, setShown] = useState(() => {
    const value = select(store.getState());
    return initial ? initial(value) : value;
  });
  const current = useRef(shown);
  useEffect(() => {
    let drop: (() => void) | null = null;
    let pendingFor: T | undefined;
    const show = () => {
      drop = null;
      const next = select(store.getState());
      if (equal(current.current, next)) return;
      current.current = next;
      if (transition) startTransition(() => setShown(next));
      else setShown(next);
    };
    const follow = () => {
      const next = select(store.getState());
      if (drop && Object.is(next, pendingFor)) return;
      drop?.();
      drop = null;
      if (equal(current.current, next)) return;
      pendingFor = next;
      drop = afterNextPaint(show);
    };
    // A change between the first render and this effect is taken up too.
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      drop?.();
    };
  }, [store, select, equal, transition]);
  return shown;
}
