/**
 * The dashboard after signing in: your schools and roles, and the way into administration.
 * Modules add their own cards here.
 */
import { Link } from 'react-router';
import { MyFacilitationCard } from '../../modules/facilitators/pages/MyFacilitationCard.tsx';
import { GesprekHomeCard } from '../../modules/gesprek/pages/GesprekHomeCard.tsx';
import { MeldpuntCrisisCard } from '../../modules/meldpunt/pages/MeldpuntCrisisCard.tsx';
import { MeldpuntHomeCard } from '../../modules/meldpunt/pages/MeldpuntHomeCard.tsx';
import { MeldpuntSignalCard } from '../../modules/meldpunt/pages/MeldpuntSignalCard.tsx';
import { MyActionsCard } from '../../modules/spiegel/pages/MyActionsCard.tsx';
import { MyAftercareCard } from '../../modules/spiegel/pages/MyAftercareCard.tsx';
import { spiegelSchools } from '../../modules/spiegel/pages/roles.ts';
import type { Membership } from '../apiTypes.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { VisuallyHidden } from '../components/VisuallyHidden.tsx';
import { useT } from '../i18n.tsx';
import { useUser } from '../session.tsx';

interface SchoolRoles {
  schoolId: string;
  schoolName: string;
  roles: Membership['role'][];
}

function bySchool(memberships: readonly Membership[]): SchoolRoles[] {
  const schools = new Map<string, SchoolRoles>();
  for (const m of memberships) {
    const school = schools.get(m.schoolId) ?? { schoolId: m.schoolId, schoolName: m.schoolName, roles: [] };
    if (!school.roles.includes(m.role)) school.roles.push(m.role);
    schools.set(m.schoolId, school);
  }
  return [...schools.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
}

export function HomePage() {
  const { t } = useT();
  const user = useUser();
  const schools = bySchool(user.memberships);

  return (
    <>
      <PageTitle lead={user.organisation.name}>{t('home.title', { name: user.name })}</PageTitle>
      <div className="dashboard">
        {/* Each renders nothing when there is nothing to do. */}
        <MyActionsCard />
        <MyAftercareCard />
        <MeldpuntHomeCard />
        <GesprekHomeCard />
        <MeldpuntCrisisCard />
        <section className="card" aria-labelledby="home-schools">
          <h2 id="home-schools">{t('home.schools')}</h2>
          {schools.length === 0 && <p>{t('home.noSchools')}</p>}
          <ul className="plain-list">
            {schools.map((school) => (
              <li key={school.schoolId} className="school-item">
                <h3>{school.schoolName}</h3>
                <p>{t('home.roles', { roles: school.roles.map((role) => t(`role.${role}`)).join(', ') })}</p>
                {(user.isOrgAdmin || school.roles.includes('admin')) && (
                  <Link to={`/beheer/scholen/${school.schoolId}`}>
                    {t('home.manageSchool')}
                    <VisuallyHidden> {school.schoolName}</VisuallyHidden>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
        {spiegelSchools(user.memberships).length > 0 && (
          <section className="card" aria-labelledby="home-spiegel">
            <h2 id="home-spiegel">{t('spiegel.home.title')}</h2>
            <p>{t('spiegel.home.text')}</p>
            <Link to="/spiegel">{t('spiegel.home.link')}</Link>
          </section>
        )}
        <MyFacilitationCard />
        <MeldpuntSignalCard />
        {user.isOrgAdmin && (
          <section className="card" aria-labelledby="home-admin">
            <h2 id="home-admin">{t('home.admin')}</h2>
            <p>{t('home.adminText')}</p>
            <Link to="/beheer">{t('home.adminLink')}</Link>
          </section>
        )}
        <section className="card" aria-labelledby="home-account">
          <h2 id="home-account">{t('home.account')}</h2>
          <p>{user.totpEnabled ? t('home.totpOn') : t('home.totpOff')}</p>
          <Link to="/account">{t('home.accountLink')}</Link>
        </section>
      </div>
    </>
  );
}
