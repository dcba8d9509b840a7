type Job = () => void;

let queued: Job[] = [];
let frame: number | null = null;

function runQueued(): void {
  const jobs = queued;
  queued = [];
  for (const job of jobs) job();
}

/**
 * Runs `job` in a task right after the next frame has been painted: a frame callback runs before that
 * frame paints, and the task it queues runs after the paint. Every job queued before that frame runs in
 * the same task, so the React updates they make render together. Returns a function that drops the job.
 */
export function afterNextPaint(job: Job): () => void {
  queued.push(job);
  if (frame === null) {
    frame = requestAnimationFrame(() => {
      frame = null;
      setTimeout(runQueued, 0);
    });
  }
  return () => {
    queued = queued.filter((queuedJob) => queuedJob !== job);
  };
}
