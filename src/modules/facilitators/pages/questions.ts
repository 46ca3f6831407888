/** The questions of the observer's form and of the facilitator's reflection, in the order they are asked. */
import type { ObservationAnswers, ReflectionAnswers } from './types.ts';

/** The observer's free-text answers, after the balance of speaking time. */
export const observationTexts = [
  'balanceNote',
  'interrupting',
  'openQuestions',
  'language',
  'wentWell',
  'tip',
] as const satisfies readonly (keyof ObservationAnswers)[];

export const balanceValues = [1, 2, 3, 4, 5] as const;

export const reflectionTexts = [
  'wentWell',
  'hard',
  'interrupting',
  'impartiality',
  'nextTime',
] as const satisfies readonly (keyof ReflectionAnswers)[];

/** Each answer may hold this many characters (the server's limit). */
export const ANSWER_MAX = 2000;

export const emptyObservation: ObservationAnswers = {
  balance: null,
  balanceNote: '',
  interrupting: '',
  openQuestions: '',
  language: '',
  wentWell: '',
  tip: '',
};

export const emptyReflection: ReflectionAnswers = {
  wentWell: '',
  hard: '',
  interrupting: '',
  impartiality: '',
  nextTime: '',
};
