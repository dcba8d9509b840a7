import type { SelectHTMLAttributes } from 'react';

/** One choice of a SelectField: the value it stands for and the text shown. */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

/** Props of a labelled drop-down. */
export interface SelectFieldProps<T extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id' | 'className'
> {
  id: string;
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onValue(value: NoInfer<T>): void;
  /** The wrapper's class: a form field unless told otherwise. */
  className?: string;
}

/** A labelled drop-down that only ever reports one of its own options' values. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onValue,
  className = 'form-field',
  ...rest
}: SelectFieldProps<T>) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value);
          if (picked) onValue(picked.value);
        }}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
