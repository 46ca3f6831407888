/**
 * A report to the school's confidential reporting point (PRODUCT M1): what a student tells, in the form's steps.
 * The answers to the multiple-choice steps stay readable (the monitor counts them, and the legal duty is read
 * from them); everything the student writes in their own words, and their contact details, is encrypted.
 */
import { z } from 'zod';

export const categories = ['sexual', 'bullying', 'discrimination', 'other'] as const;
export const locations = ['school', 'internship', 'streetNightlife', 'online'] as const;
export const involvedKinds = ['student', 'staff', 'internshipStaff', 'other'] as const;
export const needs = ['conversation', 'advice', 'officialReport', 'recordOnly'] as const;
export const periods = ['today', 'thisWeek', 'thisMonth', 'earlier', 'ongoing'] as const;
export const caseStatuses = ['new', 'acknowledged', 'inProgress', 'referred', 'closed'] as const;

export type Category = (typeof categories)[number];
export type Involved = (typeof involvedKinds)[number];
export type CaseStatus = (typeof caseStatuses)[number];

const distinct = <T extends string>(values: readonly T[]) => new Set(values).size === values.length;
const id = z.string().regex(/^[0-9a-f-]{36}$/);

/** What the student writes in their own words: sealed so that only the confidants and the student can read it. */
export const reportContent = z.strictObject({
  story: z.string().trim().min(1).max(10_000),
  when: z.string().trim().max(500),
  who: z.string().trim().max(2000),
  /** Null: anonymous. */
  contact: z
    .strictObject({
      name: z.string().trim().min(1).max(160),
      email: z.string().trim().max(254),
      phone: z.string().trim().max(40),
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
  minor: z.enum(['yes', 'no', 'unknown']),
  /** The confidant the student would like to talk to, or null for whoever is available. */
  confidantId: id.nullable(),
  content: reportContent,
});
export type ReportInput = z.infer<typeof reportInput>;

/**
 * Whether the school must act by law (seed 002, PRODUCT M4): a possible sexual offence by a staff member of the
 * school against a minor student. The board must be told at once and must consult the confidential inspector.
 * Someone at the internship company is not staff of the school: then this duty does not apply.
 */
export function legalDutyApplies(report: Pick<ReportInput, 'category' | 'involved' | 'minor'>): boolean {
  return report.category === 'sexual' && report.involved.includes('staff') && report.minor !== 'no';
}
