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

/** The hour (0–23) of `now` in a time zone. */
export function hourIn(timeZone: string, now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now),
  );
}

/** The moment a local date and time (YYYY-MM-DDTHH:mm) in a time zone is, daylight saving included. */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(at));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - at;
  };
  // Twice: the offset at the first guess may differ from the offset at the answer around a clock change.
  return new Date(asUtc - offset(asUtc - offset(asUtc)));
}
