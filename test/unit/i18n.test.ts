import { describe, expect, it } from 'vitest';
import {
  catalogs,
  localeFromAcceptLanguage,
  type MessageKey,
  translate,
} from '../../src/platform/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  it('has a non-empty Dutch and English text for every key', () => {
    const keys = Object.keys(catalogs.nl) as MessageKey[];
    expect(keys.length).toBeGreaterThan(50);
    expect(Object.keys(catalogs.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(catalogs.nl[key].trim(), key).not.toBe('');
      expect(catalogs.en[key].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogs.nl) as MessageKey[]) {
      expect(placeholders(catalogs.en[key]), key).toEqual(placeholders(catalogs.nl[key]));
    }
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'validation.tooShort', { min: 10 })).toBe('Gebruik minstens 10 tekens.');
    expect(translate('en', 'validation.tooShort', { min: 10 })).toBe('Use at least 10 characters.');
    expect(translate('en', 'validation.tooShort')).toBe('Use at least {min} characters.');
  });

  it('picks the language from Accept-Language, Dutch when nothing fits', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,nl;q=0.8')).toBe('nl');
    expect(localeFromAcceptLanguage('fr-FR')).toBe('nl');
  });
});
