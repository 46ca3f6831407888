/**
 * The checklists of a case (PRODUCT M4): involving the internship company and SBB, and the legal duty. Each ticked
 * step keeps when and by whom, so the list doubles as a log. The server only knows the steps someone touched; the
 * steps themselves come from the domain. Crisis steps once ticked on the case (before the board had its own log)
 * are shown read-only. Hidden while the server does not offer checklists (404).
 */
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { type Checklist, checklists } from '../domain/handling.ts';
import { ChecklistStep, useDoneText } from './ChecklistStep.tsx';
import type { CaseStep, CaseSummary } from './MeldpuntTypes.ts';

const MAX_NOTE = 2000;
type StepName = (typeof checklists)[Checklist][number];

interface Props {
  base: string;
  summary: CaseSummary;
}

export function CaseChecklists({ base, summary }: Props) {
  const { t } = useT();
  const steps = useApiData<CaseStep[]>(`${base}/steps`);
  const recorded = steps.data ?? [];
  if (steps.error?.status === 404) return null;

  // The server records the time and who ticked it: read the steps again after each change.
  const list = (checklist: 'internship' | 'legalDuty') =>
    steps.data ? (
      <ol className="meldpunt-checklist">
        {checklists[checklist].map((step: StepName) => (
          <ChecklistStep
            key={step}
            id={`stap-${checklist}-${step}`}
            label={t(`meldpuntCases.step.${step}`)}
            path={`${base}/steps/${checklist}/${step}`}
            record={recorded.find((s) => s.checklist === checklist && s.step === step)}
            maxNote={MAX_NOTE}
            onSaved={steps.reload}
          />
        ))}
      </ol>
    ) : steps.error ? (
      <LoadError message={steps.error.message} />
    ) : (
      <Loading />
    );

  return (
    <>
      {summary.location === 'internship' && (
        <section aria-labelledby="melding-stage">
          <h2 id="melding-stage">{t('meldpuntCases.checklist.internship.title')}</h2>
          <p>{t('meldpuntCases.checklist.internship.intro')}</p>
          {list('internship')}
        </section>
      )}
      {summary.legalDuty && (
        <section aria-labelledby="melding-plicht">
          <h2 id="melding-plicht">{t('meldpuntCases.checklist.legalDuty.title')}</h2>
          <Notice tone="warning">
            <p>{t('meldpuntCases.checklist.legalDuty.intro')}</p>
            <p>{t('meldpuntCases.checklist.legalDuty.notInternship')}</p>
          </Notice>
          {list('legalDuty')}
        </section>
      )}
      <EarlierCrisisSteps recorded={recorded.filter((s) => s.checklist === 'crisis')} />
    </>
  );
}

/** Crisis steps kept on the case from before the board's own log: for confidants, not changed any more. */
function EarlierCrisisSteps({ recorded }: { recorded: CaseStep[] }) {
  const { t } = useT();
  const doneText = useDoneText();
  if (recorded.length === 0) return null;
  return (
    <section aria-labelledby="melding-crisis-eerder">
      <h2 id="melding-crisis-eerder">{t('meldpuntCases.crisisEarlier.title')}</h2>
      <p>{t('meldpuntCases.crisisEarlier.intro')}</p>
      <ul className="meldpunt-checklist">
        {checklists.crisis.map((step) => {
          const record = recorded.find((s) => s.step === step);
          return (
            <li key={step} className="meldpunt-checklist__step">
              <strong>{t(`meldpuntCases.step.${step}`)}</strong>:{' '}
              {doneText(record) ?? t('meldpuntCases.field.notYet')}
              {record?.note && <p className="meldpunt-text">{record.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
