import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';

/**
 * Asks before a step that is hard to take back: an alert dialog whose Cancel has the first focus, so a
 * reflex Enter does not confirm.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  onConfirm,
  onClose,
  busy,
  children,
}: {
  title: string;
  description: ReactNode;
  confirmLabel: ReactNode;
  onConfirm(): void;
  onClose(): void;
  /** The step is running: the confirm button waits. */
  busy?: boolean;
  /** Shown above the buttons (e.g. why the last try failed). */
  children?: ReactNode;
}) {
  return (
    <Dialog title={title} role="alertdialog" onClose={onClose} description={description}>
      {children}
      <DialogActions>
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
