import { describe, expect, test } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import nl from '../../../public/_locales/nl/messages.json';
import { formatMessage, resolveLocale, translate } from '../../../lib/i18n/translate';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('locale catalogues', () => {
  test('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test.each([
    ['nl', nl as Catalogue],
    ['en', en as Catalogue],
  ])('every %s message is non-empty, Chrome-valid, and its placeholders are declared', (_locale, catalogue) => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  test('placeholders are the same in both languages', () => {
    for (const [key, entry] of Object.entries(nl as Catalogue)) {
      expect(Object.keys((en as Catalogue)[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });
});

describe('translate', () => {
  test('fills named placeholders from positional substitutions', () => {
    expect(translate('nl', 'popup_known_site', 'Recruitee')).toBe('Bekende site: Recruitee');
    expect(translate('en', 'popup_known_site', 'Recruitee')).toBe('Known site: Recruitee');
  });

  test('a literal $$ stays a dollar sign and missing substitutions become empty', () => {
    expect(formatMessage({ message: 'Kost $$5 voor $1' }, [])).toBe('Kost $5 voor ');
  });

  test('an unknown key shows the key instead of throwing', () => {
    expect(translate('en', 'no_such_key')).toBe('no_such_key');
  });

  test.each([
    ['browser', 'nl-NL', 'nl'],
    ['browser', 'nl-BE', 'nl'],
    ['browser', 'en-GB', 'en'],
    ['browser', 'de', 'en'],
    ['nl', 'en-US', 'nl'],
    ['en', 'nl', 'en'],
  ] as const)('preference %s with browser %s speaks %s', (preference, browserLanguage, expected) => {
    expect(resolveLocale(preference, browserLanguage)).toBe(expected);
  });
});
