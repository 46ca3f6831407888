/**
 * The language of the web app. The choice is remembered in localStorage and in the `kring_lang` cookie
 * (the server reads it to translate API errors) and, for a signed-in user, in their account.
 *
 * @example const { t, locale, setLocale } = useT(); t('login.title')
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  defaultLocale,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageParams,
  translate,
} from '../platform/i18n/index.ts';
import { api, readCookie, setRequestLocale } from './api.ts';
import { useSession } from './session.tsx';

const storageKey = 'kring.locale';
const cookieName = 'kring_lang';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked; the cookie still works.
  }
  const fromCookie = readCookie(cookieName);
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage can be blocked; the cookie still works.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser schools use.
  document.cookie = `${cookieName}=${locale}; path=/; SameSite=Lax; max-age=31536000`;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    setRequestLocale(first);
    return first;
  });
  const signedIn = session.state === 'active' || session.state === 'totp_setup_required';
  const accountLocale = session.user?.locale;

  const apply = useCallback((next: Locale) => {
    setRequestLocale(next);
    remember(next);
    setLocaleState(next);
  }, []);

  // The account's language wins when a session starts.
  useEffect(() => {
    if (isLocale(accountLocale)) apply(accountLocale);
  }, [accountLocale, apply]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      apply(next);
      if (signedIn) void api<void>('POST', '/api/account/locale', { locale: next }).catch(() => undefined);
    },
    [apply, signedIn],
  );

  const value = useMemo<LocaleContextValue>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useT must be used inside <LocaleProvider>');
  return value;
}
