import type { StoreProblem } from '../../../shared/bridge/contract';
import { DomainFiles } from '../storage/domain-files';
import { ExchangeLog, LogFileSchema, type ExchangeLogOptions, type LogFile } from './engine';

/** Name of each domain's log file, in a folder of its own (`<dir>/<domain id>/harness-log.json`). */
const LOG_FILE = 'harness-log.json';

/** One redacted exchange log per domain, opened on first use, stored like every per-domain document. */
export class HarnessLogs {
  private readonly open = new Map<string, Promise<ExchangeLog>>();
  private readonly files: DomainFiles<LogFile>;
  /** Logs that could not be read and were moved to quarantine. */
  readonly problems: StoreProblem[];

  constructor(
    dir: string,
    quarantineDir: string,
    private readonly options: ExchangeLogOptions = {},
  ) {
    this.files = new DomainFiles<LogFile>({
      dir,
      quarantineDir,
      schema: LogFileSchema,
      fresh: () => ({ exchanges: [], runs: [] }),
      what: 'the test log',
      fileOf: (id) => `${id}/${LOG_FILE}`,
      now: options.now,
    });
    this.problems = this.files.problems;
  }

  /** The domain's log. */
  get(id: string): Promise<ExchangeLog> {
    const file = this.files.fileOf(id);
    let log = this.open.get(id);
    if (!log) {
      log = this.files
        .get(id)
        .then(
          (stored) =>
            new ExchangeLog(file, stored, (snapshot) => this.files.persist(id, snapshot), this.options),
        );
      this.open.set(id, log);
    }
    return log;
  }

  /** Deletes a domain's log. */
  async remove(id: string): Promise<void> {
    const log = this.open.get(id);
    this.open.delete(id);
    if (log) await (await log).flush().catch(() => undefined);
    await this.files.remove(id);
  }

  /** Writes every pending change. */
  async flush(): Promise<void> {
    await Promise.all([...this.open.values()].map(async (log) => (await log).flush()));
  }
}
