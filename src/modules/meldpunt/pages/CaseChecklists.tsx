/**
 * The checklists of a case (PRODUCT M4, M5): involving the internship company and SBB, the legal duty, and the
 * crisis approach for the board. Each ticked step keeps when and by whom, so the list doubles as a log. The server
 * only knows the steps someone touched; the steps themselves come from the domain. Hidden while the server does not
 * offer checklists yet (404).
 */
import { useEffect, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { Checkbox } from '../../../web/components/Field.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { type Checklist, checklists } from '../domain/handling.ts';
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
  const [crisisOpen, setCrisisOpen] = useState(false);
  // The start button makes way for the list: its first step takes the focus, so keyboard users land there.
  useEffect(() => {
    if (crisisOpen) document.getElementById('stap-crisis-crisisTeam')?.focus();
  }, [crisisOpen]);
  if (steps.error?.status === 404) return null;

  // The server records the time and who ticked it: read the steps again after each change.
  const list = (checklist: Checklist) =>
    steps.data ? (
      <StepList base={base} checklist={checklist} recorded={recorded} onSaved={steps.reload} />
    ) : steps.error ? (
      <LoadError message={steps.error.message} />
    ) : (
      <Loading />
    );
  const crisisStarted = recorded.some((s) => s.checklist === 'crisis');

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
      <section aria-labelledby="melding-crisis">
        <h2 id="melding-crisis">{t('meldpuntCases.checklist.crisis.title')}</h2>
        <p>{t('meldpuntCases.checklist.crisis.intro')}</p>
        {crisisOpen || crisisStarted ? (
          list('crisis')
        ) : (
          <Button variant="secondary" onClick={() => setCrisisOpen(true)}>
            {t('meldpuntCases.checklist.crisis.start')}
          </Button>
        )}
      </section>
    </>
  );
}

interface ListProps {
  base: string;
  checklist: Checklist;
  recorded: CaseStep[];
  onSaved: () => void;
}

function StepList({ base, checklist, recorded, onSaved }: ListProps) {
  return (
    <ol className="meldpunt-checklist">
      {checklists[checklist].map((step: StepName) => (
        <StepItem
          key={step}
          base={base}
          checklist={checklist}
          step={step}
          record={recorded.find((s) => s.checklist === checklist && s.step === step)}
          onSaved={onSaved}
        />
      ))}
    </ol>
  );
}

interface ItemProps {
  base: string;
  checklist: Checklist;
  step: StepName;
  record: CaseStep | undefined;
  onSaved: () => void;
}

/** One step: ticking it saves at once; the note is saved with its own button. */
function StepItem({ base, checklist, step, record, onSaved }: ItemProps) {
  const { t, locale } = useT();
  const toast = useToast();
  const [note, setNote] = useState(record?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const id = `stap-${checklist}-${step}`;
  const label = t(`meldpuntCases.step.${step}`);
  const done = record?.doneAt != null;
  // The tick shows at once; the server's answer (with time and name) follows when the steps are read again.
  const [ticked, setTicked] = useState<{ to: boolean; from: boolean } | null>(null);
  const shown = ticked && ticked.from === done ? ticked.to : done;

  async function save(nextDone: boolean, nextNote: string) {
    if (busy) return;
    if (nextNote.length > MAX_NOTE) {
      setError(t('validation.tooLong', { max: MAX_NOTE }));
      return;
    }
    setBusy(true);
    if (nextDone !== done) setTicked({ to: nextDone, from: done });
    try {
      const path = `${base}/steps/${checklist}/${step}`;
      await api<void>('PUT', path, { done: nextDone, note: nextNote.trim() });
      onSaved();
      setError(undefined);
      toast(t('meldpuntCases.checklist.saved', { step: label }));
    } catch (failure) {
      setTicked(null);
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  const doneText =
    record?.doneAt &&
    (record.doneBy
      ? t('meldpuntCases.checklist.doneBy', {
          at: formatDateTime(locale, record.doneAt),
          name: record.doneBy,
        })
      : t('meldpuntCases.checklist.doneAt', { at: formatDateTime(locale, record.doneAt) }));

  return (
    <li className="meldpunt-checklist__step">
      <Checkbox
        id={id}
        name={id}
        label={label}
        checked={shown}
        hint={doneText || undefined}
        error={error}
        onChange={(checked) => void save(checked, note)}
      />
      {/* The note folds away, so a long checklist stays easy to scan; a step with a note shows it open. */}
      <details className="meldpunt-checklist__note" open={Boolean(record?.note)}>
        <summary>
          {t(record?.note ? 'meldpuntCases.checklist.noteFilled' : 'meldpuntCases.checklist.noteToggle')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </summary>
        <TextArea
          id={`${id}-notitie`}
          label={t('meldpuntCases.checklist.note', { step: label })}
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={MAX_NOTE}
        />
        <Button
          variant="secondary"
          className="button--small"
          busy={busy}
          onClick={() => void save(shown, note)}
        >
          {t('meldpuntCases.checklist.saveNote')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </Button>
      </details>
    </li>
  );
}
