/**
 * Handling a case (PRODUCT M4, M6): the checklists that apply, the deadlines and when to remind, and when a closed
 * case is purged. Pure: the clock and the school's settings come from the caller.
 */
import { crisisSteps } from './crisis.ts';
import type { CaseStatus } from './report.ts';

export const checklists = {
  /** Internship cases: the student, the company, SBB's adviser and SBB's complaint route (seed 002). */
  internship: ['talkStudent', 'talkCompany', 'informSbbAdviser', 'sbbComplaintRoute'],
  /** The legal duty: the board at once, the confidential inspector, the police on a reasonable suspicion. */
  legalDuty: ['informBoard', 'boardConsultsInspector', 'policeReport', 'informInvolved'],
  /**
   * Crisis steps ticked on a case before the board got a crisis log of its own (crisis.ts): still shown to
   * confidants, no longer changed. They were written for confidants only, so they are not moved to the board.
   */
  crisis: crisisSteps,
} as const;
export type Checklist = keyof typeof checklists;
/** The checklists a confidant works through on a case. */
export const caseChecklists = ['internship', 'legalDuty'] as const satisfies readonly Checklist[];

export function isStep(checklist: Checklist, step: string): boolean {
  return (checklists[checklist] as readonly string[]).includes(step);
}

/**
 * A step's tick after a change: it keeps the time (and who) it was first ticked; unticking clears both. Shared by
 * the case checklists and the board's crisis log.
 */
export function nextTick(
  earlier: { done_at: string | null; done_by: string | null } | null,
  done: boolean,
  userId: string,
  now: Date,
): { done_at: string | null; done_by: string | null } {
  if (!done) return { done_at: null, done_by: null };
  if (earlier?.done_at) return { done_at: earlier.done_at, done_by: earlier.done_by };
  return { done_at: now.toISOString(), done_by: userId };
}

const DAY = 86_400_000;

/** Adds calendar months, keeping the day where it exists (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString();
}

export interface Deadlines {
  /** Acknowledge within `ackDays` of the report; null once acknowledged. */
  ackDue: string | null;
  /** Give feedback within `feedbackMonths` of the acknowledgement; null before it and once closed. */
  feedbackDue: string | null;
  overdue: boolean;
}

export function deadlines(
  c: { status: CaseStatus; createdAt: string; acknowledgedAt: string | null },
  settings: { ackDays: number; feedbackMonths: number },
  now: Date,
): Deadlines {
  if (c.status === 'closed') return { ackDue: null, feedbackDue: null, overdue: false };
  const ackDue = c.acknowledgedAt
    ? null
    : new Date(Date.parse(c.createdAt) + settings.ackDays * DAY).toISOString();
  const feedbackDue = c.acknowledgedAt ? addMonths(c.acknowledgedAt, settings.feedbackMonths) : null;
  const due = ackDue ?? feedbackDue;
  return { ackDue, feedbackDue, overdue: due !== null && Date.parse(due) < now.getTime() };
}

/** How long before a deadline the confidant gets a reminder. */
export const REMIND_BEFORE = { ack: 2 * DAY, feedback: 14 * DAY };

/** Which reminder is due now, if any: each is sent once. */
export function reminderDue(
  d: Deadlines,
  sent: { ack: string | null; feedback: string | null },
  now: Date,
): 'ack' | 'feedback' | null {
  if (d.ackDue && !sent.ack && Date.parse(d.ackDue) - REMIND_BEFORE.ack <= now.getTime()) return 'ack';
  if (d.feedbackDue && !sent.feedback && Date.parse(d.feedbackDue) - REMIND_BEFORE.feedback <= now.getTime())
    return 'feedback';
  return null;
}

/** How a case ended, chosen when it is closed; it stays in the anonymous registration after the purge. */
export const outcomes = ['resolved', 'referred', 'recordedOnly', 'withdrawn'] as const;
export type Outcome = (typeof outcomes)[number];

/** Whether a closed case has passed its retention period and is to be purged. */
export function purgeDue(closedAt: string | null, retentionDays: number, now: Date): boolean {
  return closedAt !== null && Date.parse(closedAt) + retentionDays * DAY <= now.getTime();
}
