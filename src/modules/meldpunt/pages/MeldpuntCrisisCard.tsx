/** The home page's card for the school board (leaders, administrators): the way to each school's crisis log. */
import { Link } from 'react-router';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { boardSchools } from './MeldpuntRoles.ts';

export function MeldpuntCrisisCard() {
  const { t } = useT();
  const schools = boardSchools(useUser().memberships);
  if (schools.length === 0) return null;
  return (
    <section className="card" aria-labelledby="home-crisis">
      <h2 id="home-crisis">{t('meldpuntCrisis.home.title')}</h2>
      <p>{t('meldpuntCrisis.home.text')}</p>
      <ul className="plain-list">
        {schools.map((school) => (
          <li key={school.schoolId}>
            <Link to={`/meldpunt/${encodeURIComponent(school.schoolId)}/crisis`}>
              {t('meldpuntCrisis.home.link')}
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
