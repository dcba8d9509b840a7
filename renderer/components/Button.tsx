import type { ButtonHTMLAttributes } from 'react';

/** Visual weight of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** A button with the app's styles; `type="button"` unless told otherwise, so it never submits by accident. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  const classes = ['btn', `btn-${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}

/** A compact square button showing a glyph; `label` is its accessible name and tooltip. */
export function IconButton({
  label,
  glyph,
  className,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & { label: string; glyph: string }) {
  return (
    <Button
      variant="ghost"
      aria-label={label}
      title={label}
      className={['btn-icon', className].join(' ')}
      {...rest}
    >
      <span aria-hidden="true">{glyph}</span>
    </Button>
  );
}
