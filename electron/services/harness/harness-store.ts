import * as z from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { builtinSamples, SampleListSchema, type Sample } from '../../../shared/samples';
import { DomainFiles } from '../storage/domain-files';

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
  private readonly files: DomainFiles<HarnessFile>;
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[];

  constructor(dir: string, quarantineDir: string) {
    this.files = new DomainFiles({
      dir,
      quarantineDir,
      schema: HarnessFileSchema,
      fresh,
      what: 'test samples',
    });
    this.problems = this.files.problems;
  }

  /** The domain's samples (copies). */
  async samples(id: string): Promise<Sample[]> {
    return structuredClone((await this.files.get(id)).samples);
  }

  /**
   * The domain's samples as stored, not copied: up to 10,000 of them, which the host's thread should not
   * clone just to read. Never change them.
   */
  async storedSamples(id: string): Promise<readonly Sample[]> {
    return (await this.files.get(id)).samples;
  }

  /**
   * Replaces the domain's samples with `samples`, which the store keeps as they are (no copy, so a large
   * import costs the host's thread one serialisation): the caller hands them over and never changes them.
   */
  async setSamples(id: string, samples: Sample[]): Promise<readonly Sample[]> {
    const current = await this.files.get(id);
    await this.files.set(id, { ...current, samples });
    return samples;
  }

  /** Whether the admin confirmed a host as a target for this domain. */
  async isConfirmed(id: string, host: string): Promise<boolean> {
    return (await this.files.get(id)).confirmed_hosts.includes(host.toLowerCase());
  }

  /** Remembers a confirmed host, so the UI asks once per target. */
  async confirm(id: string, host: string): Promise<void> {
    const current = await this.files.get(id);
    const lower = host.toLowerCase();
    if (current.confirmed_hosts.includes(lower)) return;
    await this.files.set(id, { ...current, confirmed_hosts: [...current.confirmed_hosts, lower] });
  }

  /** Forgets a deleted domain. */
  remove(id: string): Promise<void> {
    return this.files.remove(id);
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.files.flush();
  }
}
