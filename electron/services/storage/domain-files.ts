import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { readJsonFile, writeJsonAtomic } from './atomic-file';
import { assertSafeId } from './draft-store';
import { quarantineFile } from './quarantine';

/**
 * One small JSON document per domain (`<dir>/<id>.json`), cached in memory: loaded lazily and validated,
 * written atomically with writes to one file never interleaving. A file that fails to load is moved aside
 * and reported, and the domain starts again from `fresh()`.
 */
export class DomainFiles<T> {
  private readonly cache = new Map<string, T>();
  private readonly writes = new Map<string, Promise<void>>();
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[] = [];

  constructor(
    private readonly options: {
      dir: string;
      quarantineDir: string;
      schema: z.ZodType<T>;
      fresh: () => T;
      /** What the file holds, for problem reports, e.g. "publish history". */
      what: string;
    },
  ) {}

  private file(id: string): string {
    assertSafeId(id);
    return path.join(this.options.dir, `${id}.json`);
  }

  /** The domain's document (the cached object; treat it as read-only). */
  async get(id: string): Promise<T> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const { schema, fresh, quarantineDir, what } = this.options;
    const file = this.file(id);
    const read = await readJsonFile(file);
    let value = fresh();
    if (read.kind === 'ok') {
      const parsed = schema.safeParse(read.value);
      if (parsed.success) value = parsed.data;
      else this.problems.push(await quarantineFile(file, quarantineDir, `${what} does not match its schema`));
    } else if (read.kind === 'invalid') {
      this.problems.push(await quarantineFile(file, quarantineDir, `${what} is ${read.reason}`));
    }
    this.cache.set(id, value);
    return value;
  }

  /** Replace the domain's document; resolves once it is on disk. */
  async set(id: string, value: T): Promise<void> {
    this.cache.set(id, value);
    const previous = this.writes.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => writeJsonAtomic(this.file(id), value));
    this.writes.set(id, next);
    await next;
  }

  /** Forget a deleted domain. */
  async remove(id: string): Promise<void> {
    await this.writes.get(id)?.catch(() => undefined);
    this.cache.delete(id);
    this.writes.delete(id);
    await fs.rm(this.file(id), { force: true });
  }

  /** Wait for pending writes. */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.catch(() => undefined)));
  }
}
