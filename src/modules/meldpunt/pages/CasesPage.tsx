/**
 * The confidant's case list (/meldpunt/:schoolId): only the registration of each case, never the student's words,
 * most urgent first, filtered by status. The filter lives in the address (?status=), so the back button keeps it.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { type Column, Table } from '../../../web/components/Table.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { CaseBadges, DueText } from './CaseBadges.tsx';
import { CaseColleagues } from './CaseColleagues.tsx';
import { CaseIntroForm } from './CaseIntroForm.tsx';
import {
  byUrgency,
  type CaseList,
  type CaseSummary,
  type MeldpuntSettings,
  meldpuntBase,
} from './MeldpuntTypes.ts';
import { WeakPasswordNotice } from './WeakPasswordNotice.tsx';

const filters = ['open', 'closed', 'all'] as const;
type Filter = (typeof filters)[number];

function isFilter(value: string | null): value is Filter {
  return (filters as readonly (string | null)[]).includes(value);
}

function matches(filter: Filter, c: CaseSummary): boolean {
  if (filter === 'all') return true;
  return filter === 'closed' ? c.status === 'closed' : c.status !== 'closed';
}

export function CasesPage() {
  const { t } = useT();
  const user = useUser();
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const filter: Filter = isFilter(asked) ? asked : 'open';
  const list = useApiData<CaseList>(`${meldpuntBase(schoolId)}/reports`);
  const settings = useApiData<MeldpuntSettings>(`${meldpuntBase(schoolId)}/settings`);
  const myIntro = settings.data?.confidants.find((c) => c.userId === user.id)?.intro;
  const schoolName = user.memberships.find((m) => m.schoolId === schoolId)?.schoolName;
  const shown = (list.data?.cases ?? []).filter((c) => matches(filter, c)).sort(byUrgency);

  return (
    <>
      <PageTitle lead={schoolName}>{t('meldpuntCases.list.title')}</PageTitle>
      <p>{t('meldpuntCases.list.intro')}</p>
      <p>
        <Link to={`/meldpunt/${encodeURIComponent(schoolId)}/logboek`}>{t('meldpuntCases.audit.link')}</Link>
      </p>
      {list.error && <LoadError message={list.error.message} />}
      {list.loading && !list.data && <Loading />}
      <WeakPasswordNotice />
      {list.data && !list.data.unlocked && !user.passwordTooShort && (
        <Notice tone="warning">
          <p>
            <strong>{t('meldpuntCases.locked.title')}</strong>
          </p>
          <p>{t('meldpuntCases.locked.text')}</p>
        </Notice>
      )}
      {list.data && (
        <CaseColleagues
          base={meldpuntBase(schoolId)}
          colleagues={list.data.colleaguesWithoutAccess}
          onGranted={list.reload}
        />
      )}
      {list.data && (
        <section aria-labelledby="meldingen-lijst">
          <h2 id="meldingen-lijst">{t('meldpuntCases.list.listTitle')}</h2>
          <fieldset className="fieldset meldpunt-filter">
            <legend className="field__label">{t('meldpuntCases.list.filter')}</legend>
            {filters.map((value) => (
              <div key={value} className="checkbox__row">
                <input
                  type="radio"
                  id={`meldingen-filter-${value}`}
                  name="meldingen-filter"
                  checked={filter === value}
                  onChange={() => setParams(value === 'open' ? {} : { status: value }, { replace: true })}
                />
                <label htmlFor={`meldingen-filter-${value}`}>{t(`meldpuntCases.list.filter.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {/* Says how many the filter found, so a screen reader hears that the list changed. */}
          <p role="status">{t('meldpuntCases.list.found', { count: shown.length })}</p>
          {shown.length > 0 && <CaseTable schoolId={schoolId} cases={shown} />}
        </section>
      )}
      {myIntro !== undefined && <CaseIntroForm base={meldpuntBase(schoolId)} intro={myIntro} />}
    </>
  );
}

function CaseTable({ schoolId, cases }: { schoolId: string; cases: CaseSummary[] }) {
  const { t, locale } = useT();
  const columns: Column<CaseSummary>[] = [
    {
      header: t('meldpuntCases.list.col.case'),
      rowHeader: true,
      cell: (c) => {
        const label = t(c.kind === 'signal' ? 'meldpuntCases.list.signalOf' : 'meldpuntCases.list.reportOf', {
          at: formatDateTime(locale, c.createdAt),
        });
        return c.canOpen ? (
          <Link to={`/meldpunt/${encodeURIComponent(schoolId)}/${encodeURIComponent(c.id)}`}>{label}</Link>
        ) : (
          <>
            {label}
            <span className="meldpunt-muted"> {t('meldpuntCases.list.noAccess')}</span>
          </>
        );
      },
    },
    { header: t('meldpuntCases.field.status'), cell: (c) => t(`meldpunt.enum.status.${c.status}`) },
    { header: t('meldpuntCases.field.category'), cell: (c) => t(`meldpunt.enum.category.${c.category}`) },
    { header: t('meldpuntCases.field.location'), cell: (c) => t(`meldpunt.enum.location.${c.location}`) },
    { header: t('meldpuntCases.list.col.due'), cell: (c) => <DueText summary={c} /> },
    {
      header: t('meldpuntCases.list.col.notes'),
      cell: (c) => <CaseBadges summary={c} />,
    },
    {
      header: t('meldpuntCases.field.assignedTo'),
      cell: (c) =>
        c.assignedTo?.name ?? (
          <>
            <span aria-hidden="true">–</span>
            <VisuallyHidden>{t('meldpuntCases.field.nobody')}</VisuallyHidden>
          </>
        ),
    },
  ];
  return (
    <Table
      caption={t('meldpuntCases.list.caption')}
      captionHidden
      columns={columns}
      rows={cases}
      rowKey={(c) => c.id}
    />
  );
}
