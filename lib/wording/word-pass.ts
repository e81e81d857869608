import type { Locale } from '../i18n/locale';
import type { Candidates, CompiledPack, CompiledPhrase } from './compile';
import type { CompiledConstructions } from './compile-constructions';
import { langIndex, STARTS_LIST, STARTS_PLACE_LINK, STARTS_RULE, type LanguageFacts, type LayerFacts } from './language-facts';
import { LAYER_GROUPS, layerFactsOf } from './layer-facts';
import { matchCandidates, matchRest, type PhraseMatch } from './match-phrases';
import type { Sentence, Token } from './tokenize';
import {
  AGE_NUMBER,
  CAP_WORD,
  DIGIT_START,
  NUMBER_WORD,
  SEX_LETTER,
  YEARS_WORD,
  factsIn,
  languageFacts,
  phrasesFor,
  wordOf,
} from './word-facts';

/*
 * One pass over a paragraph's words does what every later step needs word by word: each word's
 * facts in the paragraph's language, the rule-pack phrases that match, what each sentence may
 * hold for the construction layer, the gender-coded words, and whether a numeric pattern can
 * match at all. Most words start nothing and cost a bit test.
 */

export interface WordPass {
  /** Each token's facts in the paragraph's language. */
  facts: LanguageFacts[];
  /** The rule pack's phrase matches, in text order. */
  matches: PhraseMatch[];
  /**
   * Per sentence, what it may hold for the construction layer: 1 = a group word or a named place,
   * 2 = an age or a cap on years. Most sentences hold neither and the layer passes them over.
   */
  worth: Uint8Array;
  /** Can a pattern of the numeric pass match? Each needs a digit, a spelled-out number of years or a lone sex letter. */
  numbers: boolean;
  /** Tokens whose word is gender-coded. */
  gendered: number[];
  /** Every word's STARTS_ bits together (language-facts.ts), for the paragraph and per sentence. */
  starts: number;
  sentenceStarts: Int32Array;
}

const STARTS_GROUP = STARTS_LIST << LAYER_GROUPS;
const GROUP_STARTS = STARTS_GROUP | STARTS_PLACE_LINK;
/** "maximaal drie jaar", "five years": a spelled-out number counts when "jaar"/"years" follows within this many words. */
const YEARS_AFTER = 4;

/** Does a whole group phrase start at token i? Many phrases start with a common word ("a pint", "je geloof"). */
function completesGroup(tokens: readonly Token[], candidates: Candidates, i: number, last: number): boolean {
  const { phrases, next } = candidates;
  if (next !== null && (i + 1 >= last || !next.has((tokens[i + 1] as Token).norm))) return false;
  for (let k = 0; k < phrases.length; k++) if (matchRest(tokens, (phrases[k] as CompiledPhrase).matchers, 1, i + 1, last) > i) return true;
  return false;
}

/** "uit Amsterdam-Noord", "from the Balkans": a named place may follow a person and a link word (place-spans.ts). */
const startsPlace = (c: CompiledConstructions, tokens: readonly Token[], link: number): boolean =>
  ((tokens[link + 1]?.cap ?? false) || (tokens[link + 2]?.cap ?? false)) && c.persons.has((tokens[link - 1] as Token).norm);

/** Does a group word or a named place start at token i of the sentence? */
function groupAt(c: CompiledConstructions, tokens: readonly Token[], f: LanguageFacts, i: number, sentence: Sentence): boolean {
  const starts = f.starts;
  if (
    (starts & STARTS_GROUP) !== 0 &&
    completesGroup(tokens, (f.layerFacts as LayerFacts).lists[LAYER_GROUPS] as Candidates, i, sentence.last)
  )
    return true;
  return (starts & STARTS_PLACE_LINK) !== 0 && i > sentence.first && startsPlace(c, tokens, i);
}

/**
 * The pass over one paragraph, for the rule pack `pack` and (when given) the construction layer `c`.
 * The tokens' words must know their facts (scoreWords in word-facts.ts).
 */
export function passOverWords(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lang: Locale,
  pack: CompiledPack,
  c: CompiledConstructions | undefined,
): WordPass {
  const facts = new Array<LanguageFacts>(tokens.length);
  const matches: PhraseMatch[] = [];
  const worth = new Uint8Array(sentences.length);
  const sentenceStarts = new Int32Array(sentences.length);
  const gendered: number[] = [];
  const layer = c?.layer;
  const index = langIndex(lang);
  let starts = 0;
  let numbers = false;
  let lastNumberWord = -YEARS_AFTER - 1;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    let flags = 0;
    let groups = 0;
    let inSentence = 0;
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = tokens[i] as Token;
      const word = wordOf(token);
      const norm = token.norm;
      const f = factsIn(word, index) ?? languageFacts(word, norm, lang);
      facts[i] = f;
      if (f.pack !== pack) phrasesFor(f, norm, pack);
      if (layer !== undefined && f.layer !== layer) layerFactsOf(f, norm, layer);
      inSentence |= f.starts;
      if ((f.starts & STARTS_RULE) !== 0) matchCandidates(tokens, i, sentence.last, f.phrases, matches);
      if (f.gender !== null) gendered.push(i);
      const wordFlags = word.flags;
      flags |= wordFlags;
      if (groups === 0 && c !== undefined && (f.starts & GROUP_STARTS) !== 0 && groupAt(c, tokens, f, i, sentence)) groups = 1;
      if ((wordFlags & (DIGIT_START | SEX_LETTER)) !== 0) numbers = true;
      else if ((wordFlags & YEARS_WORD) !== 0 && i - lastNumberWord <= YEARS_AFTER) numbers = true;
      if ((wordFlags & NUMBER_WORD) !== 0) lastNumberWord = i;
    }
    const age = (flags & AGE_NUMBER) !== 0 || ((flags & YEARS_WORD) !== 0 && (flags & CAP_WORD) !== 0) ? 2 : 0;
    worth[s] = c === undefined ? 0 : groups | age;
    sentenceStarts[s] = inSentence;
    starts |= inSentence;
  }
  return { facts, matches, worth, numbers, gendered, starts, sentenceStarts };
}
