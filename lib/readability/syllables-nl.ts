/**
 * Syllables of a Dutch word, from its spelling. A run of vowel letters is split into spelling
 * units (aa, ie, ij, oei, eau, ...), longest first, and each unit is one syllable: "ma-te-ri-aal"
 * has the runs a, e, iaa = i + aa, so four. A diaeresis or grave accent starts a new unit
 * ("ge-ïn-te-res-seerd", "car-ri-è-re"). Hyphenation patterns (the `hyphen` package) were judged
 * and not used: they never split off a single letter at either end ("over", "idee"), weigh
 * 230 kB and are far slower; docs/readability.md gives the figures.
 */

const UNITS_3 = new Set(['aai', 'ooi', 'oei', 'eau']);
/** "ieu" and "eeu" are one unit only before w (nieuw, leeuw); "se-ri-eus" splits. */
const UNITS_3_BEFORE_W = new Set(['ieu', 'eeu']);
const UNITS_2 = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ij', 'ei', 'ou', 'au', 'ai', 'ay', 'ey', 'oy']);

/** Accented vowels that join units as their plain letter ("één", "café"). */
const PLAIN: Readonly<Record<string, string>> = {
  à: 'a',
  á: 'a',
  â: 'a',
  é: 'e',
  ê: 'e',
  í: 'i',
  î: 'i',
  ó: 'o',
  ô: 'o',
  ú: 'u',
  û: 'u',
  ý: 'y',
};
/** Marks that say "new syllable here". */
const SPLITTING = new Set(['ä', 'ë', 'ï', 'ö', 'ü', 'è', 'ì', 'ò', 'ù']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', ...Object.keys(PLAIN), ...SPLITTING]);

/**
 * English loans common in Dutch vacancies whose spelling the Dutch rules misread ("team" is one
 * syllable, not te-am). Each found in a word takes off what the rules over-count.
 */
const LOANS: readonly (readonly [string, number])[] = [
  ['team', 1],
  ['lead', 1],
  ['deal', 1],
  ['board', 1],
  ['coach', 1],
  ['online', 2],
  ['deadline', 2],
  ['website', 2],
  ['service', 2],
  ['software', 2],
  ['office', 2],
  ['database', 3],
  ['homepage', 2],
  ['research', 2],
  ['clean', 1],
  ['game', 1],
  ['care', 1],
  ['style', 1],
];

function isVowel(word: string, i: number): boolean {
  const ch = word[i] as string;
  if (ch === 'y') {
    // A y before a vowel is a consonant (yoga, royaal); otherwise a vowel (baby, systeem).
    const next = word[i + 1];
    return !(next !== undefined && VOWELS.has(next));
  }
  // The u of qu is not a vowel (frequentie, equipe).
  if (ch === 'u' && word[i - 1] === 'q') return false;
  return VOWELS.has(ch);
}

function plain(word: string, i: number): string {
  const ch = word[i] ?? '';
  return PLAIN[ch] ?? ch;
}

function splitsWithin(word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPLITTING.has(word[k] as string)) return true;
  return false;
}

/** Units counted by the spelling rules alone; `word` is lower case. */
function countUnits(word: string): number {
  let count = 0;
  let i = 0;
  while (i < word.length) {
    if (!isVowel(word, i)) {
      i++;
      continue;
    }
    count++;
    if (SPLITTING.has(word[i] as string)) {
      i++;
      continue;
    }
    const two = plain(word, i) + plain(word, i + 1);
    const three = two + plain(word, i + 2);
    if ((UNITS_3.has(three) || (UNITS_3_BEFORE_W.has(three) && word[i + 3] === 'w')) && !splitsWithin(word, i + 1, i + 3)) i += 3;
    else if (UNITS_2.has(two) && !splitsWithin(word, i + 1, i + 2)) i += 2;
    else i++;
  }
  return count;
}

const LOAN_CORRECTIONS = LOANS.map(([loan, syllables]) => [loan, countUnits(loan) - syllables] as const).filter(([, extra]) => extra > 0);

/** Syllables in one Dutch word (at least 1 for a word with letters; 0 for one without). */
export function dutchSyllables(word: string): number {
  const lower = word.toLowerCase();
  let count = countUnits(lower);
  if (count === 0) return /\p{L}/u.test(lower) ? 1 : 0;
  for (const [loan, extra] of LOAN_CORRECTIONS) if (lower.includes(loan)) count -= extra;
  return Math.max(count, 1);
}
