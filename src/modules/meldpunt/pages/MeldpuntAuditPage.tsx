/**
 * The reporting point's audit log (/meldpunt/:schoolId/logboek): who opened or changed which case when, and every
 * making and use of the recovery key. For the school's confidants and administrators; newest first.
 */
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { type Column, Table } from '../../../web/components/Table.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type Checklist, checklists, isStep } from '../domain/handling.ts';
import { type AuditEntry, meldpuntBase } from './MeldpuntTypes.ts';

const knownActions = [
  'opened',
  'replied',
  'updated',
  'converted',
  'recoveryKeyCreated',
  'recoveryKeyUsed',
  'granted',
  'stepsRead',
  'notesRead',
  'noteAdded',
  'restorativeRead',
  'restorativePlanned',
  'restorativeUpdated',
  'crisisStarted',
] as const;
type KnownAction = (typeof knownActions)[number];
type StepName = (typeof checklists)[Checklist][number];

function isKnown(action: string): action is KnownAction {
  return (knownActions as readonly string[]).includes(action);
}

/** A step change ("stepChanged" with detail "internship:talkCompany") → the step's name, when it is one. */
function stepOf(action: string, detail: string | null): StepName | null {
  if (action !== 'stepChanged' || !detail) return null;
  const [checklist, step] = detail.split(':');
  if (!checklist || !step || !(checklist in checklists)) return null;
  return isStep(checklist as Checklist, step) ? (step as StepName) : null;
}

export function MeldpuntAuditPage() {
  const { t, locale } = useT();
  const user = useUser();
  const { schoolId = '' } = useParams();
  const log = useApiData<AuditEntry[]>(`${meldpuntBase(schoolId)}/audit`);
  const mine = user.memberships.filter((m) => m.schoolId === schoolId);
  const schoolName = mine[0]?.schoolName;
  const isConfidant = mine.some((m) => m.role === 'confidant');
  const isAdmin = user.isOrgAdmin || mine.some((m) => m.role === 'admin');
  const school = encodeURIComponent(schoolId);

  const columns: Column<AuditEntry>[] = [
    {
      header: t('meldpuntCases.audit.when'),
      rowHeader: true,
      cell: (a) => formatDateTime(locale, a.at),
    },
    {
      header: t('meldpuntCases.audit.who'),
      cell: (a) => a.userName ?? t('meldpuntCases.audit.unknownPerson'),
    },
    {
      header: t('meldpuntCases.audit.what'),
      cell: (a) => {
        if (a.action === 'granted') return t('meldpuntCases.audit.action.granted', { who: a.detail ?? '' });
        if (isKnown(a.action)) return t(`meldpuntCases.audit.action.${a.action}`);
        const step = stepOf(a.action, a.detail);
        return step
          ? t('meldpuntCases.audit.action.step', { step: t(`meldpuntCases.step.${step}`) })
          : t('meldpuntCases.audit.action.other', { action: a.action });
      },
    },
    {
      header: t('meldpuntCases.audit.case'),
      cell: (a) => {
        if (!a.reportId) return t('meldpuntCases.audit.noCase');
        // A short, stable reference: enough to tell cases apart without naming anyone.
        const label = t('meldpuntCases.audit.caseRef', { ref: a.reportId.slice(0, 8) });
        return isConfidant ? (
          <Link to={`/meldpunt/${school}/${encodeURIComponent(a.reportId)}`}>{label}</Link>
        ) : (
          label
        );
      },
    },
  ];

  return (
    <>
      <PageTitle lead={schoolName}>{t('meldpuntCases.audit.title')}</PageTitle>
      <p>{t('meldpuntCases.audit.intro')}</p>
      <ul className="spiegel-links">
        {isConfidant && (
          <li>
            <Link to={`/meldpunt/${school}`}>{t('meldpuntCases.audit.toCases')}</Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to={`/beheer/scholen/${school}#meldpunt`}>{t('meldpuntCases.audit.toSettings')}</Link>
          </li>
        )}
      </ul>
      {log.loading && !log.data && <Loading />}
      {log.error && <LoadError message={log.error.message} />}
      {log.data &&
        (log.data.length === 0 ? (
          <p>{t('meldpuntCases.audit.empty')}</p>
        ) : (
          <Table
            caption={t('meldpuntCases.audit.caption')}
            captionHidden
            columns={columns}
            rows={log.data}
            rowKey={(a) => a.id}
          />
        ))}
    </>
  );
}
