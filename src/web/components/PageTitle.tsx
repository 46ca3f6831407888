/**
 * The page's one <h1>, which also sets the document title to "<page> – Kring". The heading can take
 * focus, so the layout can move focus to it after navigation.
 */
import { useEffect } from 'react';
import { useT } from '../i18n.tsx';

export function useDocumentTitle(page: string): void {
  const { t } = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [page, t]);
}

export function PageTitle({ children, lead }: { children: string; lead?: string }) {
  useDocumentTitle(children);
  return (
    <div className="page-title">
      <h1 tabIndex={-1}>{children}</h1>
      {lead && <p className="page-title__lead">{lead}</p>}
    </div>
  );
}
