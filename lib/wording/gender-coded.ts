import type { Locale } from '../i18n/locale';
import type { GenderBalance, GenderCodedWord, GenderVerdict } from './types';
import type { Token } from './tokenize';
import type { LanguageFacts } from './language-facts';
import { EN_STEMS, NL_STEMS, type CodedStems } from './gender-coded-stems';

/* Gender-coded words, counted for a soft balance signal only; stems and sources: gender-coded-stems.ts. */
const STEMS: Record<Locale, CodedStems> = { nl: NL_STEMS, en: EN_STEMS };

function computeCoding(norm: string, stems: CodedStems): 'masculine' | 'feminine' | null {
  if (norm.length < 3 || stems.excluded.has(norm)) return null;
  for (const stem of stems.masculine) if (norm.startsWith(stem)) return 'masculine';
  for (const stem of stems.feminine) if (norm.startsWith(stem)) return 'feminine';
  return null;
}

/** The coding of one normalised word in a language (remembered per word by word-facts.ts). */
export function genderCoding(norm: string, lang: Locale): 'masculine' | 'feminine' | null {
  return computeCoding(norm, STEMS[lang]);
}

/** The coded words at token indexes `at` (word-pass.ts found them), whose facts in `lang` tell the coding. */
export function genderCodedWords(
  text: string,
  tokens: readonly Token[],
  at: readonly number[],
  facts: readonly LanguageFacts[],
  lang: Locale,
  base = 0,
): GenderCodedWord[] {
  const words: GenderCodedWord[] = [];
  for (const i of at) {
    const token = tokens[i] as Token;
    const coding = (facts[i] as LanguageFacts).gender;
    if (coding) words.push({ start: token.start, end: token.end, text: text.slice(token.start - base, token.end - base), coding, lang });
  }
  return words;
}

const NOTES = {
  nl: 'Geen fout, maar een stijlsignaal: sommige woorden klinken eerder mannelijk of vrouwelijk. Het effect op wie solliciteert is klein. Bron: Gaucher, Friesen & Kay (2011); de Nederlandse woordenlijst is van ons en niet getoetst.',
  en: 'Not an error but a style signal: some words sound more masculine or feminine. The effect on who applies is small. Source: Gaucher, Friesen & Kay (2011); the Dutch word list is ours and not validated.',
};

/** Gender Decoder's scale: distinct coded words, feminine minus masculine. */
export function genderBalance(words: readonly GenderCodedWord[], locale: Locale): GenderBalance {
  const masculine = new Set<string>();
  const feminine = new Set<string>();
  for (const word of words) (word.coding === 'masculine' ? masculine : feminine).add(word.text.toLowerCase());
  const score = feminine.size - masculine.size;
  let verdict: GenderVerdict;
  if (masculine.size + feminine.size === 0) verdict = 'empty';
  else if (score === 0) verdict = 'neutral';
  else if (score > 3) verdict = 'strongly-feminine';
  else if (score > 0) verdict = 'feminine';
  else if (score < -3) verdict = 'strongly-masculine';
  else verdict = 'masculine';
  return { masculine: masculine.size, feminine: feminine.size, verdict, words: [...words], note: NOTES[locale] };
}
