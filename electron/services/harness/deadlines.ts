import { performance } from 'node:perf_hooks';

/**
 * Something in flight with a deadline (a `performance.now()` time): `expire` ends it once that has
 * passed. The two links are Deadlines' own: it keeps what it watches in a list through them rather than
 * in a Set, since putting an object in a Set first gives it an identity hash, as costly as the timer
 * it replaces.
 */
export interface Timed {
  readonly deadline: number;
  expire(): void;
  prevTimed: Timed | null;
  nextTimed: Timed | null;
}

/**
 * The deadlines of everything in flight, watched by one timer rather than one timer set and cleared per
 * exchange (a batch sends thousands, and that pair was a measurable share of its time). The timer is
 * armed for the earliest deadline; when it fires, every deadline passed expires and it is armed for the
 * next one. It does not keep the process alive by itself: what it watches does.
 */
export class Deadlines {
  private head: Timed | null = null;
  private tail: Timed | null = null;
  private count = 0;
  private timer: NodeJS.Timeout | undefined;
  private armedFor = Number.POSITIVE_INFINITY;
  private readonly sweep = (): void => {
    this.timer = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
    const now = performance.now();
    const late: Timed[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (let item = this.head; item; item = item.nextTimed) {
      if (item.deadline <= now) late.push(item);
      else if (item.deadline < next) next = item.deadline;
    }
    // Unlinked first, then expired: ending one cannot disturb the walk over the others.
    for (const item of late) this.delete(item);
    if (next !== Number.POSITIVE_INFINITY) this.arm(next);
    for (const item of late) item.expire();
  };

  /** Watches `item` until it is deleted or its deadline passes. */
  add(item: Timed): void {
    item.prevTimed = this.tail;
    item.nextTimed = null;
    if (this.tail) this.tail.nextTimed = item;
    else this.head = item;
    this.tail = item;
    this.count++;
    if (item.deadline < this.armedFor) this.arm(item.deadline);
  }

  /** Stops watching `item` (it ended in time); nothing happens when it is not watched. */
  delete(item: Timed): void {
    if (item.prevTimed === null && this.head !== item) return;
    if (item.prevTimed) item.prevTimed.nextTimed = item.nextTimed;
    else this.head = item.nextTimed;
    if (item.nextTimed) item.nextTimed.prevTimed = item.prevTimed;
    else this.tail = item.prevTimed;
    item.prevTimed = null;
    item.nextTimed = null;
    this.count--;
  }

  /** How many deadlines are watched (tests). */
  get size(): number {
    return this.count;
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(this.sweep, Math.max(1, at - performance.now()));
    this.timer.unref();
  }
}
