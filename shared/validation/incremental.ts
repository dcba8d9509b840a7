import type { DomainDraft } from '../model/draft';
import type { Field, WebhookKind } from '../model/field-catalogue';
import type { MappingRow, MappingTable } from '../model/webhook';
import { WEBHOOK_KINDS } from '../model/webhook-kinds';
import { indexCatalogue, type FieldIndex } from './catalogue-index';
import { checkDomain } from './domain-rules';
import { checkIdentifier } from './identifier-rules';
import type { Problem } from './problem';
import { checkSecurity } from './security-rules';
import { checkRow, scanTable, type TableScan } from './table-rules';
import { checkOutgoing } from './trigger-rules';

/** More changed rows than this in one table (a paste, an import, a move) and the table is checked whole. */
const ROW_BY_ROW_LIMIT = 16;

/** One table as last checked: its groups, each row's problems, and all of them in row order. */
interface TableState {
  rows: readonly MappingRow[];
  scan: TableScan;
  byLower: Map<string, number[]>;
  perRow: Problem[][];
  problems: Problem[];
}

interface KindState {
  catalogue: readonly Field[];
  fields: FieldIndex;
  request: TableState;
  response: TableState;
  input: TableState;
}

/** What a table update tells the tables checked after it. */
interface TableUpdate {
  state: TableState;
  /** Checked whole: its groups are new objects. */
  rebuilt: boolean;
  /** MangoApps fields whose rows changed (the response table's "also sent" warnings depend on them). */
  mangoChanged: ReadonlySet<string>;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * `validateDraft`, remembering the draft it checked last: a draft that differs from it in a few rows (one
 * keystroke, a picked field) is re-checked in those rows, the rows sharing a group with them (duplicate
 * API or MangoApps fields, case-only twins, fields the response overwrites) and the table-wide rules.
 * Unchanged rows are known by identity, which every edit of the draft keeps. The result is always exactly
 * what `validateDraft` returns for the same draft.
 */
export function createDraftValidator(): (draft: DomainDraft) => Problem[] {
  let last: Partial<Record<WebhookKind, KindState>> = {};
  return (draft) => {
    const out: Problem[] = [];
    const next: Partial<Record<WebhookKind, KindState>> = {};
    checkDomain(draft.base_url, out);
    for (const kind of WEBHOOK_KINDS) {
      const hook = draft.config[kind];
      const state = checkKind(kind, draft, last[kind]);
      next[kind] = state;
      checkOutgoing(kind, hook, out);
      append(out, state.request.problems);
      append(out, state.response.problems);
      append(out, state.input.problems);
      checkIdentifier(kind, hook.incoming.input_parameters, state.fields, out);
    }
    checkSecurity(draft.config.security, out);
    last = next;
    return out;
  };
}

function append(out: Problem[], problems: readonly Problem[]): void {
  for (let i = 0; i < problems.length; i++) out.push(problems[i] as Problem);
}

function checkKind(kind: WebhookKind, draft: DomainDraft, previous: KindState | undefined): KindState {
  const hook = draft.config[kind];
  const catalogue = draft.catalogue[kind];
  const same = previous?.catalogue === catalogue ? previous : undefined;
  const fields = same?.fields ?? indexCatalogue(catalogue);
  const request = updateTable(
    kind,
    'request_parameters',
    hook.outgoing.request_parameters,
    fields,
    same?.request,
  );
  const sent = request.state.scan.byMango;
  const response = updateTable(
    kind,
    'response_parameters',
    hook.outgoing.response_parameters,
    fields,
    request.rebuilt ? undefined : same?.response,
    sent,
    request.mangoChanged,
  );
  const input = updateTable(kind, 'input_parameters', hook.incoming.input_parameters, fields, same?.input);
  return { catalogue, fields, request: request.state, response: response.state, input: input.state };
}

function updateTable(
  kind: WebhookKind,
  table: MappingTable,
  rows: readonly MappingRow[],
  fields: FieldIndex,
  previous: TableState | undefined,
  sent?: ReadonlyMap<string, number[]>,
  sentChanged: ReadonlySet<string> = NOTHING,
): TableUpdate {
  const whole = (): TableUpdate => ({
    state: buildTable(kind, table, rows, fields, sent),
    rebuilt: true,
    mangoChanged: NOTHING,
  });
  if (!previous || previous.rows.length !== rows.length) return whole();
  if (previous.rows === rows && sentChanged.size === 0)
    return { state: previous, rebuilt: false, mangoChanged: NOTHING };
  const changed: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const before = previous.rows[i] as MappingRow;
    const now = rows[i] as MappingRow;
    if (before === now) continue;
    if (before.id !== now.id || changed.length === ROW_BY_ROW_LIMIT) return whole();
    changed.push(i);
  }
  const mangoChanged = patchTable(previous, rows, changed, sentChanged);
  return { state: previous, rebuilt: false, mangoChanged };
}

