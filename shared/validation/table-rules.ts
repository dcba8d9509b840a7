import type { WebhookKind } from '../model/field-catalogue';
import type { MappingRow, MappingTable } from '../model/webhook';
import { fieldName, type FieldIndex } from './catalogue-index';
import type { Problem } from './problem';
import { quote, rowList, tablePath } from './wording';

/** The server's limit on an API field, in characters. */
export const API_FIELD_MAX = 100;

const VERB: Record<MappingTable, string> = {
  request_parameters: 'sent',
  response_parameters: 'written',
  input_parameters: 'set',
};

/** What one table check shares between its passes (no closures per row: they cost more than the rules). */
export interface TableScan {
  kind: WebhookKind;
  table: MappingTable;
  base: string;
  fields: FieldIndex;
  /** Where `checkRow` reports; the incremental check points it at one row's list at a time. */
  out: Problem[];
  /** Row indices by API field and by MangoApps field, ascending. */
  byApi: Map<string, number[]>;
  byMango: Map<string, number[]>;
  /** Each row's API field in lower case (unset for an empty one). */
  lower: (string | undefined)[];
  /** For a lower-case spelling written in more than one way: each spelling with its first row. */
  caseTwins: Map<string, Map<string, number>> | undefined;
  sentByRequest: ReadonlyMap<string, number[]> | undefined;
  /** Messages of duplicate groups, built once per group rather than once per row. */
  messages: Map<string, string>;
}

/**
 * One mapping table: api_field 1–100 characters, no outer spaces, unique (case-sensitive, with a warning for
 * case-only twins); mangoapps_field a catalogue key, not read-only for responses; warnings for a field
 * mapped twice and for a response overwriting what the request sends. Two passes (group, then report row
 * by row), so problems come out in row order. Returns the MangoApps fields used, with their rows.
 */
export function checkTable(
  kind: WebhookKind,
  table: MappingTable,
  rows: readonly MappingRow[],
  fields: FieldIndex,
  out: Problem[],
  sentByRequest?: ReadonlyMap<string, number[]>,
): Map<string, number[]> {
  const scan = scanTable(kind, table, rows, fields, out, sentByRequest);
  for (let i = 0; i < rows.length; i++) checkRow(scan, rows[i] as MappingRow, i);
  return scan.byMango;
}

/** The first pass over a table: rows grouped by API field, MangoApps field and case-only spelling. */
export function scanTable(
  kind: WebhookKind,
  table: MappingTable,
  rows: readonly MappingRow[],
  fields: FieldIndex,
  out: Problem[],
  sentByRequest?: ReadonlyMap<string, number[]>,
): TableScan {
  const scan: TableScan = {
    kind,
    table,
    base: tablePath(kind, table),
    fields,
    out,
    byApi: new Map(),
    byMango: new Map(),
    lower: new Array<string | undefined>(rows.length),
    caseTwins: undefined,
    sentByRequest,
    messages: new Map(),
  };
  const firstSpelling = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as MappingRow;
    const api = row.api_field;
    if (api !== '') {
      push(scan.byApi, api, i);
      const low = api.toLowerCase();
      scan.lower[i] = low;
      const first = firstSpelling.get(low);
      if (first === undefined) firstSpelling.set(low, api);
      else if (first !== api) (scan.caseTwins ??= new Map()).set(low, new Map());
    }
    if (row.mangoapps_field !== '') push(scan.byMango, row.mangoapps_field, i);
  }
  if (scan.caseTwins) {
    for (let i = 0; i < rows.length; i++) {
      const spellings = scan.caseTwins.get(scan.lower[i] ?? '');
      const api = (rows[i] as MappingRow).api_field;
      if (spellings && !spellings.has(api)) spellings.set(api, i);
    }
  }
  return scan;
}

/** The second pass for one row: its API field, then its MangoApps field, reported to `scan.out`. */
export function checkRow(scan: TableScan, row: MappingRow, i: number): void {
  checkApiField(scan, row, i);
  checkMangoField(scan, row, i);
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function report(
  scan: TableScan,
  row: MappingRow,
  i: number,
  column: 'api_field' | 'mangoapps_field',
  severity: Problem['severity'],
  message: string,
): void {
  scan.out.push({
    severity,
    path: `${scan.base}[${i}].${column}`,
    at: { section: 'table', kind: scan.kind, table: scan.table, rowId: row.id, field: column },
    message,
  });
}

/** Characters as the server counts them (code points), computed only when UTF-16 length could exceed it. */
function charCount(s: string): number {
  if (s.length <= API_FIELD_MAX) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function checkApiField(scan: TableScan, row: MappingRow, i: number): void {
  const api = row.api_field;
  if (api === '') return report(scan, row, i, 'api_field', 'error', 'API field is empty');
  const n = charCount(api);
  if (n > API_FIELD_MAX) {
    report(
      scan,
      row,
      i,
      'api_field',
      'error',
      `API field ${quote(api)} is ${n} characters long; the limit is ${API_FIELD_MAX}`,
    );
  }
  if (api.trim() !== api)
    report(scan, row, i, 'api_field', 'error', `API field ${quote(api)} starts or ends with a space`);
  const same = scan.byApi.get(api);
  if (same && same.length > 1) {
    const key = `a:${api}`;
    let message = scan.messages.get(key);
    if (message === undefined)
      scan.messages.set(key, (message = `API field ${quote(api)} is used by ${rowList(same)}`));
    report(scan, row, i, 'api_field', 'error', message);
  }
  const twins = scan.caseTwins?.get(scan.lower[i] ?? '');
  if (twins) {
    const key = `c:${api}`;
    let message = scan.messages.get(key);
    if (message === undefined) {
      const others = [...twins].filter(([s]) => s !== api).map(([s, r]) => `${quote(s)} (row ${r + 1})`);
      message = `API field ${quote(api)} differs only in case from ${others.join(', ')}`;
      scan.messages.set(key, message);
    }
    report(scan, row, i, 'api_field', 'warning', message);
  }
}

function checkMangoField(scan: TableScan, row: MappingRow, i: number): void {
  const key = row.mangoapps_field;
  if (key === '') return report(scan, row, i, 'mangoapps_field', 'error', 'Choose a MangoApps field');
  const field = scan.fields.byKey.get(key);
  if (!field) {
    return report(
      scan,
      row,
      i,
      'mangoapps_field',
      'error',
      `MangoApps field ${quote(key)} is not in the ${scan.kind} field catalogue; choose another or add it as a custom field`,
    );
  }
  if (scan.table === 'response_parameters' && field.read_only) {
    report(
      scan,
      row,
      i,
      'mangoapps_field',
      'error',
      `${fieldName(field)} is read-only, so a response cannot write to it`,
    );
  }
  const same = scan.byMango.get(key);
  if (same && same.length > 1) {
    let message = scan.messages.get(`m:${key}`);
    if (message === undefined) {
      message = `${fieldName(field)} is ${VERB[scan.table]} by ${rowList(same)}`;
      scan.messages.set(`m:${key}`, message);
    }
    report(scan, row, i, 'mangoapps_field', 'warning', message);
  }
  const sent = scan.sentByRequest?.get(key);
  if (sent) {
    let message = scan.messages.get(`o:${key}`);
    if (message === undefined) {
      message = `${fieldName(field)} is also sent in the request (${rowList(sent)}); this response will overwrite it`;
      scan.messages.set(`o:${key}`, message);
    }
    report(scan, row, i, 'mangoapps_field', 'warning', message);
  }
}
