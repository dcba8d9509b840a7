import type { ReactNode } from 'react';

/** One radio button with its text as the label, in a choice group of the same `name`. */
export function RadioOption({
  name,
  checked,
  onChoose,
  disabled,
  children,
}: {
  name: string;
  checked: boolean;
  onChoose(): void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={onChoose} />
      {children}
    </label>
  );
}
