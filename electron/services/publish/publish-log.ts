import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { HistoryEntrySchema, type HistoryEntry } from '../../../shared/plan/outcome';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic-file';
import { assertSafeId } from '../storage/draft-store';
import { quarantineFile } from '../storage/quarantine';

/** Entries kept per domain; older ones fall off (the domain keeps its own full history). */
export const HISTORY_LIMIT = 200;

const PublishLogSchema = z.object({
  history: z.array(HistoryEntrySchema),
  /** The OAuth password was changed locally and not yet published. */
  oauth_password_pending: z.boolean(),
});
type PublishLog = z.infer<typeof PublishLogSchema>;

/** Per-domain publish history and pending-secret flags, one atomic JSON file per domain. */
export class PublishLogStore {
  private readonly cache = new Map<string, PublishLog>();
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

  private async load(id: string): Promise<PublishLog> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const file = this.file(id);
    const read = await readJsonFile(file);
    let log: PublishLog = { history: [], oauth_password_pending: false };
    if (read.kind === 'ok') {
      const parsed = PublishLogSchema.safeParse(read.value);
      if (parsed.success) log = parsed.data;
      else
        this.problems.push(
          await quarantineFile(file, this.quarantineDir, 'publish history does not match its schema'),
        );
    } else if (read.kind === 'invalid') {
      this.problems.push(await quarantineFile(file, this.quarantineDir, `publish history is ${read.reason}`));
    }
    this.cache.set(id, log);
    return log;
  }

  private async save(id: string, log: PublishLog): Promise<void> {
    this.cache.set(id, log);
    await writeJsonAtomic(this.file(id), log);
  }

  /** Published configurations, newest first. */
  async history(id: string): Promise<HistoryEntry[]> {
    return [...(await this.load(id)).history];
  }

  /** Record a verified publish. */
  async record(id: string, entry: HistoryEntry): Promise<void> {
    const log = await this.load(id);
    await this.save(id, { ...log, history: [entry, ...log.history].slice(0, HISTORY_LIMIT) });
  }

  /** Whether the OAuth password changed since the last publish. */
  async passwordPending(id: string): Promise<boolean> {
    return (await this.load(id)).oauth_password_pending;
  }

  /** Mark the OAuth password as changed (true) or as published (false). */
  async setPasswordPending(id: string, pending: boolean): Promise<void> {
    await this.save(id, { ...(await this.load(id)), oauth_password_pending: pending });
  }

  /** Forget a deleted domain. */
  async remove(id: string): Promise<void> {
    this.cache.delete(id);
    await fs.rm(this.file(id), { force: true });
  }
}
