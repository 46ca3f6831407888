/**
 * School administration (/beheer/scholen/:schoolId): settings, teams, people and invitations.
 * The teams are loaded here because people and invitations show team names too.
 */
import { useParams } from 'react-router';
import type { School, Team } from '../../../web/apiTypes.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { RosterSection } from '../../gesprek/pages/RosterSection.tsx';
import { MeldpuntSettingsSection } from '../../meldpunt/pages/MeldpuntSettingsSection.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { SchoolSettingsForm } from './SchoolSettingsForm.tsx';
import { TeamsSection } from './TeamsSection.tsx';

export function SchoolAdminPage() {
  const schoolId = useParams().schoolId ?? '';
  // A new school starts with fresh forms and data.
  return <SchoolAdmin key={schoolId} schoolId={schoolId} />;
}

function SchoolAdmin({ schoolId }: { schoolId: string }) {
  const { t } = useT();
  const base = `/api/schools/${encodeURIComponent(schoolId)}`;
  const school = useApiData<School>(base);
  const teams = useApiData<Team[]>(`${base}/teams`);

  const title = school.data
    ? t('schoolAdmin.title', { school: school.data.name })
    : t('schoolAdmin.titleLoading');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {school.loading && !school.data && <Loading />}
      {school.error && <LoadError message={school.error.message} />}
      {school.data && (
        <>
          <nav aria-label={t('schoolAdmin.onThisPage')} className="page-nav">
            <ul>
              <li>
                <a href="#instellingen">{t('schoolAdmin.settings')}</a>
              </li>
              <li>
                <a href="#teams">{t('schoolAdmin.teams')}</a>
              </li>
              <li>
                <a href="#mensen">{t('schoolAdmin.people')}</a>
              </li>
              <li>
                <a href="#uitnodigingen">{t('schoolAdmin.invitations')}</a>
              </li>
              <li>
                <a href="#leerlingen">{t('gesprekPages.roster.title')}</a>
              </li>
              <li>
                <a href="#meldpunt">{t('meldpuntCases.settings.title')}</a>
              </li>
            </ul>
          </nav>
          <div className="sections">
            <section aria-labelledby="instellingen">
              <h2 id="instellingen" tabIndex={-1}>
                {t('schoolAdmin.settings')}
              </h2>
              <SchoolSettingsForm school={school.data} onSaved={school.setData} />
            </section>
            <section aria-labelledby="teams">
              <h2 id="teams" tabIndex={-1}>
                {t('schoolAdmin.teams')}
              </h2>
              <TeamsSection base={base} teams={teams} />
            </section>
            <section aria-labelledby="mensen">
              <h2 id="mensen" tabIndex={-1}>
                {t('schoolAdmin.people')}
              </h2>
              <PeopleSection
                base={base}
                school={school.data}
                teams={teams.data ?? []}
                onChanged={teams.reload}
              />
            </section>
            <section aria-labelledby="uitnodigingen">
              <h2 id="uitnodigingen" tabIndex={-1}>
                {t('schoolAdmin.invitations')}
              </h2>
              <InvitationsSection base={base} teams={teams.data ?? []} />
            </section>
            <RosterSection schoolId={schoolId} />
            <MeldpuntSettingsSection schoolId={schoolId} schoolName={school.data.name} />
          </div>
        </>
      )}
    </>
  );
}
