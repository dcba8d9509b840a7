import type { InputHTMLAttributes, ReactNode } from 'react';

/** Props of a labelled input, with the error found when its form was submitted. */
export interface InputFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id' | 'className'
> {
  id: string;
  label: ReactNode;
  value: string;
  onValue(value: string): void;
  /** What is wrong with the value, once the form was submitted; none when nothing is. */
  error?: string | null;
  hint?: ReactNode;
}

/**
 * A labelled input with its one error: the error sets aria-invalid and is read with the input in place of
 * the hint.
 */
export function InputField({ id, label, value, onValue, error, hint, ...rest }: InputFieldProps) {
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={error ? 'input has-error' : 'input'}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : hint ? hintId : undefined}
        onChange={(e) => onValue(e.target.value)}
        {...rest}
      />
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={messageId} className="field-messages field-messages-error">
          {error}
        </div>
      )}
    </div>
  );
}
