import { useEffect } from 'react';
import { Button } from './Button';

/** How long a toast stays: long enough to read, gone before it turns into clutter. */
export const TOAST_MS = 6000;

/**
 * A short note floating at the bottom of the window, announced by its role="status" (the region is always
 * there, so screen readers hear the text when it appears), with an optional action. It dismisses itself.
 */
export function Toast({
  message,
  action,
  onDismiss,
}: {
  message: string | null;
  action?: { label: string; onClick(): void };
  onDismiss(): void;
}) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className="toast" role="status">
      {message && (
        <>
          {message}
          {action && (
            <Button className="btn-small toast-action" onClick={action.onClick}>
              {action.label}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
