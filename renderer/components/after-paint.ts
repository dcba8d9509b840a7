/**
 * Runs `callback` in a task of its own once the next frame has been painted, and returns what cancels it.
 * For work the first paint of what was just rendered must not wait for.
 */
export function afterPaint(callback: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs before that frame paints; the task it queues runs after the paint.
  const frame = requestAnimationFrame(() => {
    task = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
