import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import type { InputRow, MappingRow, MappingTable } from '../../../shared/model/webhook';
import { useRowsWhile } from './useTableRows';

/**
 * Indices of the rows whose API Field or MangoApps Field (its key or its catalogue label) contains the
 * query, case-insensitive; every row when the query is blank.
 */
export function matchingRows(
  rows: readonly (MappingRow | InputRow)[],
  fields: readonly Field[],
  query: string,
): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows.map((_, i) => i);
  const labels = new Map(fields.map((f) => [f.key, f.label.toLowerCase()]));
  const out: number[] = [];
  rows.forEach((row, i) => {
    const key = row.mangoapps_field.toLowerCase();
    const label = labels.get(row.mangoapps_field) ?? '';
    if (row.api_field.toLowerCase().includes(q) || key.includes(q) || label.includes(q)) out.push(i);
  });
  return out;
}

/**
 * A table's filter: its query, the rows it shows (their indices in the whole table, so row numbers stay
 * the table's own), and `revealRow`, which clears the filter when the row it must show is filtered out.
 * Without a query it shows every row and needs only their number, so typing in a row does not re-render
 * the table; with one it follows the rows' content.
 */
export function useRowFilter(
  kind: WebhookKind,
  table: MappingTable,
  count: number,
  fields: readonly Field[],
  reveal: (position: number) => void,
) {
  const [query, setQueryState] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const rows = useRowsWhile(query.trim() !== '', kind, table);
  const shown = useMemo(
    () => (rows ? matchingRows(rows, fields, query) : Array.from({ length: count }, (_, i) => i)),
    [rows, fields, query, count],
  );
  const latest = useRef({ shown, query });
  useLayoutEffect(() => {
    latest.current = { shown, query };
  }, [shown, query]);

  const setQuery = useCallback((q: string) => {
    setNote(null);
    setQueryState(q);
  }, []);

  /** Stable, so the table's row actions keep their identity. */
  const revealRow = useCallback(
    (index: number) => {
      const { shown: now, query: q } = latest.current;
      const at = now.indexOf(index);
      if (at >= 0) return reveal(at);
      if (q.trim()) {
        setQueryState('');
        setNote(`Filter cleared to show row ${index + 1}.`);
      }
      reveal(index);
    },
    [reveal],
  );

  return { query, setQuery, shown, note, revealRow };
}
