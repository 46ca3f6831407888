/**
 * The report as a calm series of steps, one question each (PRODUCT M1): progress, Back and Next, the step's
 * heading takes focus when the step changes, and errors are named above the step. What the student writes stays
 * in this component's memory only; nothing is stored in the browser.
 */
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { api, asApiError, type FieldErrors } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useT } from '../../../web/i18n.tsx';
import { type PublicPoint, pointPath } from './publicTypes.ts';
import { ReportStep } from './ReportSteps.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import {
  checkStep,
  type Draft,
  emptyDraft,
  firstIncomplete,
  type Step,
  steps,
  toReportInput,
} from './reportDraft.ts';

interface Props {
  code: string;
  point: PublicPoint;
  /** Shown above the first step only. */
  intro: ReactNode;
  onSent: (receiptCode: string) => void;
}

export function ReportWizard({ code, point, intro, onSent }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Changing an answer from the summary: Next leads straight back to it.
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = steps[index] ?? 'summary';
  const last = steps.length - 1;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `index` is the trigger: a new step was shown.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  function goTo(target: Step, found: FieldErrors = {}) {
    moved.current = true;
    setErrors(found);
    setMessage(Object.keys(found).length > 0 ? t('form.checkFields') : null);
    setIndex(steps.indexOf(target));
  }

  function fail(text: string, found: FieldErrors = {}) {
    setErrors(found);
    setMessage(text);
    setAttempt((n) => n + 1);
  }

  function next() {
    const found = checkStep(step, draft, t);
    if (Object.keys(found).length > 0) return fail(t('form.checkFields'), found);
    goTo(reviewing ? 'summary' : (steps[index + 1] ?? 'summary'));
  }

  async function send() {
    const missing = firstIncomplete(draft, t);
    if (missing !== 'summary') return goTo(missing, checkStep(missing, draft, t));
    setBusy(true);
    try {
      const { receiptCode } = await api<{ receiptCode: string }>(
        'POST',
        `${pointPath(code)}/reports`,
        toReportInput(draft),
      );
      onSent(receiptCode);
    } catch (error) {
      fail(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (step === 'summary') void send();
    else next();
  }

  const progress = t('meldpunt.report.progress', { step: index + 1, total: steps.length });
  const items = Object.entries(errors).map(([name, text]) => ({ href: `#report-${name}`, text }));
  return (
    <>
      {index === 0 && intro}
      <form className="form meldpunt-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary message={message} items={items} focusKey={attempt} />
        {step === 'summary' ? (
          <ReportSummary
            draft={draft}
            point={point}
            progress={progress}
            headingRef={headingRef}
            onChange={(target) => {
              setReviewing(true);
              goTo(target);
            }}
          />
        ) : (
          <ReportStep
            step={step}
            draft={draft}
            update={(patch) => setDraft((current) => ({ ...current, ...patch }))}
            point={point}
            errors={errors}
            progress={progress}
            headingRef={headingRef}
          />
        )}
        <div className="meldpunt-nav">
          {index > 0 && (
            <Button variant="secondary" onClick={() => goTo(steps[index - 1] ?? 'category')}>
              {t('meldpunt.report.back')}
            </Button>
          )}
          <Button type="submit" busy={busy}>
            {index === last ? t('meldpunt.report.send') : t('meldpunt.report.next')}
          </Button>
        </div>
      </form>
    </>
  );
}