/** Checks a whole table row by row, keeping what a later edit needs to re-check only part of it. */
function buildTable(
  kind: WebhookKind,
  table: MappingTable,
  rows: readonly MappingRow[],
  fields: FieldIndex,
  sent: ReadonlyMap<string, number[]> | undefined,
): TableState {
  const scan = scanTable(kind, table, rows, fields, [], sent);
  const byLower = new Map<string, number[]>();
  scan.lower.forEach((low, i) => {
    if (low !== undefined) insert(byLower, low, i);
  });
  const perRow: Problem[][] = new Array<Problem[]>(rows.length);
  for (let i = 0; i < rows.length; i++) perRow[i] = rowProblems(scan, rows, i);
  return { rows, scan, byLower, perRow, problems: flatten(perRow) };
}

function flatten(perRow: readonly Problem[][]): Problem[] {
  const all: Problem[] = [];
  for (let r = 0; r < perRow.length; r++) append(all, perRow[r] as Problem[]);
  return all;
}

function rowProblems(scan: TableScan, rows: readonly MappingRow[], i: number): Problem[] {
  scan.out = [];
  checkRow(scan, rows[i] as MappingRow, i);
  return scan.out;
}

/**
 * Moves the changed rows between their groups, forgets the messages of every group that changed, and
 * re-checks the rows of those groups. Updates `state` in place; returns the MangoApps fields whose rows
 * changed.
 */
function patchTable(
  state: TableState,
  rows: readonly MappingRow[],
  changed: readonly number[],
  sentChanged: ReadonlySet<string>,
): Set<string> {
  const { scan, byLower } = state;
  const lowers = new Set<string>();
  const mangos = new Set<string>();
  const recheck = new Set<number>(changed);
  for (const i of changed) {
    const before = state.rows[i] as MappingRow;
    const now = rows[i] as MappingRow;
    if (before.api_field !== now.api_field) {
      scan.messages.delete(`a:${before.api_field}`);
      scan.messages.delete(`c:${before.api_field}`);
      if (before.api_field !== '') {
        remove(scan.byApi, before.api_field, i);
        remove(byLower, scan.lower[i] as string, i);
        lowers.add(scan.lower[i] as string);
      }
      scan.messages.delete(`a:${now.api_field}`);
      scan.lower[i] = undefined;
      if (now.api_field !== '') {
        const low = now.api_field.toLowerCase();
        insert(scan.byApi, now.api_field, i);
        insert(byLower, low, i);
        scan.lower[i] = low;
        lowers.add(low);
      }
    }
    if (before.mangoapps_field !== now.mangoapps_field) {
      for (const key of [before.mangoapps_field, now.mangoapps_field]) {
        if (key === '') continue;
        if (key === before.mangoapps_field) remove(scan.byMango, key, i);
        else insert(scan.byMango, key, i);
        mangos.add(key);
      }
    }
  }
  state.rows = rows;
  for (const low of lowers) {
    const group = byLower.get(low) ?? [];
    const spellings = new Map<string, number>();
    for (const r of group) {
      const api = (rows[r] as MappingRow).api_field;
      if (!spellings.has(api)) spellings.set(api, r);
      scan.messages.delete(`c:${api}`);
      recheck.add(r);
    }
    if (spellings.size > 1) (scan.caseTwins ??= new Map()).set(low, spellings);
    else scan.caseTwins?.delete(low);
  }
  for (const key of mangos) {
    scan.messages.delete(`m:${key}`);
    for (const r of scan.byMango.get(key) ?? []) recheck.add(r);
  }
  for (const key of sentChanged) {
    scan.messages.delete(`o:${key}`);
    for (const r of scan.byMango.get(key) ?? []) recheck.add(r);
  }
  for (const r of recheck) state.perRow[r] = rowProblems(scan, rows, r);
  state.problems = flatten(state.perRow);
  return mangos;
}

/** Adds a row index to its group, keeping the group ascending. */
function insert(groups: Map<string, number[]>, key: string, i: number): void {
  const group = groups.get(key);
  if (!group) return void groups.set(key, [i]);
  let at = group.length;
  while (at > 0 && (group[at - 1] as number) > i) at--;
  group.splice(at, 0, i);
}

function remove(groups: Map<string, number[]>, key: string, i: number): void {
  const group = groups.get(key);
  if (!group) return;
  const at = group.indexOf(i);
  if (at >= 0) group.splice(at, 1);
  if (group.length === 0) groups.delete(key);
}
