import { z } from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { HistoryEntrySchema, type HistoryEntry } from '../../../shared/plan/outcome';
import { DomainFiles } from '../storage/domain-files';

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
  private readonly files: DomainFiles<PublishLog>;
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[];

  constructor(dir: string, quarantineDir: string) {
    const fresh = (): PublishLog => ({ history: [], oauth_password_pending: false });
    this.files = new DomainFiles({
      dir,
      quarantineDir,
      schema: PublishLogSchema,
      fresh,
      what: 'publish history',
    });
    this.problems = this.files.problems;
  }

  /** Published configurations, newest first. */
  async history(id: string): Promise<HistoryEntry[]> {
    return [...(await this.files.get(id)).history];
  }

  /** Record a verified publish. */
  async record(id: string, entry: HistoryEntry): Promise<void> {
    const log = await this.files.get(id);
    await this.files.set(id, { ...log, history: [entry, ...log.history].slice(0, HISTORY_LIMIT) });
  }

  /** Whether the OAuth password changed since the last publish. */
  async passwordPending(id: string): Promise<boolean> {
    return (await this.files.get(id)).oauth_password_pending;
  }

  /** Mark the OAuth password as changed (true) or as published (false). */
  async setPasswordPending(id: string, pending: boolean): Promise<void> {
    await this.files.set(id, { ...(await this.files.get(id)), oauth_password_pending: pending });
  }

  /** Forget a deleted domain. */
  remove(id: string): Promise<void> {
    return this.files.remove(id);
  }
}
