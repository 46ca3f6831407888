/** The home page's card for confidants: the way to the cases of each school where they are a confidant. */
import { Link } from 'react-router';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { confidantSchools } from './MeldpuntRoles.ts';
import { WeakPasswordNotice } from './WeakPasswordNotice.tsx';

export function MeldpuntHomeCard() {
  const { t } = useT();
  const schools = confidantSchools(useUser().memberships);
  if (schools.length === 0) return null;
  return (
    <section className="card" aria-labelledby="home-meldpunt">
      <h2 id="home-meldpunt">{t('meldpuntCases.home.title')}</h2>
      <p>{t('meldpuntCases.home.text')}</p>
      <WeakPasswordNotice />
      <ul className="plain-list">
        {schools.map((school) => (
          <li key={school.schoolId}>
            <Link to={`/meldpunt/${encodeURIComponent(school.schoolId)}`}>
              {t('meldpuntCases.home.link')}
              {schools.length > 1 ? (
                ` (${school.schoolName})`
              ) : (
                <VisuallyHidden> ({school.schoolName})</VisuallyHidden>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
