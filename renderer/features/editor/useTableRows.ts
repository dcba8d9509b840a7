import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { InputRow, MappingRow, MappingTable } from '../../../shared/model/webhook';
import { rowsOf } from '../../store/draft-edits';
import { useApp, useAppEqual } from '../../store/store-context';

type Row = MappingRow | InputRow;

const NO_IDS: readonly string[] = [];
const idCache = new WeakMap<readonly Row[], readonly string[]>();

function idsOf(rows: readonly Row[]): readonly string[] {
  let ids = idCache.get(rows);
  if (!ids) idCache.set(rows, (ids = rows.map((r) => r.id)));
  return ids;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The ids of a table's rows, in order. Typing in a row changes the rows but not their ids, so the table
 * is not re-rendered by a keystroke; adding, removing and moving rows re-render it.
 */
export function useRowIds(kind: WebhookKind, table: MappingTable): readonly string[] {
  return useAppEqual((s) => (s.draft ? idsOf(rowsOf(s.draft, kind, table)) : NO_IDS), sameIds);
}

/**
 * One row of a table, by id; `index` is where the table last saw it, so the look-up is direct while the
 * rows keep their places. Undefined once the row is gone.
 */
export function useRow(kind: WebhookKind, table: MappingTable, index: number, id: string): Row | undefined {
  return useApp((s) => {
    if (!s.draft) return undefined;
    const rows = rowsOf(s.draft, kind, table);
    const row = rows[index];
    return row?.id === id ? row : rows.find((r) => r.id === id);
  });
}

/** A table's rows while something (a filter) needs their content; none otherwise, so typing does not re-render it. */
export function useRowsWhile(needed: boolean, kind: WebhookKind, table: MappingTable): readonly Row[] | null {
  return useApp((s) => (needed && s.draft ? rowsOf(s.draft, kind, table) : null));
}
