import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../../components/after-paint';

/**
 * With `defer`, false while a component renders for the first time and true from a render of its own
 * once the browser has painted that first one (after the next frame, in a transition, so it never holds
 * up a keystroke either). Without `defer` (or once true) it stays true. A long draft's editor uses it to
 * paint what is in view first and the parts it has pushed out of view right after.
 */
export function usePaintedOnce(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [painted]);
  return painted;
}
