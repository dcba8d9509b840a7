import { useEffect } from 'react';
import { afterNextPaint } from '../../components/after-paint';
import { useAppStore } from '../../store/store-context';

/**
 * Runs `start` once the host's start answers are in the store and the frame showing them (the draft
 * open last, or the domain list) has been painted; what it returns is called on unmount. For what the
 * first paint does not need: started at mount it would run while that paint waits, started at the
 * shell's first frame it would run between the draft's render and its paint. `start` must be stable.
 */
export function useAfterStartPainted(start: () => () => void): void {
  const store = useAppStore();
  useEffect(() => {
    let stop = () => {};
    let dropPaint = () => {};
    const whenPainted = () => {
      dropPaint = afterNextPaint(() => {
        stop = start();
      });
    };
    let unsubscribe = () => {};
    if (store.getState().domainsLoaded) whenPainted();
    else {
      unsubscribe = store.subscribe((state) => {
        if (!state.domainsLoaded) return;
        unsubscribe();
        whenPainted();
      });
    }
    return () => {
      unsubscribe();
      dropPaint();
      stop();
    };
  }, [store, start]);
}
