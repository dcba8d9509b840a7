import { promises as fs } from 'node:fs';
import path from 'node:path';
import { historyLine } from '../electron/services/publish/history-lines';
import { commandLineHistoryFile, PUBLISH_LOG_DIR } from '../electron/services/publish/publish-log';
import { DRAFTS_DIR } from '../electron/services/storage/draft-store';
import { DomainSummarySchema, type DomainSummary } from '../shared/model/draft';
import type { HistoryEntry } from '../shared/plan/outcome';
import { UsageError, type CliArgs } from './args';
import { writeOut, type CliIo } from './commands';

/** Where a publish is recorded, and how: the history file, and the saved domain of the app's data folder. */
export interface HistorySinks {
  file: string | null;
  app: { dir: string; domain: DomainSummary } | null;
  /** Appends one verified publish everywhere; a failure is kept, not thrown (the publish itself landed). */
  record(entry: HistoryEntry): Promise<void>;
  /** Why a record could not be written, per place. */
  failures: string[];
}

/** The history file beside a draft file: `acme.json` → `acme.history.jsonl`. */
export function defaultHistoryFile(draftFile: string): string {
  const name = path.basename(draftFile).replace(/\.json$/i, '');
  return path.join(path.dirname(draftFile), `${name}.history.jsonl`);
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
};

/** The saved domains of an app data folder (id, name, URL), read without changing anything there. */
async function savedDomains(appData: string): Promise<DomainSummary[]> {
  const dir = path.join(appData, DRAFTS_DIR);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    throw new UsageError(
      `--app-data ${appData} is not the app's data folder: it has no ${DRAFTS_DIR} folder of saved domains.`,
    );
  }
  const found: DomainSummary[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const text = await fs.readFile(path.join(dir, name), 'utf8').catch(() => null);
    let value: unknown = null;
    try {
      value = text === null ? null : JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = DomainSummarySchema.safeParse(value);
    if (parsed.success) found.push(parsed.data);
  }
  return found;
}

/** The saved domain the publish belongs to: named by --app-domain, else the one whose URL is --domain. */
async function appDomain(args: CliArgs): Promise<DomainSummary> {
  const all = await savedDomains(args.appData!);
  const listed = all.map((d) => `"${d.name}" (${d.base_url || 'no URL'})`).join(', ') || 'none';
  const wanted = args.appDomain?.trim().toLowerCase();
  const matches = wanted
    ? all.filter((d) => d.id === args.appDomain || d.name.trim().toLowerCase() === wanted)
    : all.filter((d) => originOf(d.base_url) === originOf(args.domain!));
  if (matches.length !== 1) {
    const what = wanted ? `named "${args.appDomain}"` : `with the URL ${args.domain}`;
    const many = matches.length > 1 ? `${matches.length} saved domains are` : 'No saved domain is';
    throw new UsageError(
      `${many} ${what} in ${args.appData}; saved domains: ${listed}.${matches.length > 1 || !wanted ? ' Name one with --app-domain.' : ''}`,
    );
  }
  const domain = matches[0]!;
  // Recording a production publish in the sandbox's history would lie about both.
  if (originOf(domain.base_url) !== originOf(args.domain!))
    throw new UsageError(
      `The saved domain "${domain.name}" is ${domain.base_url || 'without a URL'}, not --domain ${args.domain}: its history would name the wrong domain.`,
    );
  return domain;
}

/** Resolves where `publish` records, before anything is written, so a wrong folder is a usage error. */
export async function historySinks(args: CliArgs, io: CliIo): Promise<HistorySinks> {
  const file = args.noHistory ? null : (args.history ?? defaultHistoryFile(args.file!));
  const app = args.appData
    ? { dir: path.join(args.appData, PUBLISH_LOG_DIR), domain: await appDomain(args) }
    : null;
  const failures: string[] = [];
  return {
    file,
    app,
    failures,
    async record(entry) {
      const line = historyLine(entry);
      if (file) {
        try {
          const before = await io.readFile(file).catch((e: { code?: string }) => {
            if (e.code === 'ENOENT') return '';
            throw e;
          });
          const sep = before === '' || before.endsWith('\n') ? '' : '\n';
          await writeOut(io, file, `${before}${sep}${line}`);
        } catch (error) {
          failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (app) {
        try {
          await fs.mkdir(app.dir, { recursive: true, mode: 0o700 });
          // Appended, never rewritten: a running app re-reads it each time it lists the history.
          await fs.appendFile(commandLineHistoryFile(app.dir, app.domain.id), line, { mode: 0o600 });
        } catch (error) {
          failures.push(
            `the app's history of "${app.domain.name}": ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    },
  };
}
