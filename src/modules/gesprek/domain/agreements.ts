/**
 * Agreements of a conversation (PRODUCT G2, G4): who does what and how, and the day on which teacher and
 * student look back on whether it worked. An agreement is due from its evaluation day until it is evaluated;
 * the teacher is reminded once, on that day.
 */
import { z } from 'zod';
import { daySchema } from '../../../platform/text/dateSchemas.ts';
import { typed } from '../../../platform/text/typed.ts';
import { outcomes, owners } from './shape.ts';

export { type Outcome, type Owner, outcomes, owners } from './shape.ts';

export const agreementInput = z
  .strictObject({
    what: typed(500, 1),
    owner: z.enum(owners),
    /** Who, when it is someone else (e.g. "de intern begeleider"). */
    ownerOther: typed(120),
    how: typed(1000),
    evaluateOn: daySchema,
  })
  .refine((a) => a.owner !== 'other' || a.ownerOther !== '', { path: ['ownerOther'] });
export type AgreementInput = z.infer<typeof agreementInput>;

export const evaluationInput = z.strictObject({
  outcome: z.enum(outcomes),
  note: typed(1000),
});

/** How many days ahead the home page shows an agreement coming up. */
export const COMING_UP_DAYS = 7;

interface Evaluable {
  evaluateOn: string;
  evaluatedAt: string | null;
}

/** Whether an agreement's evaluation day has come and it has not been evaluated (days as YYYY-MM-DD). */
export function isDue(agreement: Evaluable, today: string): boolean {
  return agreement.evaluatedAt === null && agreement.evaluateOn <= today;
}

/** Whether an unevaluated agreement is due, or will be within `days` of today. */
export function isComingUp(agreement: Evaluable, today: string, days = COMING_UP_DAYS): boolean {
  return agreement.evaluatedAt === null && agreement.evaluateOn <= addDays(today, days);
}

/** Whether the teacher is still to be reminded of an agreement: due, and not reminded before. */
export function reminderDue(agreement: Evaluable & { remindedAt: string | null }, today: string): boolean {
  return isDue(agreement, today) && agreement.remindedAt === null;
}

/** A calendar day plus `days`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
