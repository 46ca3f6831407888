/**
 * The board's crisis logs of a school (/meldpunt/:schoolId/crisis, PRODUCT M5): for school leaders, administrators
 * and confidants. Leaders and administrators can start one here; a confidant starts one from the case. Nothing
 * here comes from a report.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { type Column, Table } from '../../../web/components/Table.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type CrisisSummary, crisesBase, crisisPage } from './MeldpuntTypes.ts';
import { StartCrisisForm } from './StartCrisisForm.tsx';

export function CrisisListPage() {
  const { t } = useT();
  const user = useUser();
  const toast = useToast();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const logs = useApiData<CrisisSummary[]>(crisesBase(schoolId));
  const mine = user.memberships.filter((m) => m.schoolId === schoolId);
  const isBoard = user.isOrgAdmin || mine.some((m) => m.role === 'leader' || m.role === 'admin');

  return (
    <>
      <PageTitle lead={mine[0]?.schoolName}>{t('meldpuntCrisis.list.title')}</PageTitle>
      <p>{t('meldpuntCrisis.list.intro')}</p>
      <Notice>
        <p>{t('meldpuntCrisis.noContent')}</p>
      </Notice>
      {logs.loading && !logs.data && <Loading />}
      {logs.error && <LoadError message={logs.error.message} />}
      {logs.data && (
        <section aria-labelledby="crisis-lijst">
          <h2 id="crisis-lijst">{t('meldpuntCrisis.list.listTitle')}</h2>
          {logs.data.length === 0 ? (
            <p>{t('meldpuntCrisis.list.empty')}</p>
          ) : (
            <CrisisTable schoolId={schoolId} logs={logs.data} />
          )}
        </section>
      )}
      <section aria-labelledby="crisis-starten">
        <h2 id="crisis-starten">{t('meldpuntCrisis.start.title')}</h2>
        {isBoard ? (
          <>
            <p>{t('meldpuntCrisis.start.intro')}</p>
            <StartCrisisForm
              path={crisesBase(schoolId)}
              onStarted={(id) => {
                toast(t('meldpuntCrisis.started'));
                navigate(crisisPage(schoolId, id));
              }}
            />
          </>
        ) : (
          <p>{t('meldpuntCrisis.start.fromCase')}</p>
        )}
      </section>
    </>
  );
}

/** The log's own name, or one made from its start. */
export function useCrisisName() {
  const { t, locale } = useT();
  return (log: { title: string; startedAt: string }) =>
    log.title || t('meldpuntCrisis.untitled', { at: formatDateTime(locale, log.startedAt) });
}

function CrisisTable({ schoolId, logs }: { schoolId: string; logs: CrisisSummary[] }) {
  const { t, locale } = useT();
  const name = useCrisisName();
  const columns: Column<CrisisSummary>[] = [
    {
      header: t('meldpuntCrisis.list.col.name'),
      rowHeader: true,
      cell: (log) => <Link to={crisisPage(schoolId, log.id)}>{name(log)}</Link>,
    },
    {
      header: t('meldpuntCrisis.list.col.started'),
      cell: (log) =>
        log.startedBy
          ? t('meldpuntCrisis.startedBy', { at: formatDateTime(locale, log.startedAt), name: log.startedBy })
          : formatDateTime(locale, log.startedAt),
    },
    {
      header: t('meldpuntCrisis.list.col.progress'),
      cell: (log) => t('meldpuntCrisis.progress', { done: log.done, total: log.total }),
    },
    {
      header: t('meldpuntCrisis.list.col.status'),
      cell: (log) =>
        log.closedAt
          ? t('meldpuntCrisis.closedOn', { at: formatDateTime(locale, log.closedAt) })
          : t('meldpuntCrisis.open'),
    },
  ];
  return (
    <Table
      caption={t('meldpuntCrisis.list.caption')}
      captionHidden
      columns={columns}
      rows={logs}
      rowKey={(log) => log.id}
    />
  );
}
