import type { Field } from '../model/field-catalogue';
import { STANDARD_PROFILE_FIELDS } from '../model/standard-fields';
import { parseCsv, type CsvRecord, type CsvSyntaxIssue } from './csv';
import { accountStatusOf, matchColumn, normaliseHeader } from './csv-columns';
import type { ImportIssue, ImportResult, Sample } from './schema';
import { sampleLabel } from './schema';
import { checkValue } from './value-check';

/** Options of a CSV import. */
export interface UsersCsvOptions {
  /** The profile catalogue (standard plus the domain's custom fields); custom columns match against it. */
  catalogue?: readonly Field[];
  /** Prefix of the generated sample ids (`<prefix>-<row>`), to keep several imports apart. */
  idPrefix?: string;
}

interface Column {
  index: number;
  header: string;
  key: string | null;
}

function mapHeader(headers: readonly string[], catalogue: readonly Field[], issues: ImportIssue[]): Column[] {
  const taken = new Map<string, string>();
  return headers.map((header, index) => {
    const match = matchColumn(header, catalogue);
    const issue = (message: string): Column => {
      issues.push({ row: 0, column: header, message, severity: 'warning' });
      return { index, header, key: null };
    };
    if (header.trim() === '') return issue('a column without a header; ignored');
    if (!match) return issue('not a MangoApps import column nor a field of the catalogue; ignored');
    const earlier = taken.get(match.key);
    if (earlier) return issue(`fills the same field (${match.key}) as column "${earlier}"; ignored`);
    taken.set(match.key, header);
    return { index, header, key: match.key };
  });
}

/** Limits of one import: at most this many samples are kept and this many problems listed. */
export interface ImportLimits {
  /** Samples kept; further rows are counted and reported as skipped (default: no limit). */
  maxSamples?: number;
  /** Problems listed; further ones are counted in one closing line (default 500). */
  maxIssues?: number;
}

/** Reads a users CSV record by record (see `parseUsersCsv`), within limits. */
export interface UsersCsvReader {
  /** Takes the next record (the first is the header); false once the header makes reading pointless. */
  push(record: CsvRecord): boolean;
  /** A problem in the CSV text itself. */
  syntax(issue: CsvSyntaxIssue): void;
  /** The samples and problems; rows over the limit are reported here. */
  finish(): ImportResult & { skipped: number };
}

/** A reader for a users CSV in the MangoApps user-import format. */
export function createUsersCsvReader(options: UsersCsvOptions & ImportLimits = {}): UsersCsvReader {
  const catalogue = options.catalogue ?? STANDARD_PROFILE_FIELDS;
  const prefix = options.idPrefix ?? 'csv';
  const maxSamples = options.maxSamples ?? Number.POSITIVE_INFINITY;
  const maxIssues = options.maxIssues ?? 500;
  const issues: ImportIssue[] = [];
  let unlisted = 0;
  const add = (issue: ImportIssue) => (issues.length < maxIssues ? issues.push(issue) : unlisted++);
  const fields = new Map(catalogue.map((f) => [f.key, f]));
  const samples: Sample[] = [];
  let columns: Column[] | null = null;
  let usable = true;
  let row = 0;
  let over = { count: 0, first: 0 };

  const readRow = (record: CsvRecord, cols: Column[]) => {
    row++;
    if (samples.length >= maxSamples) {
      // Over the cap: counted, not checked, so a huge file costs little more than reading it.
      if (over.count === 0) over = { count: 0, first: row };
      over.count++;
      return;
    }
    const report = (column: string, message: string, severity: ImportIssue['severity'] = 'error') =>
      add({ row, column, message, severity, line: record.line });
    if (record.cells.length > cols.length) {
      report('', `${record.cells.length - cols.length} more value(s) than headers; ignored`, 'warning');
    }
    const values: Record<string, string | null> = {};
    for (const column of cols) {
      if (!column.key) continue;
      const raw = record.cells[column.index] ?? '';
      if (raw.trim() === '') {
        values[column.key] = null;
        continue;
      }
      const check: { ok: true; value: string; warning?: string } | { ok: false; message: string } =
        column.key === 'account_status' && normaliseHeader(column.header) === 'enabled'
          ? accountStatusOf(raw)
          : checkValue(fields.get(column.key), raw);
      if (!check.ok) report(column.header, check.message);
      else {
        values[column.key] = check.value;
        if (check.warning) report(column.header, check.warning, 'warning');
      }
    }
    if (!values['email'] && !values['employee_id']) {
      report('', 'neither email/login nor employee id has a value; row skipped');
      return;
    }
    if (values['name'] === undefined || values['name'] === null) {
      const full = `${values['first_name'] ?? ''} ${values['last_name'] ?? ''}`.trim();
      if (full) values['name'] = full;
    }
    const id = `${prefix}-${row}`;
    samples.push({ id, kind: 'profile', label: sampleLabel(values, id), fields: values });
  };

  return {
    push(record) {
      if (!usable) return false;
      if (columns) {
        readRow(record, columns);
        return true;
      }
      const headerIssues: ImportIssue[] = [];
      columns = mapHeader(record.cells, catalogue, headerIssues);
      headerIssues.forEach(add);
      if (!columns.some((c) => c.key === 'email' || c.key === 'employee_id')) {
        add({
          row: 0,
          column: '',
          message: 'no email/login or employee id column: every user needs one of them',
          severity: 'error',
        });
        usable = false;
      }
      return usable;
    },
    syntax(i) {
      add({
        row: 0,
        column: '',
        message: `line ${i.line}: ${i.message}`,
        severity: i.severity,
        line: i.line,
      });
    },
    finish() {
      if (!columns) {
        add({ row: 0, column: '', message: 'the file is empty: no header row', severity: 'error' });
      }
      if (over.count > 0) {
        const last = over.first + over.count - 1;
        add({
          row: over.first,
          column: '',
          message: `rows ${over.first}–${last} (${over.count}) skipped: a domain keeps at most ${options.maxSamples} samples, and ${samples.length} were imported from this file`,
          severity: 'warning',
        });
      }
      if (unlisted > 0) {
        issues.push({
          row: 0,
          column: '',
          message: `${unlisted} more problems not listed`,
          severity: 'warning',
        });
      }
      return { samples, issues, skipped: over.count };
    },
  };
}

/**
 * Reads users from a CSV in the MangoApps user-import format (domain-facts.md): headers matched
 * case-insensitively ignoring spaces and underscores, custom columns matched to catalogue fields, each
 * value checked against its field type. Problems are reported by row and column; a bad value is left out
 * of its sample, and a row with neither email/login nor employee id is skipped, as the import requires.
 */
export function parseUsersCsv(text: string, options: UsersCsvOptions & ImportLimits = {}): ImportResult {
  const parsed = parseCsv(text);
  const reader = createUsersCsvReader(options);
  for (const issue of parsed.issues) reader.syntax(issue);
  for (const record of parsed.records) if (!reader.push(record)) break;
  const { samples, issues } = reader.finish();
  return { samples, issues };
}
