/** Dates on the report and progress pages, which get a calendar day or a moment depending on the field. */
import type { Locale } from '../../../platform/i18n/index.ts';
import { formatDateTime, formatDay } from '../../../web/format.ts';

/** "3 dec 2026" for a day (YYYY-MM-DD), "3 dec 2026, 13:30" for a moment. */
export function formatWhen(locale: Locale, value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(locale, value) : formatDateTime(locale, value);
}

/** Only the day of a moment (an ISO timestamp), in the viewer's time zone: "3 dec 2026". */
export function formatDateOnly(locale: Locale, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(date);
}
