import { useMemo } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { newId } from '../../../shared/model/ids';
import type { MappingTable } from '../../../shared/model/webhook';
import { addRow, moveRow, removeRow, rowsOf, setIdentifier, setRowField } from '../../store/draft-edits';
import { useAppStore } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { focusSoon } from '../problems/focus';
import { rowControlId, tableId } from '../problems/targets';

/** What a mapping row can do; one stable object per table so memoised rows are not re-rendered. */
export interface RowActions {
  setField(rowId: string, field: 'api_field' | 'mangoapps_field', value: string): void;
  setIdentifier(rowId: string): void;
  /** Moves a row and keeps focus on the control that was focused (`focusId`), scrolling it into view. */
  move(rowId: string, delta: number, focusId?: string): void;
  remove(rowId: string): void;
  add(): void;
}

/**
 * The row actions of one table. `reveal` scrolls a windowed table so a row index is rendered; pass a
 * stable function, so the returned object keeps its identity.
 */
export function useRowActions(
  kind: WebhookKind,
  table: MappingTable,
  reveal: (index: number) => void,
): RowActions {
  const store = useAppStore();

  return useMemo<RowActions>(() => {
    const edit = store.getState().edit;
    const rows = () => {
      const draft = store.getState().draft;
      return draft ? rowsOf(draft, kind, table) : [];
    };
    const show = (rowId: string, focusId: string, fallbackId?: string) => {
      const index = rows().findIndex((r) => r.id === rowId);
      if (index >= 0) reveal(index);
      focusSoon(focusId, fallbackId);
    };
    return {
      setField(rowId, field, value) {
        const id = rowControlId(kind, table, rowId, field);
        const options = field === 'api_field' ? typingGroup(id, value) : undefined;
        edit((d) => setRowField(d, kind, table, rowId, field, value), options);
      },
      setIdentifier(rowId) {
        edit((d) => setIdentifier(d, kind, rowId));
      },
      move(rowId, delta, focusId) {
        edit((d) => moveRow(d, kind, table, rowId, delta));
        show(
          rowId,
          focusId ?? rowControlId(kind, table, rowId, 'api_field'),
          rowControlId(kind, table, rowId, 'api_field'),
        );
      },
      remove(rowId) {
        const list = rows();
        const index = list.findIndex((r) => r.id === rowId);
        const neighbour = list[index + 1] ?? list[index - 1];
        edit((d) => removeRow(d, kind, table, rowId));
        if (neighbour) show(neighbour.id, `${kind}-${table}-${neighbour.id}-remove`);
        else focusSoon(`${tableId(kind, table)}-add`);
      },
      add() {
        const id = newId();
        edit((d) => addRow(d, kind, table, id));
        show(id, rowControlId(kind, table, id, 'api_field'));
      },
    };
  }, [store, kind, table, reveal]);
}
