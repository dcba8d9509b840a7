import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { builtinSamples, SampleListSchema, type Sample } from '../../../shared/samples';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic-file';
import { assertSafeId } from '../storage/draft-store';
import { quarantineFile } from '../storage/quarantine';

const HarnessFileSchema = z.object({
  format_version: z.literal(1),
  samples: SampleListSchema,
  /** Non-loopback hosts the admin confirmed as targets for this domain (lower case). */
  confirmed_hosts: z.array(z.string()),
});
type HarnessFile = z.infer<typeof HarnessFileSchema>;

const fresh = (): HarnessFile => ({ format_version: 1, samples: builtinSamples(), confirmed_hosts: [] });

/**
 * Per-domain harness settings, one atomic JSON file per domain: the samples (built-ins until the admin
 * changes them) and the confirmed target hosts. An unreadable file is moved aside and reported.
 */
export class HarnessStore {
  private readonly cache = new Map<string, HarnessFile>();
  private readonly writes = new Map<string, Promise<void>>();
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[] = [];

  constructor(
    private readonly dir: string,
    private readonly quarantineDir: string,
  ) {}

  private file(id: string): string {
    assertSafeId(id);
    return path.join(this.dir, `${id}.json`);
  }

  private async load(id: string): Promise<HarnessFile> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const file = this.file(id);
    const read = await readJsonFile(file);
    let value = fresh();
    if (read.kind === 'ok') {
      const parsed = HarnessFileSchema.safeParse(read.value);
      if (parsed.success) value = parsed.data;
      else
        this.problems.push(
          await quarantineFile(file, this.quarantineDir, 'test samples do not match their schema'),
        );
    } else if (read.kind === 'invalid') {
      this.problems.push(await quarantineFile(file, this.quarantineDir, `test samples are ${read.reason}`));
    }
    this.cache.set(id, value);
    return value;
  }

  private async save(id: string, value: HarnessFile): Promise<void> {
    this.cache.set(id, value);
    // Writes to one file never interleave: each waits for the previous one.
    const previous = this.writes.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => writeJsonAtomic(this.file(id), value));
    this.writes.set(id, next);
    await next;
  }

  /** The domain's samples (copies). */
  async samples(id: string): Promise<Sample[]> {
    return structuredClone((await this.load(id)).samples);
  }

  /** Replaces the domain's samples. */
  async setSamples(id: string, samples: readonly Sample[]): Promise<Sample[]> {
    const current = await this.load(id);
    await this.save(id, { ...current, samples: structuredClone([...samples]) });
    return this.samples(id);
  }

  /** Whether the admin confirmed a host as a target for this domain. */
  async isConfirmed(id: string, host: string): Promise<boolean> {
    return (await this.load(id)).confirmed_hosts.includes(host.toLowerCase());
  }

  /** Remembers a confirmed host, so the UI asks once per target. */
  async confirm(id: string, host: string): Promise<void> {
    const current = await this.load(id);
    const lower = host.toLowerCase();
    if (current.confirmed_hosts.includes(lower)) return;
    await this.save(id, { ...current, confirmed_hosts: [...current.confirmed_hosts, lower] });
  }

  /** Forgets a deleted domain. */
  async remove(id: string): Promise<void> {
    await this.writes.get(id)?.catch(() => undefined);
    this.cache.delete(id);
    this.writes.delete(id);
    await fs.rm(this.file(id), { force: true });
  }

  /** Waits for pending writes. */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.catch(() => undefined)));
  }
}
