/** One request the receiver captured, with what it answered. */
export interface InboxEntry {
  id: string;
  seq: number;
  at: string;
  method: string;
  /** Path and query as requested. */
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The body was longer than the inbox keeps; `body` holds the start. */
  truncated: boolean;
  /** Which route answered: `METHOD /path`, `default` or `unauthorized`. */
  route: string;
  response: { status: number; body: string; delayMs: number };
}

/** The last N captured requests, oldest dropped first (a ring, so a long batch cannot grow memory). */
export class Inbox {
  private readonly ring: (InboxEntry | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity = 500) {
    this.ring = new Array<InboxEntry | undefined>(capacity);
  }

  /** Adds an entry, evicting the oldest when full (an inbox of capacity 0 keeps nothing). */
  add(entry: InboxEntry): void {
    if (this.capacity <= 0) return;
    this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Entries, oldest first. */
  list(): InboxEntry[] {
    const out: InboxEntry[] = [];
    if (this.count === 0) return out;
    const start = (this.next - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) {
      const entry = this.ring[(start + i) % this.capacity];
      if (entry) out.push(entry);
    }
    return out;
  }

  /** One entry by id. */
  get(id: string): InboxEntry | undefined {
    return this.ring.find((e) => e?.id === id);
  }

  /** How many entries are held. */
  get size(): number {
    return this.count;
  }

  /** Empties the inbox. */
  clear(): void {
    this.ring.fill(undefined);
    this.next = 0;
    this.count = 0;
  }
}
