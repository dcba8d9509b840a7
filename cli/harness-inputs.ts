import { importUsersCsv } from '../electron/services/samples/import-users-csv';
import type { RouteView } from '../shared/bridge/harness-schemas';
import { applyImport, parseDraftFile } from '../shared/draft-file/import-draft';
import { newDraft, type DomainDraft } from '../shared/model/draft';
import { parseRoutesFile } from '../shared/routes-file/format';
import {
  builtinSamples,
  MAX_SAMPLES,
  parseSamplesJson,
  type ImportIssue,
  type Sample,
} from '../shared/samples';
import type { CliIo } from './commands';
import { InputError } from './input-error';

/** Input files bigger than these are refused before they are parsed (nothing here needs more). */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;
export const MAX_SAMPLES_BYTES = 50 * 1024 * 1024;
export const MAX_ROUTES_BYTES = 1024 * 1024;

/** Terminal facilities the harness commands use when the process has them (tests leave them out). */
export interface TerminalIo {
  /** Whether stderr is a terminal (a progress bar) or a log (one line per failure). */
  errTty?: boolean;
  /** Writes to stderr without a newline (the progress bar redraws its line). */
  errRaw?(text: string): void;
  /** Calls `handler` on Ctrl+C (SIGINT); returns a function that stops listening. */
  onInterrupt?(handler: () => void): () => void;
  /** The size of a file in bytes, checked before it is read. */
  fileSize?(path: string): Promise<number>;
}

/** The IO of a harness command. */
export type HarnessIo = CliIo & TerminalIo;

/** Reads a text file, refusing one larger than `max` bytes by name. */
export async function readCapped(io: HarnessIo, path: string, max: number, what: string): Promise<string> {
  const tooBig = () =>
    new InputError([`${path}: the ${what} is larger than ${Math.round(max / 1024 / 1024)} MB; refused.`]);
  if (io.fileSize && (await io.fileSize(path)) > max) throw tooBig();
  const text = await io.readFile(path);
  if (text.length > max) throw tooBig();
  return text;
}

/** The draft file as a draft (its own custom fields as the catalogue), or its problems by path. */
export async function loadDraftFile(io: HarnessIo, path: string): Promise<DomainDraft> {
  const parsed = parseDraftFile(await readCapped(io, path, MAX_DRAFT_BYTES, 'draft file'));
  if (!parsed.ok)
    throw new InputError(parsed.errors.map((e) => `${path}: ${e.path || '(file)'}: ${e.message}`));
  const now = new Date().toISOString();
  return applyImport(newDraft('cli', parsed.value.name, parsed.value.base_url, now), parsed.value, now);
}

function issueLine(path: string, issue: ImportIssue): string {
  const where = [
    issue.row > 0 ? `row ${issue.row}` : null,
    issue.line !== undefined && issue.row > 0 ? `line ${issue.line}` : null,
    issue.column ? `column "${issue.column}"` : null,
  ].filter(Boolean);
  return `${path}: ${where.length ? `${where.join(', ')}: ` : ''}${issue.message}`;
}

/** What the samples file gave: the samples to run and the lines to show (warnings, skipped rows). */
export interface LoadedSamples {
  samples: Sample[];
  notes: string[];
}

/**
 * The samples to run: the built-ins without a file; else a MangoApps user-import CSV (by extension) or
 * a samples JSON. Errors are reported by row and column and refuse the run unless `skipBadRows`, which
 * runs without those rows; an error about the file as a whole always refuses.
 */
export async function loadSamples(
  io: HarnessIo,
  path: string | undefined,
  draft: DomainDraft,
  skipBadRows: boolean,
): Promise<LoadedSamples> {
  if (!path) return { samples: builtinSamples(), notes: [] };
  const text = await readCapped(io, path, MAX_SAMPLES_BYTES, 'samples file');
  const csv = /\.csv$/i.test(path);
  const parsed = csv
    ? await importUsersCsv({
        text,
        catalogue: draft.catalogue.profile,
        idPrefix: 'csv',
        maxSamples: MAX_SAMPLES,
      })
    : parseSamplesJson(text, { kind: 'profile', idPrefix: 'json', maxSamples: MAX_SAMPLES });
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  const warnings = parsed.issues
    .filter((i) => i.severity === 'warning')
    .map((i) => `warning  ${issueLine(path, i)}`);
  const whole = errors.filter((i) => i.row === 0);
  if (errors.length && (!skipBadRows || whole.length)) {
    const hint = whole.length ? [] : ['Fix these rows, or pass --skip-bad-rows to run without them.'];
    throw new InputError([...errors.map((i) => `error  ${issueLine(path, i)}`), ...hint]);
  }
  const bad = new Set(errors.map((i) => (csv ? `csv-${i.row}` : '')));
  const samples = parsed.samples.filter((s) => !bad.has(s.id));
  const skipped = new Set(errors.map((i) => i.row)).size;
  const notes = [
    ...warnings,
    ...(skipped ? [`Skipped ${skipped} row(s) with errors (--skip-bad-rows).`] : []),
  ];
  if (samples.length === 0) throw new InputError([...notes, `${path}: no sample left to run.`]);
  return { samples, notes };
}

/** How a route is added from the command line, for the receiver's no-route answer and the traces. */
export const ADD_ROUTE_ON_CLI = 'add one to a routes file given with --routes';

/** The routes file's routes, or its problems by JSON path. */
export async function loadRoutes(io: HarnessIo, path: string): Promise<RouteView[]> {
  const parsed = parseRoutesFile(await readCapped(io, path, MAX_ROUTES_BYTES, 'routes file'));
  if (!parsed.ok)
    throw new InputError(
      parsed.issues.map((i) => `${path}: ${i.path ? `$.${i.path}` : '(file)'}: ${i.message}`),
    );
  return parsed.routes;
}
