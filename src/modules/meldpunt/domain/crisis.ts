/**
 * The board's crisis approach after a serious report (PRODUCT M5, seed 002): a checklist for the school board
 * (school leaders, administrators) whose ticks keep their time and who, so it doubles as the crisis log. It holds
 * nothing of the report: only confidants know which case, if any, it was started from. Pure.
 */

/** The steps in the order the method takes them. */
export const crisisSteps = [
  'crisisTeam',
  'oneMessage',
  'staffFirst',
  'mediaPolice',
  'parentsStudents',
  'aftercarePlan',
  'lessonsLearned',
] as const;
export type CrisisStep = (typeof crisisSteps)[number];

export function isCrisisStep(step: string): step is CrisisStep {
  return (crisisSteps as readonly string[]).includes(step);
}

/**
 * Where a crisis log stands: how many steps are done, and the first one in the method's order that is not (null
 * when all are).
 *
 * @example crisisProgress([{ step: 'crisisTeam', doneAt: '2026-11-02T10:00:00Z' }]) // { done: 1, total: 7, next: 'oneMessage' }
 */
export function crisisProgress(steps: readonly { step: string; doneAt: string | null }[]): {
  done: number;
  total: number;
  next: CrisisStep | null;
} {
  const done = new Set(steps.filter((s) => s.doneAt !== null).map((s) => s.step));
  return {
    done: crisisSteps.filter((step) => done.has(step)).length,
    total: crisisSteps.length,
    next: crisisSteps.find((step) => !done.has(step)) ?? null,
  };
}
