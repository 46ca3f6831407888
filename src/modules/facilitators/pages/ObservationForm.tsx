/**
 * The observer's short form (PRODUCT F3): the balance of speaking time from 1 to 5 with a note, then how the
 * facilitator interrupted, asked open questions and stayed impartial in their words, what went well and one tip.
 * A draft can be saved as often as needed; sending hands it to the session's facilitators and closes it.
 */
import { useRef } from 'react';
import { ApiError, api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { type BoundField, useForm } from '../../../web/useForm.ts';
import { CheckedTextArea } from './CheckedTextArea.tsx';
import { ANSWER_MAX, balanceValues, emptyObservation, observationTexts } from './questions.ts';
import type { Observation, ObservationAnswers } from './types.ts';

type Values = Record<keyof ObservationAnswers, string>;

interface Props {
  /** …/mirror-sessions/:sessionId/observation */
  path: string;
  observation: Observation | null;
  onSaved: (observation: Observation) => void;
  /** The observation was sent meanwhile (another tab): load it again. */
  onAlreadySent: () => void;
}

function valuesOf(answers: ObservationAnswers): Values {
  return { ...answers, balance: answers.balance === null ? '' : String(answers.balance) };
}

function answersOf(v: Values): ObservationAnswers {
  return { ...v, balance: v.balance === '' ? null : (Number(v.balance) as ObservationAnswers['balance']) };
}

export function ObservationForm({ path, observation, onSaved, onAlreadySent }: Props) {
  const { t } = useT();
  const toast = useToast();
  // Which button sent the form; Enter in a field counts as the first one, the draft.
  const send = useRef(false);
  const labels = Object.fromEntries(
    observationTexts.map((name) => [name, t(`facilitation.observation.${name}`)]),
  ) as Record<(typeof observationTexts)[number], string>;
  const form = useForm<Values>({
    id: 'observation',
    initial: valuesOf(observation?.answers ?? emptyObservation),
    labels: { ...labels, balance: t('facilitation.observation.balance') },
    submit: async (v) => {
      const sending = send.current;
      try {
        const saved = await api<Observation>('PUT', path, { answers: answersOf(v), send: sending });
        toast(sending ? t('facilitation.observation.sent') : t('facilitation.observation.saved'));
        onSaved(saved);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'errors.observationSent')) throw error;
        toast(t('facilitation.observation.alreadySent'));
        onAlreadySent();
      }
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <BalanceChoice field={form.field('balance')} />
      {observationTexts.map((name) => (
        <CheckedTextArea
          key={name}
          {...form.field(name)}
          hint={t(`facilitation.observation.${name}.hint`)}
          maxLength={ANSWER_MAX}
        />
      ))}
      <p className="hint">{t('facilitation.observation.sendHint')}</p>
      <ButtonRow>
        <Button type="submit" variant="secondary" busy={form.busy} onClick={() => (send.current = false)}>
          {t('facilitation.observation.saveDraft')}
        </Button>
        <Button type="submit" busy={form.busy} onClick={() => (send.current = true)}>
          {t('facilitation.observation.send')}
        </Button>
      </ButtonRow>
    </form>
  );
}

/** The balance as a radio group from 1 (one side had the floor) to 5 (in balance), or no judgement. */
function BalanceChoice({ field }: { field: BoundField }) {
  const { t } = useT();
  const options = [...balanceValues.map((n) => String(n)), ''];
  return (
    <fieldset className={`fieldset${field.error ? ' field--error' : ''}`}>
      <legend className="field__label">{field.label}</legend>
      <p className="field__hint">{t('facilitation.observation.balance.hint')}</p>
      {field.error && (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {field.error}
        </p>
      )}
      <div className="facilitation-scale">
        {options.map((value, index) => {
          // The first radio carries the field's own id, so the error summary can link to the group.
          const id = index === 0 ? field.id : `${field.id}-${value || 'none'}`;
          return (
            <div key={value || 'none'} className="checkbox__row">
              <input
                type="radio"
                id={id}
                name={field.id}
                value={value}
                checked={field.value === value}
                onChange={() => field.onChange(value)}
              />
              <label htmlFor={id}>
                {value === ''
                  ? t('facilitation.observation.balance.none')
                  : t('facilitation.observation.balanceValue', {
                      value,
                      label: t(
                        `facilitation.observation.balance.${value as `${(typeof balanceValues)[number]}`}`,
                      ),
                    })}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
