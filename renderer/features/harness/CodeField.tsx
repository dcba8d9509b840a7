import type { ReactNode } from 'react';

/**
 * A labelled text box for code (JSON, headers): monospace, no spelling help. `children` follow the box
 * inside the field (e.g. a reset button).
 */
export function CodeField({
  id,
  label,
  ariaLabel,
  rows,
  value,
  onValue,
  autoFocus = false,
  children,
}: {
  id: string;
  label: string;
  /** A fuller accessible name than the visible label (e.g. which route). */
  ariaLabel?: string;
  rows: number;
  value: string;
  onValue(value: string): void;
  /** The dialog's first focus lands here. */
  autoFocus?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-label={ariaLabel}
        className="input code-input"
        rows={rows}
        value={value}
        spellCheck={false}
        onChange={(e) => onValue(e.target.value)}
        data-autofocus={autoFocus || undefined}
      />
      {children}
    </div>
  );
}
