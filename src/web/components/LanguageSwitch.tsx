/** The language choice in the header: a labelled select, each language named in itself. */
import { isLocale, locales } from '../../platform/i18n/index.ts';
import { useT } from '../i18n.tsx';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useT();
  return (
    <div className="language-switch">
      <label htmlFor="taalkeuze">{t('layout.language')}</label>
      <select
        id="taalkeuze"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
