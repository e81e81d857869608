import type { Locale } from '../i18n/locale';
import { candidatesOf, NO_CANDIDATES, type Candidates, type CompiledPack } from './compile';
import { CUES, type ContextCues } from './context-cues';
import { genderCoding } from './gender-coded';
import { functionWordKind, wordShape, type LanguageScore } from './language';
import { langIndex, STARTS_RULE, type LanguageFacts } from './language-facts';
import { parseNumber } from './numbers';
import type { Token } from './tokenize';
import type { PooledWord } from './word-pool';

/*
 * Everything the engine asks about one normalised word, worked out once per distinct word and
 * kept on the pooled word (word-pool.ts) every token of it shares: a paragraph then costs no
 * lookup per token at all instead of one per question (language, phrase index, gender coding,
 * context cues, numbers).
 */

/** Language-independent flags. */
export const DIGIT_START = 1;
export const NUMBER_WORD = 2;
export const YEARS_WORD = 4;
export const MODERATE_LEVEL = 8;
/** A lone "m", "v" or "f": a title may be marked for one sex, "(m)" (a pattern in the numeric pass). */
export const SEX_LETTER = 16;
/** A number an age can be written with: "45", "vijfentwintig", "forty-plus", "twintigers" (numbers.ts). */
export const AGE_NUMBER = 32;
/** A word that can cap years of experience: "maximaal", "hooguit", "within", "no more". */
export const CAP_WORD = 64;
const CAP_WORDS = new Set([
  'max',
  'maximaal',
  'maximum',
  'hooguit',
  'hoogstens',
  'hoogste',
  'within',
  'binnen',
  'most',
  'meer',
  'more',
  'minder',
  'less',
  'fewer',
]);

/** Context-cue flags, per language (see context-cues.ts). */
export const CUE_CANDIDATE = 1;
export const CUE_CLIENT_BEFORE = 2;
export const CUE_CLIENT_AFTER = 4;
export const CUE_NEGATION = 8;
export const CUE_INCLUSION_WORD = 16;
export const CUE_JUSTIFICATION_WORD = 32;
export const CUE_INTERNSHIP = 64;
/** The word starts one of the multi-word inclusion or justification phrases. */
export const CUE_INCLUSION_PHRASE_START = 128;
export const CUE_JUSTIFICATION_PHRASE_START = 256;

export type { LanguageFacts };

/** A pooled word whose facts are known (wordFacts below fills them in the word itself). */
export interface WordFacts extends PooledWord {
  /** 1 = Dutch function word, 2 = English, 0 = neither. */
  functionWord: number;
  /** 1 = the letters look Dutch, -1 English, 0 neither (language.ts wordShape). */
  shape: number;
  flags: number;
  /** Its facts in each language, worked out on first use (read them with factsIn). */
  nl: LanguageFacts | undefined;
  en: LanguageFacts | undefined;
}

/**
 * The word's facts in language `index` (langIndex in language-facts.ts), if worked out. Both
 * fields are read every time, so the optimised code has seen both and does not start over at the
 * first text in the other language; they sit in one object, so the second read is free.
 */
export function factsIn(word: WordFacts, index: number): LanguageFacts | undefined {
  const nl = word.nl;
  const en = word.en;
  return index === 0 ? nl : en;
}

/** Spelled-out numbers that can start a numeric pattern ("maximaal drie jaar", "five years"). */
const NUMBER_WORDS = new Set([
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
const YEARS = new Set(['jaar', 'year', 'years']);
const NON_ASCII_DIGIT = /^\p{N}/u;
const MODERATE_LEVEL_WORD = /^(?:a1|a2|b1|b2|1f|2f|nt2)/;

function firstWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((phrase) => phrase.split(' ')[0] as string));
}

const PHRASE_STARTS: Record<Locale, { inclusion: Set<string>; justification: Set<string> }> = {
  nl: { inclusion: firstWords(CUES.nl.inclusionPhrases), justification: firstWords(CUES.nl.justificationPhrases) },
  en: { inclusion: firstWords(CUES.en.inclusionPhrases), justification: firstWords(CUES.en.justificationPhrases) },
};

