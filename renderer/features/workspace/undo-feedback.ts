import type { ProblemLocation } from '../../../shared/validation/problem';
import type { AppStore } from '../../store/create-store';
import { rowsOf } from '../../store/draft-edits';
import { targetIdOf } from '../problems/targets';
import { describeChange } from './draft-change';

/** Whether the element a location names is rendered and at least partly inside the window. */
function onScreen(at: ProblemLocation): boolean {
  const element = document.getElementById(targetIdOf(at));
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= window.innerHeight;
}

/**
 * Undo or redo, and when what it changed is out of sight (another tab, a row scrolled away or filtered
 * out), leave a note saying what was undone, with where to show it. Checked after the screen has
 * followed the change, since an undone removal only re-renders its row then.
 */
export function undoStep(store: AppStore, step: 'undo' | 'redo'): void {
  const state = store.getState();
  const before = state.draft;
  if (step === 'undo') state.undo();
  else state.redo();
  const after = store.getState().draft;
  if (!before || !after || before === after || before.id !== after.id) return;
  // Undo reverses an edit: describe that edit (after → before); redo repeats it (before → after).
  const change = step === 'undo' ? describeChange(after, before) : describeChange(before, after);
  if (!change) return;
  let at = change.at;
  // A row the step took away can no longer be shown: point at its table instead.
  if (at?.section === 'table' && at.rowId) {
    const rowId = at.rowId;
    if (!rowsOf(after, at.kind, at.table).some((r) => r.id === rowId))
      at = { section: 'table', kind: at.kind, table: at.table };
  }
  const text = `${step === 'undo' ? 'Undid' : 'Redid'}: ${change.text}`;
  setTimeout(() => {
    if (store.getState().draft !== after) return;
    if (at && onScreen(at)) return;
    store.getState().setUndoNote({ text, at });
  }, 0);
}
