/**
 * The closing phase on a phone: a short anonymous evaluation (every question optional), a separate request for
 * aftercare, and "Op de hoogte blijven". After sending (or when the server says this phone already did), a
 * thank-you replaces the form, also after a reload.
 */
import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import { ApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Checkbox, Field } from '../../../web/components/Field.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { type EvaluationQuestion, evaluationQuestions } from '../domain/evaluation.ts';
import { hasEvaluated, markEvaluated } from './closingStorage.ts';
import { newIdempotencyKey, postOnce } from './commands.ts';
import { answerOptions, isScale, questionLabel } from './evaluationWords.ts';
import { TextArea } from './FormBits.tsx';
import { StayInformed } from './StayInformed.tsx';

interface Props {
  /** The participant's token from joining, as stored on this phone. */
  token: string;
  sessionId: string;
}

const textMax = 1000;

/** 'before': sent on an earlier visit (remembered on the phone); the others: just now. */
type Done = 'before' | 'sent' | 'sentWithAftercare' | 'aftercareNotSent';

/** What follows the thanks: where a request for aftercare went, or where to go with one. */
const afterThanks = {
  before: 'spiegel.eval.thanksLater',
  sent: 'spiegel.eval.thanksLater',
  sentWithAftercare: 'spiegel.eval.thanksAftercare',
  aftercareNotSent: 'spiegel.eval.aftercareNotSent',
} as const satisfies Record<Done, MessageKey>;

export function PhoneEvaluation({ token, sessionId }: Props) {
  const { t } = useT();
  const [done, setDone] = useState<Done | null>(() => (hasEvaluated(sessionId) ? 'before' : null));
  // One key for this evaluation: a retry after a lost answer is then recognised as the same evaluation.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const thanksRef = useRef<HTMLDivElement>(null);
  // The form (and its button) goes away: the thank-you takes the focus, so it is heard and nobody is lost.
  useEffect(() => {
    if (done && done !== 'before') thanksRef.current?.focus();
  }, [done]);

  const form = useForm({
    id: 'evaluatie',
    initial: {
      howItWent: '',
      feltSafe: '',
      rulesKept: '',
      facilitation: '',
      joinAgain: '',
      improve: '',
      aftercare: false,
      message: '',
      reach: '',
    },
    labels: {
      improve: t('spiegel.eval.improve'),
      aftercare: t('spiegel.aftercare.want'),
      message: t('spiegel.aftercare.message'),
      reach: t('spiegel.aftercare.reach'),
    },
    submit: async (v) => {
      const answers: Record<string, string | number> = {};
      for (const question of evaluationQuestions) {
        const value = v[question];
        if (value) answers[question] = isScale(question) ? Number(value) : value;
      }
      if (v.improve.trim()) answers.improve = v.improve.trim();
      const message = v.message.trim();
      const reach = v.reach.trim();
      const aftercare = v.aftercare ? { ...(message ? { message } : {}), ...(reach ? { reach } : {}) } : null;
      let next: Done = aftercare ? 'sentWithAftercare' : 'sent';
      try {
        await postOnce('/api/live/evaluation', { token, answers, aftercare, idempotencyKey });
      } catch (error) {
        // Already evaluated from this phone (another tab, or storage was cleared): thank them all the same, and
        // send a request for aftercare on its own, so it is not lost with the refused evaluation.
        if (!(error instanceof ApiError && error.code === 'errors.alreadyEvaluated')) throw error;
        if (aftercare) {
          try {
            await postOnce('/api/live/aftercare', {
              token,
              ...aftercare,
              idempotencyKey: newIdempotencyKey(),
            });
          } catch {
            next = 'aftercareNotSent';
          }
        } else next = 'sent';
      }
      markEvaluated(sessionId);
      setDone(next);
    },
  });

  return (
    <>
      <section aria-labelledby="phone-eval" className="spiegel-eval">
        <h3 id="phone-eval">{t('spiegel.eval.title')}</h3>
        {done ? (
          <div ref={thanksRef} tabIndex={-1} data-testid="evaluation-thanks">
            <Notice tone="success">
              <p>{t('spiegel.eval.thanks')}</p>
              <p>{t(afterThanks[done])}</p>
            </Notice>
          </div>
        ) : (
          <form className="form" onSubmit={form.onSubmit} noValidate>
            <p>{t('spiegel.eval.lead')}</p>
            <ErrorSummary {...form.summary} />
            {evaluationQuestions.map((question) => (
              <Choice
                key={question}
                question={question}
                value={String(form.values[question])}
                onChange={(value) => form.set(question, value)}
              />
            ))}
            <TextArea
              {...form.field('improve')}
              rows={3}
              maxLength={textMax}
              hint={t('spiegel.eval.improveHint')}
            />
            <fieldset className="fieldset spiegel-aftercare">
              <legend className="field__label">{t('spiegel.aftercare.legend')}</legend>
              <p className="hint">{t('spiegel.aftercare.apart')}</p>
              <Checkbox {...form.checkbox('aftercare')} hint={t('spiegel.aftercare.who')} />
              {form.values.aftercare && (
                <>
                  <TextArea {...form.field('message')} rows={3} maxLength={textMax} />
                  <Field
                    {...form.field('reach')}
                    hint={t('spiegel.aftercare.reachHint')}
                    autoComplete="off"
                  />
                </>
              )}
            </fieldset>
            <ButtonRow>
              <Button type="submit" busy={form.busy}>
                {t('spiegel.eval.submit')}
              </Button>
            </ButtonRow>
          </form>
        )}
      </section>
      <StayInformed token={token} sessionId={sessionId} />
    </>
  );
}

/** One question as radio buttons under its legend; on a scale they sit in a row with words at the ends. */
function Choice({
  question,
  value,
  onChange,
}: {
  question: EvaluationQuestion;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useT();
  const name = `evaluatie-${question}`;
  return (
    <fieldset className={`fieldset${isScale(question) ? ' spiegel-eval__scale' : ''}`}>
      <legend className="field__label">{questionLabel(t, question)}</legend>
      <div className="spiegel-eval__options">
        {answerOptions(t, question).map((option) => (
          <div key={option.value} className="checkbox__row spiegel-eval__option">
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
