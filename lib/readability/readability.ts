import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';
import type { LanguageOption } from '../wording/types';
import { findAbbreviations, type AbbreviationHit } from './abbreviations';
import { isListed } from './frequency';
import { fleschDouma, fleschKincaidGrade, fleschReadingEase } from './formulas';
import { reasonText, say } from './hint-messages';
import { sentenceHints, type DraftHint } from './hints';
import { LEVEL_MODEL, levelScore } from './level-model';
import { DEFAULT_TARGET, isLevel, levelNumber, levelOf, reachesTarget, type Level } from './levels';
import type { SentenceStats } from './sentence-stats';
import { analyseText, type AnalysedParagraph, type TextAnalysis } from './text-analysis';
import { featuresOf, totalsOf, type Features, type Totals } from './text-features';
import { rankLog } from './word-profile';
import type { HardSentence, Hint, ParagraphReadability, ReadabilityResult, Reason } from './types';

export interface ReadabilityOptions {
  /** Language of the text; 'auto' (default) detects it. */
  lang?: LanguageOption;
  /** Language of hints and reasons; default: the language of the text. */
  locale?: Locale;
  /** The level the text should reach; default B1. */
  target?: Level;
}

/** Fewer words in sentences than this, and a level means little. */
export const MIN_WORDS = 8;
/** One sentence this long that holds most of the text: the text has no sentence breaks. */
const RUN_ON_WORDS = 120;
/**
 * A text is in a language when its list knows (also as compound or other form) this share of the
 * words, and that many are its function words: real Dutch and English texts have 35% or more,
 * French, German or Spanish read as either have under 10% (docs/readability.md).
 */
const MIN_KNOWN = 0.6;
const MIN_FUNCTION_WORDS = 0.2;
const HARDEST = 3;
/** Enough hints for any real vacancy; bounds the answer for absurd input. */
const MAX_HINTS = 500;

type HardDraft = Omit<HardSentence, 'hints'> & { hints: DraftHint[]; score: number };

const NONE: readonly AbbreviationHit[] = [];

/** The model's features of one sentence alone (what totalsOf and featuresOf give, without their objects). */
function sentenceFeatures(s: SentenceStats): Features {
  return {
    wordsPerSentence: s.words,
    syllablesPerWord: s.syllables / s.words,
    wordRarity: s.judgedWords > 0 ? s.rankLogSum / s.judgedWords : rankLog(0),
  };
}

/** Lists, tables and headings alone are no prose: a level is about running sentences. */
function hasProse(analysis: TextAnalysis): boolean {
  return analysis.paragraphs.some((p) => p.lang === analysis.lang && p.sentences.some((s) => s.span.kind === 'prose' && s.words > 0));
}

function counts(sentence: SentenceStats): boolean {
  return (sentence.span.kind === 'prose' || sentence.span.kind === 'item') && sentence.words > 0;
}

/** Why a text (or, without `analysis`, a paragraph) gets no level, or null when it does. */
function reasonFor(analysis: TextAnalysis | undefined, totals: Totals): Reason | null {
  const evidence = analysis?.evidence;
  if (evidence && evidence.words === 0 && evidence.otherScript === 0) return 'empty';
  if (evidence && evidence.otherScript > evidence.words) return 'other-script';
  if (totals.longest > RUN_ON_WORDS && totals.longest * 2 > totals.words) return 'no-sentence-breaks';
  if (analysis && evidence && evidence.words >= MIN_WORDS) {
    if (!hasProse(analysis)) return 'no-prose';
  }
  // Names and places fill lists and tables, so the language is judged on the sentences.
  if (analysis && totals.words >= MIN_WORDS) {
    const functionWords = totals.words - totals.contentWords;
    if (totals.knownWords < MIN_KNOWN * totals.words || functionWords < MIN_FUNCTION_WORDS * totals.words) return 'unknown-language';
  }
  if (totals.words < MIN_WORDS) return 'too-short';
  return null;
}

function figures(lang: Locale, totals: Totals, reason: Reason | null): { score: number | null; level: Level | null } {
  if (totals.sentences === 0) return { score: null, level: null };
  const f = featuresOf(totals);
  const formula = lang === 'nl' ? fleschDouma : fleschReadingEase;
  const score = Math.round(formula(f.wordsPerSentence, f.syllablesPerWord) * 10) / 10;
  return { score, level: reason ? null : levelOf(levelScore(lang, f)) };
}

function paragraphResult(p: AnalysedParagraph): ParagraphReadability {
  const totals = totalsOf(p.sentences);
  const { score, level } = figures(p.lang, totals, reasonFor(undefined, totals));
  return {
    start: p.start,
    end: p.end,
    lang: p.lang,
    sentences: totals.sentences,
    words: totals.words,
    syllables: totals.syllables,
    score,
    level,
  };
}

