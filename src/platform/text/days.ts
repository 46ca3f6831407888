/**
 * Calendar days as Kring stores them, YYYY-MM-DD. Kring serves Dutch schools, so "today" is the day in the
 * Netherlands. No zod here: pages import this too.
 *
 * @example dayIn(SCHOOL_TIME_ZONE, new Date('2026-12-03T23:30:00Z')) // → '2026-12-04'
 */
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
