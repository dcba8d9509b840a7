import type { ReactNode } from 'react';
import { Button } from './Button';

/** A full-width message above the app; `tone` sets its colour and whether it interrupts a screen reader. */
export function Banner({
  tone,
  children,
  onDismiss,
  dismissLabel = 'Dismiss',
}: {
  tone: 'error' | 'warning' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="banner-text">{children}</div>
      {onDismiss && (
        <Button variant="ghost" onClick={onDismiss} aria-label={dismissLabel}>
          Dismiss
        </Button>
      )}
    </div>
  );
}
