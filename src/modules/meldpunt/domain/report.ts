/**
 * A report to the school's confidential reporting point (PRODUCT M1): what a student tells, in the form's steps.
 * The answers to the multiple-choice steps stay readable (the monitor counts them, and the legal duty is read
 * from them); everything the student writes in their own words, and their contact details, is encrypted.
 */
import { z } from 'zod';
import { typed } from '../../../platform/text/typed.ts';
import { categories, involvedKinds, locations, minorAnswers, needs, periods } from './reportShape.ts';

export {
  type CaseStatus,
  type Category,
  caseStatuses,
  categories,
  type Involved,
  involvedKinds,
  legalDutyApplies,
  locations,
  needs,
  periods,
} from './reportShape.ts';

const distinct = <T extends string>(values: readonly T[]) => new Set(values).size === values.length;
const id = z.string().regex(/^[0-9a-f-]{36}$/);

/** Free text as a person typed it: trimmed, bounded, and well-formed (so it comes back exactly as sent). */
export { typed };

/** What the student writes in their own words: sealed so that only the confidants and the student can read it. */
export const reportContent = z.strictObject({
  story: typed(10_000, 1),
  when: typed(500),
  who: typed(2000),
  /** Null: anonymous. */
  contact: z
    .strictObject({
      name: typed(160, 1),
      email: typed(254),
      phone: typed(40),
    })
    .nullable(),
});
export type ReportContent = z.infer<typeof reportContent>;

export const reportInput = z.strictObject({
  category: z.enum(categories),
  location: z.enum(locations),
  period: z.enum(periods),
  involved: z.array(z.enum(involvedKinds)).min(1).max(involvedKinds.length).refine(distinct),
  needs: z.array(z.enum(needs)).min(1).max(needs.length).refine(distinct),
  /** Whether the person it happened to is under 18: the legal duty concerns minors. */
  minor: z.enum(minorAnswers),
  /** The confidant the student would like to talk to, or null for whoever is available. */
  confidantId: id.nullable(),
  content: reportContent,
});
export type ReportInput = z.infer<typeof reportInput>;
