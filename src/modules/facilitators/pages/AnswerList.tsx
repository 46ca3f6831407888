/** An observation's or a reflection's answers to read: each question with what was written, empty ones left out. */
import { useT } from '../../../web/i18n.tsx';
import { type balanceValues, observationTexts, reflectionTexts } from './questions.ts';
import type { ObservationAnswers, ReflectionAnswers } from './types.ts';

export function ObservationAnswersView({ answers }: { answers: ObservationAnswers }) {
  const { t } = useT();
  const texts = observationTexts.filter((name) => answers[name].trim() !== '');
  if (answers.balance === null && texts.length === 0) return <p>{t('facilitation.answers.empty')}</p>;
  return (
    <dl className="facilitation-answers">
      {answers.balance !== null && (
        <>
          <dt>{t('facilitation.observation.balance')}</dt>
          <dd>
            {t('facilitation.observation.balanceValue', {
              value: answers.balance,
              label: t(
                `facilitation.observation.balance.${answers.balance as (typeof balanceValues)[number]}`,
              ),
            })}
          </dd>
        </>
      )}
      {texts.map((name) => (
        <Answer key={name} question={t(`facilitation.observation.${name}`)} text={answers[name]} />
      ))}
    </dl>
  );
}

export function ReflectionAnswersView({ answers }: { answers: ReflectionAnswers }) {
  const { t } = useT();
  const texts = reflectionTexts.filter((name) => answers[name].trim() !== '');
  if (texts.length === 0) return <p>{t('facilitation.answers.empty')}</p>;
  return (
    <dl className="facilitation-answers">
      {texts.map((name) => (
        <Answer key={name} question={t(`facilitation.reflection.${name}`)} text={answers[name]} />
      ))}
    </dl>
  );
}

function Answer({ question, text }: { question: string; text: string }) {
  return (
    <>
      <dt>{question}</dt>
      <dd>{text}</dd>
    </>
  );
}