/** Each abbreviation goes to the sentence it starts in (or the last one before it). */
function abbreviationsBySentence(
  sentences: readonly SentenceStats[],
  hits: readonly AbbreviationHit[],
): Map<SentenceStats, AbbreviationHit[]> {
  const map = new Map<SentenceStats, AbbreviationHit[]>();
  let s = 0;
  for (const hit of hits) {
    while (s + 1 < sentences.length && (sentences[s + 1] as SentenceStats).span.start <= hit.start) s++;
    const sentence = sentences[s];
    if (!sentence) continue;
    const list = map.get(sentence);
    if (list) list.push(hit);
    else map.set(sentence, [hit]);
  }
  return map;
}

function methodOf(lang: Locale | null): string {
  const formula = lang === 'en' ? 'flesch-reading-ease' : 'flesch-douma';
  return `${formula}; level: ${LEVEL_MODEL.id}`;
}

function withoutLevel(target: Level, locale: Locale, reason: Reason, totals?: Totals): ReadabilityResult {
  return {
    lang: null,
    level: null,
    target,
    reached: null,
    reason,
    reasonMessage: reasonText(locale, reason),
    score: null,
    method: methodOf(null),
    grade: null,
    sentences: totals?.sentences ?? 0,
    words: totals?.words ?? 0,
    syllables: totals?.syllables ?? 0,
    hints: [],
    hardest: [],
    paragraphs: [],
  };
}

/** Hints of the text (at most MAX_HINTS) and its hardest sentences above the target. */
function collectHints(analysis: TextAnalysis, input: string, target: Level): { drafts: DraftHint[]; hard: HardDraft[] } {
  const { lang } = analysis;
  const own = analysis.paragraphs.filter((p) => p.lang === lang);
  // Plain loops: flatMap costs more than the rest of this function on a 600-word text.
  const sentences: SentenceStats[] = [];
  const tokens: Token[] = [];
  for (const p of own) {
    for (const s of p.sentences) sentences.push(s);
    for (const t of p.tokenized.tokens) tokens.push(t);
  }
  const abbreviations = abbreviationsBySentence(
    sentences,
    findAbbreviations(lang, input, tokens, (word) => isListed(lang, word)),
  );
  const drafts: DraftHint[] = [];
  // A running top list: a long text has many hard sentences, the answer names a few.
  const hard: HardDraft[] = [];
  for (const p of own) {
    for (const sentence of p.sentences) {
      const found = sentenceHints(lang, p.tokenized.tokens, p.entries, sentence, abbreviations.get(sentence) ?? NONE);
      if (found.length === 0) continue;
      for (let i = 0; i < found.length && drafts.length < MAX_HINTS; i++) drafts.push(found[i] as DraftHint);
      if (!counts(sentence)) continue;
      const score = levelScore(lang, sentenceFeatures(sentence));
      const level = levelOf(score);
      if (levelNumber(level) <= levelNumber(target)) continue;
      if (hard.length === HARDEST && score <= (hard[HARDEST - 1] as HardDraft).score) continue;
      hard.push({ start: sentence.span.start, end: sentence.span.end, words: sentence.words, level, hints: found, score });
      hard.sort((a, b) => b.score - a.score || a.start - b.start);
      if (hard.length > HARDEST) hard.pop();
    }
  }
  return { drafts, hard };
}

/**
 * How readable a (vacancy) text is: counts per text and paragraph, the classic formula as a
 * baseline, a CEFR level from the calibrated model, and hints with offsets. Deterministic and
 * linear in the length of the text; never throws (bad input gets `level: null` with a reason).
 */
export function readability(text: string, options: ReadabilityOptions = {}): ReadabilityResult {
  const input = typeof text === 'string' ? text : '';
  const target = isLevel(options.target) ? options.target : DEFAULT_TARGET;
  const forced = options.lang === 'nl' || options.lang === 'en' ? options.lang : undefined;
  const askedLocale = options.locale === 'nl' || options.locale === 'en' ? options.locale : undefined;
  if (input.trim() === '') return withoutLevel(target, askedLocale ?? 'nl', 'empty');
  const analysis = analyseText(input, forced);
  const { lang, totals } = analysis;
  const locale = askedLocale ?? lang;
  const reason = reasonFor(analysis, totals);
  if (reason === 'empty' || reason === 'other-script' || reason === 'unknown-language') return withoutLevel(target, locale, reason, totals);

  const { score, level } = figures(lang, totals, reason);
  const { drafts, hard } = collectHints(analysis, input, target);
  const finish = (draft: DraftHint): Hint => ({
    start: draft.start,
    end: draft.end,
    kind: draft.kind,
    message: say(locale, draft.message),
    alternatives: draft.alternatives,
  });
  const f = featuresOf(totals);
  return {
    lang,
    level,
    target,
    reached: level ? reachesTarget(level, target) : null,
    reason,
    reasonMessage: reason ? reasonText(locale, reason) : null,
    score,
    method: methodOf(lang),
    grade: lang === 'en' && totals.sentences > 0 ? Math.round(fleschKincaidGrade(f.wordsPerSentence, f.syllablesPerWord) * 10) / 10 : null,
    sentences: totals.sentences,
    words: totals.words,
    syllables: totals.syllables,
    hints: drafts.map(finish),
    hardest: hard.map(({ score: _score, hints, ...rest }) => ({ ...rest, hints: hints.map(finish) })),
    paragraphs: analysis.paragraphs.map(paragraphResult),
  };
}
