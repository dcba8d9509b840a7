import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './Icon';

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

/** A compact square button showing an icon; `label` is its accessible name and (unless `title`) tooltip. */
export function IconButton({
  label,
  icon,
  className,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & { label: string; icon: IconName }) {
  return (
    <Button
      variant="ghost"
      aria-label={label}
      title={label}
      className={['btn-icon', className].join(' ')}
      {...rest}
    >
      <Icon name={icon} />
    </Button>
  );
}
