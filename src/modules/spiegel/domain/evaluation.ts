/**
 * The anonymous closing evaluation (S9). Each phone answers at most once; the answers are stored without
 * who gave them, and shown only as counts, each under five as "<5" (PRODUCT K4). The free texts appear only
 * from five answers on: with fewer, a text can give its writer away.
 */
import {
  type ShownCount,
  SMALL_NUMBER,
  showCount,
  showDistribution,
} from '../../../platform/privacy/smallNumbers.ts';

export const evaluationQuestions = [
  'howItWent',
  'feltSafe',
  'rulesKept',
  'facilitation',
  'joinAgain',
] as const;
export type EvaluationQuestion = (typeof evaluationQuestions)[number];

/** The answers each question allows, in the order they are shown. */
export const evaluationOptions: Record<EvaluationQuestion, readonly string[]> = {
  howItWent: ['1', '2', '3', '4', '5'],
  feltSafe: ['yes', 'mostly', 'no'],
  rulesKept: ['yes', 'mostly', 'no'],
  facilitation: ['1', '2', '3', '4', '5'],
  joinAgain: ['yes', 'maybe', 'no'],
};

export interface EvaluationAnswers {
  howItWent?: number | undefined;
  feltSafe?: 'yes' | 'mostly' | 'no' | undefined;
  rulesKept?: 'yes' | 'mostly' | 'no' | undefined;
  facilitation?: number | undefined;
  joinAgain?: 'yes' | 'maybe' | 'no' | undefined;
  improve?: string | undefined;
}

export interface EvaluationSummary {
  /** False while answers may still come in: the counts are withheld until the session is closed. */
  final: boolean;
  answered: ShownCount;
  questions: Record<EvaluationQuestion, Record<string, ShownCount>>;
  improvements: string[];
  aftercareRequests: ShownCount;
}

/**
 * Counts the answers per question. Every count is shown under the small-number rule; the free texts come
 * in an order of `shuffle`'s choosing (random in use), so their order says nothing about who wrote them.
 */
export function summariseEvaluations(
  all: readonly EvaluationAnswers[],
  aftercareRequests: number,
  shuffle: <T>(items: T[]) => T[] = (items) => items,
): EvaluationSummary {
  return { final: true, ...countAnswers(all, aftercareRequests, shuffle) };
}

/**
 * While a session runs, only how many answered: counts that change answer by answer would let someone watching
 * the screen see what the person who just put down their phone said.
 */
export function pendingEvaluations(answered: number): EvaluationSummary {
  const hidden = countAnswers([], 0);
  return { ...hidden, final: false, answered: showCount(answered) };
}

function countAnswers(
  all: readonly EvaluationAnswers[],
  aftercareRequests: number,
  shuffle: <T>(items: T[]) => T[] = (items) => items,
): Omit<EvaluationSummary, 'final'> {
  const questions = {} as EvaluationSummary['questions'];
  for (const question of evaluationQuestions) {
    const counts: Record<string, number> = {};
    for (const option of evaluationOptions[question]) counts[option] = 0;
    for (const answers of all) {
      const value = answers[question];
      if (value === undefined) continue;
      const key = String(value);
      if (key in counts) counts[key] = (counts[key] ?? 0) + 1;
    }
    // Under five answers in all, even the distribution of one question would tell what the few said.
    questions[question] =
      all.length < SMALL_NUMBER
        ? Object.fromEntries(Object.keys(counts).map((k) => [k, '<5' as const]))
        : showDistribution(counts);
  }
  const improvements =
    all.length < SMALL_NUMBER
      ? []
      : shuffle(all.map((a) => a.improve?.trim() ?? '').filter((text) => text.length > 0));
  return {
    answered: showCount(all.length),
    questions,
    improvements,
    aftercareRequests: showCount(aftercareRequests),
  };
}
