import { useEffect } from 'react';
import { afterNextPaint } from '../../components/after-paint';
import { useAppStore } from '../../store/store-context';
import { whenStarted } from '../../store/when-started';

/**
 * Runs `start` once the host's start answers are in the store and the frame showing them (the draft
 * open last, or the domain list) has been painted; what it returns is called on unmount. For what the
 * first paint does not need: started at mount it would run while that paint waits, started at the
 * shell's first frame it would run between the draft's render and its paint. `start` must be stable.
 */
export function useAfterStartPainted(start: () => () => void): void {
  const store = useAppStore();
  useEffect(() => {
    let live = true;
    let stop = () => {};
    let dropPaint = () => {};
    void whenStarted(store).then(() => {
      if (!live) return;
      dropPaint = afterNextPaint(() => {
        stop = start();
      });
    });
    return () => {
      live = false;
      dropPaint();
      stop();
    };
  }, [store, start]);
}
