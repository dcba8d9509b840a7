import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useApp } from '../../store/store-context';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl';

/** Every keyboard shortcut of the app, in one place; the same keys are on their controls' aria-keyshortcuts. */
export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: `${MOD}+Z`, what: 'Undo the last change to the draft' },
  { keys: MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
  { keys: 'Alt+↑ / Alt+↓', what: 'Move the focused mapping row up or down' },
  { keys: '← / → (on the tabs)', what: 'Move between the editor’s tabs' },
  { keys: 'F2 (on a domain)', what: 'Rename the focused domain' },
  { keys: 'Delete (on a domain)', what: 'Delete the focused domain (asks first)' },
  { keys: '↑ / ↓ (on a domain)', what: 'Move between domains' },
  { keys: 'Esc', what: 'Close the open dialog or the Problems panel' },
  { keys: '?', what: 'Show this list' },
];

/** The list of shortcuts, opened by "?" or its button at the foot of the sidebar. */
export function ShortcutSheet() {
  const open = useApp((s) => s.shortcutsOpen);
  const setOpen = useApp((s) => s.setShortcutsOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)}>
      <table className="shortcut-table">
        <DataTableHead columns={['Keys', 'What they do']} />
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogActions>
        <Button variant="primary" onClick={() => setOpen(false)} data-autofocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
