import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../renderer/components/after-paint';

afterEach(() => vi.restoreAllMocks());

/** Holds frame callbacks back; `frame()` runs them, and the tasks they queue, as a painted frame would. */
function holdFrames() {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const frameCallbacks = () => {
    for (const callback of frames.splice(0)) callback(performance.now());
  };
  const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { frameCallbacks, tasks };
}

describe('afterNextPaint', () => {
  it('runs the jobs queued before a frame together, in a task after that frame', async () => {
    const { frameCallbacks, tasks } = holdFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('a'));
    afterNextPaint(() => ran.push('b'));
    await tasks();
    expect(ran).toEqual([]);
    frameCallbacks();
    expect(ran).toEqual([]);
    await tasks();
    expect(ran).toEqual(['a', 'b']);
  });

  it('keeps a job queued after the frame callback for the next frame, the one that paints its change', async () => {
    const { frameCallbacks, tasks } = holdFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('first'));
    frameCallbacks();
    // Between that frame callback and the task it queued, a render queues another job.
    afterNextPaint(() => ran.push('second'));
    await tasks();
    expect(ran).toEqual(['first']);
    frameCallbacks();
    await tasks();
    expect(ran).toEqual(['first', 'second']);
  });

  it('drops a job, also one whose frame has already come', async () => {
    const { frameCallbacks, tasks } = holdFrames();
    const ran: string[] = [];
    const dropEarly = afterNextPaint(() => ran.push('early'));
    dropEarly();
    const dropLate = afterNextPaint(() => ran.push('late'));
    afterNextPaint(() => ran.push('kept'));
    frameCallbacks();
    dropLate();
    await tasks();
    expect(ran).toEqual(['kept']);
  });
});
