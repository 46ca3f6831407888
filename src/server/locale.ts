/** Which language to answer a request in: the language cookie, then the signed-in user's choice, then the browser's. */
import type { FastifyRequest } from 'fastify';
import { isLocale, type Locale, localeFromAcceptLanguage } from '../platform/i18n/index.ts';

export const LOCALE_COOKIE = 'kring_lang';

export function requestLocale(request: FastifyRequest): Locale {
  const fromCookie = request.cookies?.[LOCALE_COOKIE];
  if (isLocale(fromCookie)) return fromCookie;
  const fromUser = request.auth?.user?.locale;
  if (isLocale(fromUser)) return fromUser;
  return localeFromAcceptLanguage(request.headers['accept-language']);
}
