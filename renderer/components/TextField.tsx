import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldMessages, hasError, type FieldMessage } from './FieldMessages';

/** Props of a labelled text input with its validation messages. */
export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id'
> {
  id: string;
  label: ReactNode;
  value: string;
  onValue(value: string): void;
  problems?: readonly FieldMessage[];
  hint?: ReactNode;
}

/** A labelled input; errors set aria-invalid and every message is tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onValue,
  problems = [],
  hint,
  className,
  ...rest
}: TextFieldProps) {
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, problems.length > 0 ? messageId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['form-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={hasError(problems) || undefined}
        aria-describedby={describedBy || undefined}
        className={problems.length > 0 ? `input has-${hasError(problems) ? 'error' : 'warning'}` : 'input'}
        spellCheck={false}
        autoComplete="off"
        {...rest}
      />
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      <FieldMessages id={messageId} problems={problems} />
    </div>
  );
}
