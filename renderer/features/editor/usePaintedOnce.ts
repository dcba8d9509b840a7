import { startTransition, useEffect, useState } from 'react';

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
    let task: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame paints; the task it queues runs after the paint.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [painted]);
  return painted;
}
