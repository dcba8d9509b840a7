import { performance } from 'node:perf_hooks';

/** Something in flight with a deadline (a `performance.now()` time): `expire` ends it once that has passed. */
export interface Timed {
  readonly deadline: number;
  expire(): void;
}

/**
 * The deadlines of everything in flight, watched by one timer rather than one timer set and cleared per
 * exchange (a batch sends thousands, and that pair was a measurable share of its time). The timer is
 * armed for the earliest deadline; when it fires, every deadline passed expires and it is armed for the
 * next one. It does not keep the process alive by itself: what it watches does.
 */
export class Deadlines {
  private readonly live = new Set<Timed>();
  private timer: NodeJS.Timeout | undefined;
  private armedFor = Number.POSITIVE_INFINITY;
  private readonly sweep = (): void => {
    this.timer = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const item of this.live) {
      if (item.deadline <= now) {
        this.live.delete(item);
        item.expire();
      } else if (item.deadline < next) next = item.deadline;
    }
    if (next !== Number.POSITIVE_INFINITY) this.arm(next);
  };

  /** Watches `item` until it is deleted or its deadline passes. */
  add(item: Timed): void {
    this.live.add(item);
    if (item.deadline < this.armedFor) this.arm(item.deadline);
  }

  /** Stops watching `item` (it ended in time). */
  delete(item: Timed): void {
    this.live.delete(item);
  }

  /** How many deadlines are watched (tests). */
  get size(): number {
    return this.live.size;
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(this.sweep, Math.max(1, at - performance.now()));
    this.timer.unref();
  }
}
