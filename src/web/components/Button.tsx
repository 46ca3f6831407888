/**
 * A button in one of three looks. While busy it ignores clicks and says so, without losing focus
 * (a disabled button would drop the keyboard focus).
 */
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useT } from '../i18n.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: ButtonVariant;
  busy?: boolean;
  type?: 'button' | 'submit';
  children: ReactNode;
}

export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: Props) {
  const { t } = useT();
  const classes = ['button', `button--${variant}`, busy ? 'button--busy' : '', className ?? ''].filter(
    Boolean,
  );

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      {...rest}
      type={type}
      className={classes.join(' ')}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {children}
      {busy && (
        <span className="button__busy">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">{t('common.busy')}</span>
        </span>
      )}
    </button>
  );
}

/** A row of buttons at the end of a form or dialog. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="button-row">{children}</div>;
}
