import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { assertSafeId } from '../storage/draft-store';
import { ExchangeLog } from './engine';

/** One redacted exchange log per domain (`<dir>/<domain id>/harness-log.json`), opened on first use. */
export class HarnessLogs {
  private readonly open = new Map<string, Promise<ExchangeLog>>();
  /** Logs that could not be read and were kept aside. */
  readonly problems: StoreProblem[] = [];

  constructor(
    private readonly dir: string,
    private readonly now?: () => Date,
  ) {}

  /** The domain's log. */
  get(id: string): Promise<ExchangeLog> {
    assertSafeId(id);
    let log = this.open.get(id);
    if (!log) {
      log = ExchangeLog.open(path.join(this.dir, id), this.now ? { now: this.now } : {}).then((opened) => {
        if (opened.loadProblem) {
          this.problems.push({
            file: opened.file,
            moved_to: `${opened.file}.unreadable`,
            reason: `the test log is ${opened.loadProblem}`,
          });
        }
        return opened;
      });
      this.open.set(id, log);
    }
    return log;
  }

  /** Deletes a domain's log. */
  async remove(id: string): Promise<void> {
    assertSafeId(id);
    const log = this.open.get(id);
    this.open.delete(id);
    if (log) await (await log).flush().catch(() => undefined);
    await fs.rm(path.join(this.dir, id), { recursive: true, force: true });
  }

  /** Writes every pending change. */
  async flush(): Promise<void> {
    await Promise.all([...this.open.values()].map(async (log) => (await log).flush()));
  }
}
