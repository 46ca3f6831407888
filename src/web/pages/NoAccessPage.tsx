import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';
import { useT } from '../i18n.tsx';

/** Shown instead of a page the user may not open. */
export function NoAccessPage({ message }: { message?: string }) {
  const { t } = useT();
  return (
    <>
      <PageTitle>{t('noAccess.title')}</PageTitle>
      <p>{message ?? t('noAccess.text')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}
