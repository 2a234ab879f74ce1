import type { ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  busy?: boolean;
};

/** A real button; while busy it stays focusable, announces the wait and ignores clicks. */
export function Button({ variant = 'primary', busy = false, children, className, disabled, type = 'button', ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type={type}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
      {busy ? <span className="visually-hidden"> {t('common.pleaseWait')}</span> : null}
    </button>
  );
}
