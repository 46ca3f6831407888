/** The words of the closing evaluation: each question and each answer, for the phone's form and the summary. */
import type { Translate } from '../../../web/i18n.tsx';
import { type EvaluationQuestion, evaluationOptions } from '../domain/evaluation.ts';

const answerWords = new Set(['yes', 'mostly', 'no', 'maybe']);

export function questionLabel(t: Translate, question: EvaluationQuestion): string {
  return t(`spiegel.eval.q.${question}`);
}

/** "Ja" for yes; on a 1–5 scale the ends carry their word ("1 – slecht"), the middle only the number. */
export function answerLabel(t: Translate, value: string): string {
  if (answerWords.has(value)) return t(`spiegel.eval.answer.${value as 'yes' | 'mostly' | 'no' | 'maybe'}`);
  if (value === '1' || value === '5') return t(`spiegel.eval.scale.${value}`);
  return value;
}

/** The answers of a question in their fixed order, with their words. */
export function answerOptions(t: Translate, question: EvaluationQuestion) {
  return evaluationOptions[question].map((value) => ({ value, label: answerLabel(t, value) }));
}

/** Whether a question is answered on the 1–5 scale (sent as a number). */
export function isScale(question: EvaluationQuestion): boolean {
  return question === 'howItWent' || question === 'facilitation';
}
