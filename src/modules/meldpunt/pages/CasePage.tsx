/**
 * One case for a confidant (/meldpunt/:schoolId/:reportId): the registration, the student's own words, the
 * conversation, and the handling. Opening it is written to the audit log by the server, so the page says so, and
 * it loads the case once: a reply or a status change updates what is on screen without opening it again.
 */
import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { CaseBadges, DueText } from './CaseBadges.tsx';
import { CaseChecklists } from './CaseChecklists.tsx';
import { CaseConversation } from './CaseConversation.tsx';
import { CaseCrisis } from './CaseCrisis.tsx';
import { CaseHandling } from './CaseHandling.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { CaseRestorative } from './CaseRestorative.tsx';
import { type CaseDetail, type CaseSummary, caseBase } from './MeldpuntTypes.ts';

export function CasePage() {
  const { schoolId = '', reportId = '' } = useParams();
  // Another case starts with fresh forms and data.
  return <CaseView key={reportId} schoolId={schoolId} reportId={reportId} />;
}

function CaseView({ schoolId, reportId }: { schoolId: string; reportId: string }) {
  const { t, locale } = useT();
  const base = caseBase(schoolId, reportId);
  const detail = useApiData<CaseDetail>(base);
  const data = detail.data;
  const title = data
    ? t(data.kind === 'signal' ? 'meldpuntCases.list.signalOf' : 'meldpuntCases.list.reportOf', {
        at: formatDateTime(locale, data.createdAt),
      })
    : t('meldpuntCases.case.titleLoading');

  function updated(summary: CaseSummary) {
    if (data) detail.setData({ ...data, ...summary });
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`/meldpunt/${encodeURIComponent(schoolId)}`}>{t('meldpuntCases.case.back')}</Link>
      </p>
      <p className="meldpunt-audit-note">{t('meldpuntCases.case.audited')}</p>
      {detail.loading && !data && <Loading />}
      {detail.error && <LoadError message={detail.error.message} />}
      {data && (
        <div className="sections">
          <section aria-labelledby="melding-registratie">
            <h2 id="melding-registratie">{t('meldpuntCases.case.registration')}</h2>
            <CaseBadges summary={data} />
            <Registration summary={data} />
          </section>
          <section aria-labelledby="melding-woorden">
            <h2 id="melding-woorden">
              {t(data.kind === 'signal' ? 'meldpuntCases.case.signalWords' : 'meldpuntCases.case.words')}
            </h2>
            <StudentWords detail={data} />
          </section>
          <section aria-labelledby="melding-behandeling">
            <h2 id="melding-behandeling">{t('meldpuntCases.handling.title')}</h2>
            <CaseHandling schoolId={schoolId} summary={data} onUpdated={updated} />
          </section>
          <section aria-labelledby="melding-gesprek">
            <h2 id="melding-gesprek">{t('meldpuntCases.conversation.title')}</h2>
            <CaseConversation
              base={base}
              isSignal={data.kind === 'signal'}
              messages={data.messages}
              onSent={(message) => detail.setData({ ...data, messages: [...data.messages, message] })}
            />
          </section>
          {/* Each of these hides itself while the server does not offer it yet. */}
          <CaseChecklists base={base} summary={data} />
          <CaseCrisis schoolId={schoolId} base={base} />
          <CaseNotes base={base} />
          <CaseRestorative base={base} />
        </div>
      )}
    </>
  );
}

/** A definition list of label–value pairs, skipping empty values. */
function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="meldpunt-facts">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Registration({ summary: s }: { summary: CaseSummary }) {
  const { t, locale } = useT();
  const when = (at: string | null) => (at ? formatDateTime(locale, at) : t('meldpuntCases.field.notYet'));
  return (
    <Facts
      rows={[
        [t('meldpuntCases.field.status'), t(`meldpunt.enum.status.${s.status}`)],
        [t('meldpuntCases.list.col.due'), <DueText key="due" summary={s} />],
        [t('meldpuntCases.field.category'), t(`meldpunt.enum.category.${s.category}`)],
        [t('meldpuntCases.field.location'), t(`meldpunt.enum.location.${s.location}`)],
        [t('meldpuntCases.field.period'), t(`meldpunt.enum.period.${s.period}`)],
        [
          t('meldpuntCases.field.involved'),
          s.involved.map((i) => t(`meldpunt.enum.involved.${i}`)).join(', '),
        ],
        [t('meldpuntCases.field.needs'), s.needs.map((n) => t(`meldpunt.enum.need.${n}`)).join(', ')],
        [t('meldpuntCases.field.minor'), t(`meldpunt.enum.minor.${s.minor}`)],
        [t('meldpuntCases.field.wanted'), s.wantedConfidant?.name ?? t('meldpuntCases.field.anyone')],
        [t('meldpuntCases.field.assignedTo'), s.assignedTo?.name ?? t('meldpuntCases.field.nobody')],
        [
          t('meldpuntCases.field.severity'),
          s.severity ? t(`meldpuntCases.severity.${s.severity}`) : t('meldpuntCases.severity.none'),
        ],
        [t('meldpuntCases.field.ref'), s.id.slice(0, 8)],
        [t('meldpuntCases.field.createdAt'), formatDateTime(locale, s.createdAt)],
        [t('meldpuntCases.field.acknowledgedAt'), when(s.acknowledgedAt)],
        ...(s.closedAt
          ? [[t('meldpuntCases.field.closedAt'), formatDateTime(locale, s.closedAt)] as [string, string]]
          : []),
      ]}
    />
  );
}

/** What the student wrote, as plain text (never as markup), and how to reach them, if they said. */
function StudentWords({ detail }: { detail: CaseDetail }) {
  const { t } = useT();
  const { story, when, who, contact } = detail.content;
  const empty = t('meldpuntCases.field.empty');
  // Own words keep their line breaks; React renders them as text, never as markup.
  const words = (key: string, value: string): ReactNode =>
    value.trim() ? (
      <p key={key} className="meldpunt-text">
        {value}
      </p>
    ) : (
      empty
    );
  const rows: [string, ReactNode][] = [[t('meldpuntCases.content.story'), words('story', story)]];
  if (detail.kind !== 'signal')
    rows.push(
      [t('meldpuntCases.content.when'), words('when', when)],
      [t('meldpuntCases.content.who'), words('who', who)],
    );
  return (
    <>
      <Facts rows={rows} />
      {detail.kind !== 'signal' &&
        (contact ? (
          <Facts
            rows={[
              [t('meldpuntCases.content.name'), contact.name],
              [t('meldpuntCases.content.email'), contact.email || empty],
              [t('meldpuntCases.content.phone'), contact.phone || empty],
            ]}
          />
        ) : (
          // A signal turned into a case has no contact details either, but is not anonymous: a colleague sent it.
          detail.anonymous && (
            <Notice>
              <p>{t('meldpuntCases.content.anonymous')}</p>
            </Notice>
          )
        ))}
    </>
  );
}
