/**
 * Syllables of an English word, from its spelling: runs of vowels, minus silent endings (make,
 * makes, worked, lovely), plus vowel pairs that are spoken apart (tri-al, go-ing, qui-et, i-de-a).
 * Checked against the CMU Pronouncing Dictionary in the unit tests; docs/readability.md gives
 * the agreement.
 */

const VOWEL = /[aeiouy]/;

/** Vowel pairs spoken as two syllables. */
const APART: readonly RegExp[] = [
  /[^cgstx]ia/g, // trial, media (not special, social, Asian)
  /[^gq]ua/g, // actual, usual (not language, quality)
  /[dr]eo|geo|neo|theo/g, // video, stereo
  /[^aeiouy]iu/g, // medium
  /[^cgstx]io(?!ns?$|us)/g, // radio, period (not action, million)
  /[aeiou]ing/g, // going, being
  /[^aeiouy]ying/g, // trying, flying
  /[^ct]ie(?:nt|nce|t)/g, // client, quiet (not patient)
  /[^cgtx]ious|[^gc]eous/g, // serious, spontaneous
  /[^aeiou]eas?$/g, // idea, areas
  /reali|eat(?:e|ed|es|ion|ive|or)$/g, // realise, create
  /[aeiou]ire|[^aeiou]ire[ds]?$/g, // fire, tired
  /ie(?:r|st)$/g, // easier, happiest
  /[^q]uel/g, // fuel, cruel
  /[^aeiouyl]led$/g, // settled (not called)
];

/** Silent letters inside words. */
const SILENT: readonly RegExp[] = [
  /some(?=[^aeiou])/g, // something, awesome
  /[^aeiouy]e(?:ly|ment|ful|fully|less|ness)$/g, // lovely, statement
  /[aeiou]yed$/g, // played, enjoyed
];

function countGroups(word: string): number {
  let count = 0;
  let previousVowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    let vowel = VOWEL.test(ch);
    // y starting a word or between vowels is a consonant (yes, player, beyond).
    if (ch === 'y' && (i === 0 || (previousVowel && VOWEL.test(word[i + 1] ?? '')))) vowel = false;
    if (vowel && !previousVowel) count++;
    previousVowel = vowel;
  }
  return count;
}

function matches(word: string, patterns: readonly RegExp[]): number {
  let n = 0;
  for (const pattern of patterns) n += word.match(pattern)?.length ?? 0;
  return n;
}

/** Syllables in one English word (at least 1 for a word with letters; 0 for one without). */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length === 0) return /\p{L}/u.test(word) ? 1 : 0;
  let count = countGroups(lower);
  // Silent final e (make, store), but not in -le, -ee, -ie, -ue, -ye, -oe.
  if (/[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower) && count > 1) count--;
  else if (/[^aeiouy]es$/.test(lower) && !/(?:s|x|z|ch|sh|c|g|[^aeiouy]l)es$/.test(lower) && count > 1) count--;
  else if (/[^aeiouy]ed$/.test(lower) && !/[td]ed$/.test(lower) && count > 1) count--;
  count += matches(lower, APART) - matches(lower, SILENT);
  return Math.max(count, 1);
}
