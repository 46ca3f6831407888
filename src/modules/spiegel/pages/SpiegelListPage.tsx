/** The mirror conversations of every school where the person plans, leads or follows them (/spiegel). */
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type SpiegelSchool, spiegelSchools } from './roles.ts';
import { useText } from './text.ts';
import { type SessionSummary, schoolBase, sessionPath } from './types.ts';

export function SpiegelListPage() {
  const { t } = useT();
  const user = useUser();
  const schools = spiegelSchools(user.memberships);
  return (
    <>
      <PageTitle lead={t('spiegel.list.lead')}>{t('spiegel.title')}</PageTitle>
      {schools.length === 0 && <p>{t('spiegel.list.noSchools')}</p>}
      <div className="sections">
        {schools.map((school) => (
          <SchoolSessions key={school.schoolId} school={school} showName={schools.length > 1} />
        ))}
      </div>
    </>
  );
}

function SchoolSessions({ school, showName }: { school: SpiegelSchool; showName: boolean }) {
  const { t, locale } = useT();
  const tx = useText();
  const navigate = useNavigate();
  const sessions = useApiData<SessionSummary[]>(`${schoolBase(school.schoolId)}/mirror-sessions`);
  const headingId = `spiegel-school-${school.schoolId}`;
  const base = `/spiegel/${encodeURIComponent(school.schoolId)}`;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{showName ? school.schoolName : t('spiegel.list.sessions')}</h2>
      {sessions.loading && !sessions.data && <Loading />}
      {sessions.error && <LoadError message={sessions.error.message} />}
      {sessions.data && sessions.data.length === 0 && <p>{t('spiegel.list.none')}</p>}
      {sessions.data && sessions.data.length > 0 && (
        <Table
          caption={t('spiegel.list.caption', { school: school.schoolName })}
          captionHidden
          rows={[...sessions.data].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))}
          rowKey={(s) => s.id}
          columns={[
            {
              header: t('spiegel.list.titleColumn'),
              rowHeader: true,
              cell: (s) => <Link to={sessionPath(school.schoolId, s.id)}>{s.title}</Link>,
            },
            { header: t('spiegel.list.date'), cell: (s) => formatDateTime(locale, s.scheduledAt) },
            { header: t('spiegel.list.template'), cell: (s) => tx(s.templateName) },
            { header: t('spiegel.list.team'), cell: (s) => s.teamName ?? t('common.none') },
            { header: t('spiegel.list.status'), cell: (s) => t(`spiegel.status.${s.status}`) },
            {
              header: t('spiegel.list.warnings'),
              cell: (s) => (s.warningCount === 0 ? t('common.none') : String(s.warningCount)),
            },
          ]}
        />
      )}
      <div className="actions">
        {school.canPlan && (
          <Button onClick={() => navigate(`${base}/nieuw`)}>
            {t('spiegel.list.plan')}
            {showName && <VisuallyHidden> {school.schoolName}</VisuallyHidden>}
          </Button>
        )}
        {school.canSeeTemplates && (
          <Link className="button button--secondary" to={`${base}/sjablonen`}>
            {t('spiegel.list.templates')}
            {showName && <VisuallyHidden> {school.schoolName}</VisuallyHidden>}
          </Link>
        )}
        {school.canSeeActions && (
          <Link className="button button--secondary" to={`${base}/acties`}>
            {t('spiegelPlan.overview.link')}
            {showName && <VisuallyHidden> {school.schoolName}</VisuallyHidden>}
          </Link>
        )}
      </div>
    </section>
  );
}
