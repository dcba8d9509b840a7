import type { ReactNode } from 'react';
import { InputField } from './InputField';

/** Whether what the admin typed names the expected host (case and surrounding spaces aside). */
export function typedMatches(typed: string, expected: string): boolean {
  return typed.trim().toLowerCase() === expected.toLowerCase();
}

/**
 * The field where the admin types a domain's host to confirm a step that reaches it: no autocomplete and
 * no spelling help, so the name is typed, not picked.
 */
export function TypeToConfirmField({
  id,
  label,
  value,
  onValue,
  autoFocus = false,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onValue(value: string): void;
  /** The dialog's first focus lands here. */
  autoFocus?: boolean;
}) {
  return (
    <InputField
      id={id}
      label={label}
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onValue={onValue}
      data-autofocus={autoFocus || undefined}
    />
  );
}
