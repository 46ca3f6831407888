/**
 * The message catalog, shared by the server (errors, mail) and the web app (pages).
 * Dutch is the source of truth; the English catalog must have every Dutch key (the type checker enforces it).
 *
 * @example translate('nl', 'errors.notFound')
 * @example translate('en', 'validation.tooShort', { min: 12 })
 */
import { enDocuments } from './catalog/en/documents.ts';
import { enErrors } from './catalog/en/errors.ts';
import { enFacilitation } from './catalog/en/facilitation.ts';
import { enGesprek } from './catalog/en/gesprek.ts';
import { enGesprekPages } from './catalog/en/gesprekPages.ts';
import { enMail } from './catalog/en/mail.ts';
import { enMeldpunt } from './catalog/en/meldpunt.ts';
import { enMeldpuntCases } from './catalog/en/meldpuntCases.ts';
import { enSpeaking } from './catalog/en/speaking.ts';
import { enSpiegel } from './catalog/en/spiegel.ts';
import { enSpiegelClosing } from './catalog/en/spiegelClosing.ts';
import { enSpiegelPlan } from './catalog/en/spiegelPlan.ts';
import { enUi } from './catalog/en/ui.ts';
import { nlDocuments } from './catalog/nl/documents.ts';
import { nlErrors } from './catalog/nl/errors.ts';
import { nlFacilitation } from './catalog/nl/facilitation.ts';
import { nlGesprek } from './catalog/nl/gesprek.ts';
import { nlGesprekPages } from './catalog/nl/gesprekPages.ts';
import { nlMail } from './catalog/nl/mail.ts';
import { nlMeldpunt } from './catalog/nl/meldpunt.ts';
import { nlMeldpuntCases } from './catalog/nl/meldpuntCases.ts';
import { nlSpeaking } from './catalog/nl/speaking.ts';
import { nlSpiegel } from './catalog/nl/spiegel.ts';
import { nlSpiegelClosing } from './catalog/nl/spiegelClosing.ts';
import { nlSpiegelPlan } from './catalog/nl/spiegelPlan.ts';
import { nlUi } from './catalog/nl/ui.ts';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

const nl = {
  ...nlErrors,
  ...nlMail,
  ...nlDocuments,
  ...nlUi,
  ...nlSpiegel,
  ...nlSpiegelPlan,
  ...nlSpiegelClosing,
  ...nlSpeaking,
  ...nlFacilitation,
  ...nlMeldpunt,
  ...nlMeldpuntCases,
  ...nlGesprek,
  ...nlGesprekPages,
};
export type MessageKey = keyof typeof nl;
export type Catalog = Record<MessageKey, string>;
const en: Catalog = {
  ...enErrors,
  ...enMail,
  ...enDocuments,
  ...enUi,
  ...enSpiegel,
  ...enSpiegelPlan,
  ...enSpiegelClosing,
  ...enSpeaking,
  ...enFacilitation,
  ...enMeldpunt,
  ...enMeldpuntCases,
  ...enGesprek,
  ...enGesprekPages,
};

export const catalogs: Record<Locale, Catalog> = { nl, en };

export type MessageParams = Record<string, string | number>;

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header; Dutch when nothing matches. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? defaultLocale;
}

/** Looks up a message and fills in `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key] ?? catalogs.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
