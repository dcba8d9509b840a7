type Job = () => void;
interface Entry {
  job: Job;
  dropped: boolean;
}

let queued: Entry[] = [];
let frame: number | null = null;

/**
 * Runs `job` in a task right after the next frame has been painted: a frame callback runs before that
 * frame paints, and the task it queues runs after the paint. Every job queued before that frame runs in
 * the same task, so the React updates they make render together; a job queued once the frame callback
 * has run (say, by the render that task's other jobs wait behind) waits for the frame after, which is
 * the one that paints that render. Returns a function that drops the job.
 */
export function afterNextPaint(job: Job): () => void {
  const entry: Entry = { job, dropped: false };
  queued.push(entry);
  if (frame === null) {
    frame = requestAnimationFrame(() => {
      frame = null;
      const painted = queued;
      queued = [];
      setTimeout(() => {
        for (const e of painted) if (!e.dropped) e.job();
      }, 0);
    });
  }
  return () => {
    entry.dropped = true;
  };
}
