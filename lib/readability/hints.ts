import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';
import type { AbbreviationHit } from './abbreviations';
import { UNKNOWN_RANK } from './frequency';
import { hintText } from './hint-messages';
import { dutchVerbFor } from './nominalisation';
import { findPlainWords } from './plain-words/index';
import type { SentenceStats } from './sentence-stats';
import type { Hint } from './types';
import { profileIn, type WordEntry } from './word-profile';

/** B1 guidance: sentences of at most 15 to 20 words; beyond 20 a sentence gets a hint. */
export const LONG_SENTENCE_WORDS = 20;
/**
 * A word ranked beyond this gets a rare-word hint. The model counts words from rank 5,000 as
 * rare; hints stay quieter and name only words in the tail of the list or outside it (the Dutch
 * list has 16,000 words, so for Dutch that is: outside it, not even as a compound).
 */
const HINT_RARE_RANK = { nl: UNKNOWN_RANK, en: 15_000 } as const;
const LONG_WORD_SYLLABLES = { nl: 6, en: 5 } as const;

/** A hint over tokens first..last (inclusive). Built whole: an object spread here cost more than the rest of the hints. */
function tokenHint(
  tokens: readonly Token[],
  base: number,
  first: number,
  last: number,
  kind: Hint['kind'],
  message: string,
  alternatives: string[],
): Hint {
  return { start: (tokens[first] as Token).start + base, end: (tokens[last] as Token).end + base, kind, message, alternatives };
}

const NO_HINTS: Hint[] = [];

/**
 * The hints of one sentence, in text order, in `locale`; its abbreviations are found in the whole
 * text and passed in. Offsets of the tokens, the sentence and the abbreviations count from the
 * paragraph's start; the hints' offsets count from the text's (`base` is the paragraph's start).
 */
export function sentenceHints(
  lang: Locale,
  locale: Locale,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  stats: SentenceStats,
  abbreviations: readonly AbbreviationHit[],
  base: number,
): Hint[] {
  const { kind } = stats.span;
  const long = stats.words > LONG_SENTENCE_WORDS && (kind === 'prose' || kind === 'item');
  // Most sentences of a plain text have nothing to say: no work and no allocation for them.
  if (
    !long &&
    stats.plainAt.length === 0 &&
    stats.nounStyle.length === 0 &&
    stats.passives.length === 0 &&
    stats.rareAt.length === 0 &&
    stats.longAt.length === 0 &&
    abbreviations.length === 0
  )
    return NO_HINTS;
  const hints: Hint[] = [];
  const covered: number[] = [];
  const wordHint = (token: Token, kind: Hint['kind'], message: string): Hint => ({
    start: token.start + base,
    end: token.end + base,
    kind,
    message,
    alternatives: [],
  });
  if (long) {
    const { start, end } = stats.span;
    hints.push({
      start: start + base,
      end: end + base,
      kind: 'long-sentence',
      message: hintText.longSentence(locale, stats.words),
      alternatives: [],
    });
  }
  for (const match of findPlainWords(lang, tokens, stats.plainAt, stats.span.last)) {
    const plain = match.entry.plain.join(' / ');
    const message = match.entry.kind === 'jargon' ? hintText.jargon(locale, plain) : hintText.officialWord(locale, plain);
    hints.push(tokenHint(tokens, base, match.first, match.last - 1, match.entry.kind, message, [...match.entry.plain]));
    for (let i = match.first; i < match.last; i++) covered.push(i);
  }
  for (const noun of stats.nounStyle) {
    if (covered.includes(noun)) continue;
    const verb = lang === 'nl' ? dutchVerbFor((tokens[noun] as Token).norm) : undefined;
    hints.push(tokenHint(tokens, base, noun - 1, noun + 1, 'nominalisation', hintText.nominalisation(locale, verb), verb ? [verb] : []));
    covered.push(noun);
  }
  for (const [auxiliary, participle] of stats.passives) {
    const [first, last] = auxiliary < participle ? [auxiliary, participle] : [participle, auxiliary];
    hints.push(tokenHint(tokens, base, first, last, 'passive', hintText.passive(locale), []));
  }
  for (const i of stats.rareAt) {
    if (covered.includes(i)) continue;
    const token = tokens[i] as Token;
    const profile = profileIn(entries[i] as WordEntry, lang);
    if (profile.englishLoan) {
      hints.push(wordHint(token, 'jargon', hintText.english(locale)));
      covered.push(i);
    } else if (profile.rank >= HINT_RARE_RANK[lang] && !profile.compound) {
      hints.push(wordHint(token, 'rare-word', hintText.rareWord(locale)));
      covered.push(i);
    }
  }
  for (const i of stats.longAt) {
    if (covered.includes(i)) continue;
    const { syllables } = profileIn(entries[i] as WordEntry, lang);
    if (syllables >= LONG_WORD_SYLLABLES[lang]) hints.push(wordHint(tokens[i] as Token, 'long-word', hintText.longWord(locale, syllables)));
  }
  for (const hit of abbreviations) {
    hints.push({
      start: hit.start + base,
      end: hit.end + base,
      kind: 'abbreviation',
      message: hintText.abbreviation(locale, hit.meaning),
      alternatives: hit.meaning ? [hit.meaning] : [],
    });
  }
  return hints.length > 1 ? hints.sort((a, b) => a.start - b.start || b.end - a.end) : hints;
}
