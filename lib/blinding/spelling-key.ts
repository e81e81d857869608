import { foldText } from './text-fold';

/**
 * Another spelling of the same name: applicants from Ukraine, Russia, Bulgaria or Serbia often
 * write their name in Cyrillic beside the Latin form ("Олена Кравець" for "Olena Kravets"), and a
 * page may show either. `spellingKey` reduces a name word in either script to one key, in which the
 * usual romanisations of one letter coincide (kh and h, ts and c, y and i, g and h, doubled letters),
 * so the Cyrillic spelling of a known name is found without a list of names in Cyrillic.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
};

export const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

// One key per sound, whatever the romanisation: "Shevchuk"/"Шевчук", "Olha"/"Ольга", "Iryna"/"Ірина".
const SOUNDS: readonly [RegExp, string][] = [
  [/shch|sch/gu, 's'],
  [/tsch|tch|ch|cz/gu, '1'],
  [/kh/gu, 'h'],
  [/zh/gu, 'z'],
  [/sh|sz/gu, 's'],
  [/ck|c|q/gu, 'k'],
  [/ts|tz/gu, 'c'],
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/x/gu, 'ks'],
  [/w/gu, 'v'],
  [/[jy]/gu, 'i'],
  [/h/gu, 'g'],
  [/(.)\1+/gu, '$1'],
];

/** The spelling key of one name word, in Latin or Cyrillic script ("Кравець" and "Kravets" give one key). */
export function spellingKey(word: string): string {
  let latin = '';
  // foldText drops the breve and diaeresis: й, ї and ё become и, і and е.
  for (const letter of foldText(word)) latin += CYRILLIC[letter] ?? letter;
  for (const [pattern, sound] of SOUNDS) latin = latin.replace(pattern, sound);
  return latin;
}
