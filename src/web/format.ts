/** Formatting of dates and names for the current locale. */
import type { Locale } from '../platform/i18n/index.ts';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "12 mrt 2026, 14:30" — accepts an ISO string or epoch milliseconds. */
export function formatDateTime(locale: Locale, value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/**
 * "12 mrt 2026" for a calendar day (YYYY-MM-DD), e.g. a due date. Read as UTC, so the day never shifts with
 * the viewer's time zone.
 */
export function formatDay(locale: Locale, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "beheerder" → "Beheerder", for labels that start a line or a cell. */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale[locale]) + text.slice(1);
}