function cueFlags(norm: string, cues: ContextCues, lang: Locale): number {
  let flags = 0;
  if (cues.candidate.has(norm)) flags |= CUE_CANDIDATE;
  if (cues.clientBefore.has(norm)) flags |= CUE_CLIENT_BEFORE;
  if (cues.clientAfter.has(norm)) flags |= CUE_CLIENT_AFTER;
  if (cues.negation.has(norm)) flags |= CUE_NEGATION;
  if (cues.inclusionWords.has(norm)) flags |= CUE_INCLUSION_WORD;
  if (cues.justification.has(norm)) flags |= CUE_JUSTIFICATION_WORD;
  if (cues.internship.has(norm)) flags |= CUE_INTERNSHIP;
  if (PHRASE_STARTS[lang].inclusion.has(norm)) flags |= CUE_INCLUSION_PHRASE_START;
  if (PHRASE_STARTS[lang].justification.has(norm)) flags |= CUE_JUSTIFICATION_PHRASE_START;
  return flags;
}

function flagsOf(norm: string): number {
  let flags = 0;
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c > 127 && NON_ASCII_DIGIT.test(norm))) flags |= DIGIT_START;
  if (NUMBER_WORDS.has(norm)) flags |= NUMBER_WORD;
  if (YEARS.has(norm)) flags |= YEARS_WORD;
  if (MODERATE_LEVEL_WORD.test(norm)) flags |= MODERATE_LEVEL;
  if (norm === 'm' || norm === 'v' || norm === 'f') flags |= SEX_LETTER;
  if (CAP_WORDS.has(norm)) flags |= CAP_WORD;
  const number = parseNumber(norm);
  // Small numbers only matter next to "jaar"/"years" (an experience cap), which YEARS_WORD marks.
  if (number && ((number.value >= 14 && number.value <= 99) || number.plus || number.decade || number.people)) flags |= AGE_NUMBER;
  return flags;
}

/** The facts of a pooled word, worked out on first use and kept on it (word-pool.ts bounds how many). */
function wordFacts(word: PooledWord): WordFacts {
  if (!word.known) {
    word.functionWord = functionWordKind(word.norm);
    word.shape = wordShape(word.norm);
    word.flags = flagsOf(word.norm);
    word.known = true;
  }
  return word as WordFacts;
}

/**
 * Work out the facts of every token's word (kept on the word: read them with wordOf afterwards),
 * and return the function-word count scoreLanguage would give.
 */
export function scoreWords(tokens: readonly Token[]): LanguageScore {
  let nl = 0;
  let en = 0;
  let shape = 0;
  for (let i = 0; i < tokens.length; i++) {
    const f = wordFacts((tokens[i] as Token).word);
    // functionWord is 0, 1 (Dutch) or 2 (English): counted without a branch either language skips.
    nl += f.functionWord & 1;
    en += f.functionWord >> 1;
    shape += f.shape;
  }
  return { nl, en, shape };
}

/** The facts of a token's word, once scoreWords has worked them out for its paragraph. */
export const wordOf = (token: Token): WordFacts => token.word as WordFacts;

/** Does any token's word mark an internship ad in `lang`? */
export function hasInternshipCue(tokens: readonly Token[], lang: Locale): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if ((languageFacts(wordOf(token), token.norm, lang).cues & CUE_INTERNSHIP) !== 0) return true;
  }
  return false;
}

/** The facts of a word in one language; `norm` must be the word `facts` belongs to. */
export function languageFacts(facts: WordFacts, norm: string, lang: Locale): LanguageFacts {
  let found = factsIn(facts, langIndex(lang));
  if (found === undefined) {
    found = {
      cues: cueFlags(norm, CUES[lang], lang),
      gender: genderCoding(norm, lang),
      pack: undefined,
      phrases: NO_CANDIDATES,
      layer: undefined,
      layerFacts: undefined,
      starts: 0,
    };
    if (lang === 'en') facts.en = found;
    else facts.nl = found;
  }
  return found;
}

/** Phrases of `pack` that can start at this word. */
export function phrasesFor(facts: LanguageFacts, norm: string, pack: CompiledPack): Candidates {
  if (facts.pack !== pack) {
    facts.phrases = candidatesOf(pack, norm);
    facts.pack = pack;
    facts.starts = (facts.starts & ~STARTS_RULE) | (facts.phrases.phrases.length > 0 ? STARTS_RULE : 0);
  }
  return facts.phrases;
}
