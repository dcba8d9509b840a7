import { IconButton } from '../../components/Button';
import { useAppStore, useHistoryState } from '../../store/store-context';
import { undoStep } from './undo-feedback';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Undo and Redo over the draft, with their shortcuts in the tooltip. */
export function HistoryButtons() {
  const { canUndo, canRedo } = useHistoryState();
  const store = useAppStore();
  const undo = () => undoStep(store, 'undo');
  const redo = () => undoStep(store, 'redo');
  const mod = MAC ? '⌘' : 'Ctrl+';
  return (
    <div className="button-group icon-group">
      <IconButton
        label="Undo"
        icon="undo"
        disabled={!canUndo}
        onClick={undo}
        title={`Undo (${mod}Z)`}
        aria-keyshortcuts={MAC ? 'Meta+Z' : 'Control+Z'}
      />
      <IconButton
        label="Redo"
        icon="redo"
        disabled={!canRedo}
        onClick={redo}
        title={`Redo (${MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y'})`}
        aria-keyshortcuts={MAC ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
      />
    </div>
  );
}
