/** Plurals of the person words of templates ("leerling" → "leerlingen"), for the pages and the report. */
import type { Locale } from '../../../platform/i18n/index.ts';

/** Dutch plural of a person word: leerling → leerlingen, deelnemer → deelnemers, leraar → leraren. */
function pluralNl(word: string): string {
  if (/(er|el|em|en|je|ie)$/i.test(word)) return `${word}s`;
  if (/[aiouy]$/i.test(word)) return `${word}'s`;
  if (/e$/i.test(word)) return `${word}n`;
  const long = /(aa|ee|oo|uu)([^aeiou])$/i.exec(word);
  if (long?.[1] && long[2]) return `${word.slice(0, -3)}${long[1][0]}${long[2]}en`;
  return `${word}en`;
}

function pluralEn(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

export function plural(word: string, locale: Locale): string {
  const trimmed = word.trim();
  if (trimmed === '') return trimmed;
  return locale === 'nl' ? pluralNl(trimmed) : pluralEn(trimmed);
}
