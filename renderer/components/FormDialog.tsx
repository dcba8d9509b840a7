import type { ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';
import { Dialog, DialogActions, type DialogProps } from './Dialog';

/** Props of a dialog whose body is one form. */
export interface FormDialogProps extends DialogProps {
  /** The submit button's text. */
  submitLabel: ReactNode;
  submitVariant?: ButtonVariant;
  submitDisabled?: boolean;
  /** Called on submit (button or Enter); the page never reloads. */
  onSubmit(): void;
  /** The form checks its own fields: the browser's checks stay off. */
  noValidate?: boolean;
  /** Ctrl+Z in the form undoes typing, not the last draft change. */
  nativeUndo?: boolean;
}

/** A modal dialog holding a form, with Cancel and a submit button at its foot. */
export function FormDialog({
  submitLabel,
  submitVariant = 'primary',
  submitDisabled,
  onSubmit,
  noValidate,
  nativeUndo,
  children,
  ...dialog
}: FormDialogProps) {
  return (
    <Dialog {...dialog}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate={noValidate}
        data-native-undo={nativeUndo || undefined}
      >
        {children}
        <DialogActions>
          <Button onClick={dialog.onClose}>Cancel</Button>
          <Button type="submit" variant={submitVariant} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
