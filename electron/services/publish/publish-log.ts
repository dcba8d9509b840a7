import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { HistoryEntrySchema, type HistoryEntry } from '../../../shared/plan/outcome';
import { readTextIfExists } from '../storage/atomic-file';
import { DomainFiles } from '../storage/domain-files';
import { assertSafeId } from '../storage/draft-store';
import { parseHistoryLines } from './history-lines';

/** The folder of the app's data folder that holds every domain's publish history. */
export const PUBLISH_LOG_DIR = 'publish-log';

/** Entries kept per domain; older ones fall off (the domain keeps its own full history). */
export const HISTORY_LIMIT = 200;

const PublishLogSchema = z.object({
  history: z.array(HistoryEntrySchema),
  /** The OAuth password was changed locally and not yet published. */
  oauth_password_pending: z.boolean(),
  /** Domain hosts the admin confirmed before the API key and admin password were first sent there. */
  confirmed_hosts: z.array(z.string().max(253)).max(50).default([]),
});
type PublishLog = z.infer<typeof PublishLogSchema>;

/**
 * The JSON Lines file where the command line appends its publishes to a saved domain (`--app-data`). The
 * command line only ever appends to it, so a running app never loses an entry to its own cached writes.
 */
export function commandLineHistoryFile(logDir: string, id: string): string {
  assertSafeId(id);
  return path.join(logDir, `${id}.cli.jsonl`);
}

/** Per-domain publish history and pending-secret flags, one atomic JSON file per domain. */
export class PublishLogStore {
  private readonly files: DomainFiles<PublishLog>;
  private readonly dir: string;
  /** Files that failed to load and were moved aside. */
  readonly problems: StoreProblem[];

  constructor(dir: string, quarantineDir: string) {
    const fresh = (): PublishLog => ({ history: [], oauth_password_pending: false, confirmed_hosts: [] });
    this.dir = dir;
    this.files = new DomainFiles({
      dir,
      quarantineDir,
      schema: PublishLogSchema,
      fresh,
      what: 'publish history',
    });
    this.problems = this.files.problems;
  }

  /** Published configurations, newest first: the app's own, and the command line's (read fresh each time). */
  async history(id: string): Promise<HistoryEntry[]> {
    const own = (await this.files.get(id)).history;
    const text = await readTextIfExists(commandLineHistoryFile(this.dir, id));
    if (text === undefined) return [...own];
    const known = new Set(own.map((e) => e.id));
    const cli = parseHistoryLines(text).entries.filter((e) => !known.has(e.id));
    return [...own, ...cli]
      .sort((a, b) => b.published_at.localeCompare(a.published_at))
      .slice(0, HISTORY_LIMIT);
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

  /** Whether the admin confirmed `host` as this domain's host. */
  async isHostConfirmed(id: string, host: string): Promise<boolean> {
    return (await this.files.get(id)).confirmed_hosts.includes(host.toLowerCase());
  }

  /** Remembers the admin's confirmation of the domain's host, so it is asked once. */
  async confirmHost(id: string, host: string): Promise<void> {
    const log = await this.files.get(id);
    const lower = host.toLowerCase();
    if (log.confirmed_hosts.includes(lower)) return;
    await this.files.set(id, { ...log, confirmed_hosts: [...log.confirmed_hosts, lower].slice(-50) });
  }

  /** Forget a deleted domain. */
  async remove(id: string): Promise<void> {
    await this.files.remove(id);
    await fs.rm(commandLineHistoryFile(this.dir, id), { force: true });
  }
}
