import { useCallback } from 'react';
import { Toast } from '../../components/Toast';
import { useApp, useAppStore } from '../../store/store-context';

/** The note of an undo or redo whose change is out of sight, with "Show" to go to it. */
export function UndoToast() {
  const note = useApp((s) => s.undoNote);
  const store = useAppStore();
  const dismiss = useCallback(() => store.getState().setUndoNote(null), [store]);
  const at = note?.at ?? null;
  return (
    <Toast
      message={note?.text ?? null}
      onDismiss={dismiss}
      action={
        at
          ? {
              label: 'Show',
              onClick: () => {
                store.getState().jumpTo(at);
                dismiss();
              },
            }
          : undefined
      }
    />
  );
}
