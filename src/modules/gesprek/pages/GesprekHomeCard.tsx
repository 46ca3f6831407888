/**
 * "Gesprekken met leerlingen" on the home page: for teachers and anyone a conversation was shared with. It shows
 * the agreements due for a look back first (PRODUCT G4), so none is forgotten. Nobody else sees the card.
 */
import { Link } from 'react-router';
import { LoadError } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { AgreementsDue } from './AgreementsDue.tsx';
import type { MyConversations } from './types.ts';

export function GesprekHomeCard() {
  const { t } = useT();
  const mine = useApiData<MyConversations>('/api/my/conversations');
  const data = mine.data;
  if (
    !mine.error &&
    (!data || (data.schools.length === 0 && data.held.length === 0 && data.shared.length === 0))
  )
    return null;
  const due = data?.agreements ?? [];
  return (
    <section className="card" aria-labelledby="home-gesprek">
      <h2 id="home-gesprek">{t('gesprekPages.home.title')}</h2>
      {mine.error && <LoadError message={mine.error.message} />}
      {due.length > 0 ? (
        <>
          <p>{t('gesprekPages.home.due', { count: due.length })}</p>
          <AgreementsDue agreements={due.slice(0, 5)} />
        </>
      ) : (
        <p>{t('gesprekPages.home.text')}</p>
      )}
      <Link to="/gesprekken">{t('gesprekPages.home.link')}</Link>
    </section>
  );
}
