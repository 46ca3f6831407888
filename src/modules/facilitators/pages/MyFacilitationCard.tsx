/** The home page's card for facilitators: the way to their own sessions, observations and intervision. */
import { Link } from 'react-router';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { facilitatorSchools } from './roles.ts';

export function MyFacilitationCard() {
  const { t } = useT();
  if (facilitatorSchools(useUser().memberships).length === 0) return null;
  return (
    <section className="card" aria-labelledby="home-begeleiden">
      <h2 id="home-begeleiden">{t('facilitation.mine.title')}</h2>
      <p>{t('facilitation.home.text')}</p>
      <Link to="/begeleiden">{t('facilitation.home.link')}</Link>
    </section>
  );
}
