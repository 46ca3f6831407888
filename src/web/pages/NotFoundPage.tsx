import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';
import { useT } from '../i18n.tsx';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}
