/** Small building blocks for the states a page can be in: loading, failed, or a notice. */
import type { ReactNode } from 'react';
import { useT } from '../i18n.tsx';

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('common.loading')}
    </p>
  );
}

/** A message from the server when loading failed, shown where the content would be. */
export function LoadError({ message }: { message: string }) {
  return <p className="notice notice--error">{message}</p>;
}

/** A calm box for information or a success that should stay on screen. */
export function Notice({
  children,
  tone = 'info',
}: {
  children: ReactNode;
  tone?: 'info' | 'success' | 'warning';
}) {
  return <div className={`notice notice--${tone}`}>{children}</div>;
}
