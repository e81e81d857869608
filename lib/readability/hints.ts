import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';
import type { AbbreviationHit } from './abbreviations';
import { UNKNOWN_RANK } from './frequency';
import { hintText, type MessageSpec } from './hint-messages';
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

/** A hint whose message is still a catalogue key with arguments (see hint-messages.ts). */
export type DraftHint = Omit<Hint, 'message'> & { message: MessageSpec };

function span(tokens: readonly Token[], first: number, last: number): { start: number; end: number } {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

const NO_HINTS: DraftHint[] = [];

/** The hints of one sentence, in text order; its abbreviations are found in the whole text and passed in. */
export function sentenceHints(
  lang: Locale,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  stats: SentenceStats,
  abbreviations: readonly AbbreviationHit[],
): DraftHint[] {
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
  const hints: DraftHint[] = [];
  const covered: number[] = [];
  if (long) {
    hints.push({
      start: stats.span.start,
      end: stats.span.end,
      kind: 'long-sentence',
      message: hintText.longSentence(stats.words),
      alternatives: [],
    });
  }
  for (const match of findPlainWords(lang, tokens, stats.plainAt, stats.span.last)) {
    const plain = match.entry.plain.join(' / ');
    const message = match.entry.kind === 'jargon' ? hintText.jargon(plain) : hintText.officialWord(plain);
    hints.push({ ...span(tokens, match.first, match.last - 1), kind: match.entry.kind, message, alternatives: [...match.entry.plain] });
    for (let i = match.first; i < match.last; i++) covered.push(i);
  }
  for (const noun of stats.nounStyle) {
    if (covered.includes(noun)) continue;
    const verb = lang === 'nl' ? dutchVerbFor((tokens[noun] as Token).norm) : undefined;
    hints.push({
      ...span(tokens, noun - 1, noun + 1),
      kind: 'nominalisation',
      message: hintText.nominalisation(verb),
      alternatives: verb ? [verb] : [],
    });
    covered.push(noun);
  }
  for (const [auxiliary, participle] of stats.passives) {
    hints.push({
      ...span(tokens, Math.min(auxiliary, participle), Math.max(auxiliary, participle)),
      kind: 'passive',
      message: hintText.passive(),
      alternatives: [],
    });
  }
  for (const i of stats.rareAt) {
    if (covered.includes(i)) continue;
    const token = tokens[i] as Token;
    const profile = profileIn(entries[i] as WordEntry, lang);
    if (profile.englishLoan) {
      hints.push({ start: token.start, end: token.end, kind: 'jargon', message: hintText.english(), alternatives: [] });
      covered.push(i);
    } else if (profile.rank >= HINT_RARE_RANK[lang] && !profile.compound) {
      hints.push({ start: token.start, end: token.end, kind: 'rare-word', message: hintText.rareWord(), alternatives: [] });
      covered.push(i);
    }
  }
  for (const i of stats.longAt) {
    if (covered.includes(i)) continue;
    const token = tokens[i] as Token;
    const { syllables } = profileIn(entries[i] as WordEntry, lang);
    if (syllables >= LONG_WORD_SYLLABLES[lang]) {
      hints.push({ start: token.start, end: token.end, kind: 'long-word', message: hintText.longWord(syllables), alternatives: [] });
    }
  }
  for (const hit of abbreviations) {
    hints.push({
      start: hit.start,
      end: hit.end,
      kind: 'abbreviation',
      message: hintText.abbreviation(hit.meaning),
      alternatives: hit.meaning ? [hit.meaning] : [],
    });
  }
  return hints.length > 1 ? hints.sort((a, b) => a.start - b.start || b.end - a.end) : hints;
}
