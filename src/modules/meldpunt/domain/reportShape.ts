/**
 * The parts of a report's shape that code needs at run time, without its schema: the web app imports these and
 * so stays free of the validation library. `report.ts` builds the schema on them and re-exports them.
 */

export const categories = ['sexual', 'bullying', 'discrimination', 'other'] as const;
export const locations = ['school', 'internship', 'streetNightlife', 'online'] as const;
export const involvedKinds = ['student', 'staff', 'internshipStaff', 'other'] as const;
export const needs = ['conversation', 'advice', 'officialReport', 'recordOnly'] as const;
export const periods = ['today', 'thisWeek', 'thisMonth', 'earlier', 'ongoing'] as const;
export const minorAnswers = ['yes', 'no', 'unknown'] as const;
export const caseStatuses = ['new', 'acknowledged', 'inProgress', 'referred', 'closed'] as const;

export type Category = (typeof categories)[number];
export type Location = (typeof locations)[number];
export type Involved = (typeof involvedKinds)[number];
export type Need = (typeof needs)[number];
export type Period = (typeof periods)[number];
export type MinorAnswer = (typeof minorAnswers)[number];
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * Whether the school must act by law (seed 002, PRODUCT M4): a possible sexual offence by a staff member of the
 * school against a minor student. The board must be told at once and must consult the confidential inspector.
 * Someone at the internship company is not staff of the school: then this duty does not apply.
 */
export function legalDutyApplies(report: {
  category: Category;
  involved: readonly Involved[];
  minor: MinorAnswer;
}): boolean {
  return report.category === 'sexual' && report.involved.includes('staff') && report.minor !== 'no';
}
