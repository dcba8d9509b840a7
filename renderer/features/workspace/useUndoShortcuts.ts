import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';
import { undoStep } from './undo-feedback';

/** Which history step a key event asks for, if any: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y. */
export function historyKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey && event.ctrlKey) return 'redo';
  return null;
}

/**
 * Undo/redo over the draft from anywhere, including text inputs: the draft store is the source of truth,
 * so the browser's own per-input undo (which would fight it) is suppressed. Inputs that are not part of
 * the draft (dialogs, the password, the add-field form) keep native undo: they are marked
 * `data-native-undo` or sit in a dialog.
 */
export function useUndoShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const step = historyKey(event);
      if (!step) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-native-undo], [role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      undoStep(store, step);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
