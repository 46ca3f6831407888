/**
 * Learning from each other (PRODUCT F3, seed 003): what an observer notes about a colleague's session, what a
 * facilitator reflects on afterwards, and the scores of their sessions over time.
 */
import { z } from 'zod';
import { type ShownCount, SMALL_NUMBER, showCount } from '../../../platform/privacy/smallNumbers.ts';

const note = z.string().trim().max(2000);

/** The observer's short form: the handles the facilitators of seed 003 asked for, in the order of a session. */
export const observationAnswers = z.strictObject({
  /** How balanced the speaking time was, 1 (very unbalanced) to 5 (well balanced); null when not judged. */
  balance: z.number().int().min(1).max(5).nullable(),
  balanceNote: note,
  /** Moments the facilitator interrupted, and how. */
  interrupting: note,
  openQuestions: note,
  /** Impartial language: speaking about the school from outside it, not taking sides. */
  language: note,
  wentWell: note,
  tip: note,
});
export type ObservationAnswers = z.infer<typeof observationAnswers>;

/** The reflection a facilitator writes after a session, for themselves (and intervision cases they pick). */
export const reflectionAnswers = z.strictObject({
  wentWell: note,
  hard: note,
  interrupting: note,
  impartiality: note,
  nextTime: note,
});
export type ReflectionAnswers = z.infer<typeof reflectionAnswers>;

/** Whether anything was written: an empty form is not worth sending. */
export function hasContent(answers: Record<string, string | number | null>): boolean {
  return Object.values(answers).some((v) => (typeof v === 'string' ? v.trim().length > 0 : v !== null));
}

export interface SessionScores {
  answered: ShownCount;
  /** Averages on the 1–5 scale with one decimal, from five answers to the question on; null below that. */
  howItWent: number | null;
  facilitation: number | null;
}

/**
 * The evaluation scores of one session, for its facilitator's own overview. Like every count of people, fewer
 * than five answers show as "<5", and then no average either: it would tell what the few said.
 */
export function sessionScores(
  answers: readonly { howItWent?: number | undefined; facilitation?: number | undefined }[],
): SessionScores {
  // Five answers to that question, not five evaluations: one answer among six evaluations is one student's.
  const average = (values: number[]) =>
    values.length < SMALL_NUMBER
      ? null
      : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const of = (pick: (a: (typeof answers)[number]) => number | undefined) =>
    answers.map(pick).filter((v): v is number => typeof v === 'number');
  return {
    answered: showCount(answers.length),
    howItWent: average(of((a) => a.howItWent)),
    facilitation: average(of((a) => a.facilitation)),
  };
}
