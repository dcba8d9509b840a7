import type { Field } from '../model/field-catalogue';
import { STANDARD_PROFILE_FIELDS } from '../model/standard-fields';
import { parseCsv } from './csv';
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

/**
 * Reads users from a CSV in the MangoApps user-import format (domain-facts.md): headers matched
 * case-insensitively ignoring spaces and underscores, custom columns matched to catalogue fields, each
 * value checked against its field type. Problems are reported by row and column; a bad value is left out
 * of its sample, and a row with neither email/login nor employee id is skipped, as the import requires.
 */
export function parseUsersCsv(text: string, options: UsersCsvOptions = {}): ImportResult {
  const catalogue = options.catalogue ?? STANDARD_PROFILE_FIELDS;
  const prefix = options.idPrefix ?? 'csv';
  const parsed = parseCsv(text);
  const issues: ImportIssue[] = parsed.issues.map((i) => ({
    row: 0,
    column: '',
    message: `line ${i.line}: ${i.message}`,
    severity: i.severity,
    line: i.line,
  }));
  const [head, ...rows] = parsed.records;
  if (!head) {
    issues.push({ row: 0, column: '', message: 'the file is empty: no header row', severity: 'error' });
    return { samples: [], issues };
  }
  const columns = mapHeader(head.cells, catalogue, issues);
  if (!columns.some((c) => c.key === 'email' || c.key === 'employee_id')) {
    issues.push({
      row: 0,
      column: '',
      message: 'no email/login or employee id column: every user needs one of them',
      severity: 'error',
    });
    return { samples: [], issues };
  }
  const fields = new Map(catalogue.map((f) => [f.key, f]));
  const samples: Sample[] = [];
  rows.forEach((record, i) => {
    const row = i + 1;
    const report = (column: string, message: string, severity: ImportIssue['severity'] = 'error') =>
      issues.push({ row, column, message, severity, line: record.line });
    if (record.cells.length > columns.length) {
      report('', `${record.cells.length - columns.length} more value(s) than headers; ignored`, 'warning');
    }
    const values: Record<string, string | null> = {};
    for (const column of columns) {
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
  });
  return { samples, issues };
}
