/**
 * Calendar days and local times as Kring stores them: a day as YYYY-MM-DD, a planned moment as the school's local
 * YYYY-MM-DDTHH:mm. Kring serves Dutch schools, so "today" is the day in the Netherlands.
 *
 * @example dayIn(SCHOOL_TIME_ZONE, new Date('2026-12-03T23:30:00Z')) // → '2026-12-04'
 */
import { z } from 'zod';

/** A due day ends at midnight where the school is. */
export const SCHOOL_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day of `now` in a time zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A real calendar day, YYYY-MM-DD (no 31 February). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

/** A real local date and time, e.g. 2026-12-03T13:30. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });
