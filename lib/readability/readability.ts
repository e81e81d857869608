import type { Locale } from '../i18n/locale';
import type { LanguageOption } from '../wording/types';
import { findAbbreviations, scanAbbreviations, type AbbreviationHit } from './abbreviations';
import { isListed } from './frequency';
import { fleschDouma, fleschKincaidGrade, fleschReadingEase } from './formulas';
import { reasonText } from './hint-messages';
import { sentenceHints } from './hints';
import { LEVEL_MODEL, levelScore } from './level-model';
import { DEFAULT_TARGET, isLevel, levelNumber, levelOf, reachesTarget, type Level } from './levels';
import type { SentenceStats } from './sentence-stats';
import { analyseText, type AnalysedParagraph, type SourceParagraph, type TextAnalysis } from './text-analysis';
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
  /**
   * The text's paragraphs, already split and tokenised from each paragraph's start (the wording
   * check's incremental analyser hands out exactly these), so that a check tokenises only once.
   */
  paragraphs?: readonly SourceParagraph[];
  /**
   * 'all' (default): every hint of the text. 'hardest': only the hardest sentences get their
   * hints and `hints` stays empty; what the summary panel shows, for less work on every check.
   */
  hints?: 'all' | 'hardest';
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

type HardDraft = HardSentence & { score: number };

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

type AbbreviationsBySentence = Map<SentenceStats, AbbreviationHit[]> | undefined;

/** Each abbreviation goes to the sentence it starts in (or the last one before it). */
function abbreviationsBySentence(sentences: readonly SentenceStats[], hits: readonly AbbreviationHit[]): AbbreviationsBySentence {
  if (hits.length === 0) return undefined;
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

/** What the hints of a text's sentences need: its own-language paragraphs and each sentence's abbreviations. */
function hintContext(analysis: TextAnalysis) {
  const { lang } = analysis;
  const own = analysis.paragraphs.filter((p) => p.lang === lang);
  const abbreviations = findAbbreviations(
    lang,
    own.map((p) => scanAbbreviations(lang, p.text, p.tokenized.tokens)),
    (word) => isListed(lang, word),
  );
  return own.map((p, index) => ({ p, bySentence: abbreviationsBySentence(p.sentences, abbreviations[index] ?? NONE) }));
}

function hintsOf(lang: Locale, locale: Locale, p: AnalysedParagraph, bySentence: AbbreviationsBySentence, sentence: SentenceStats): Hint[] {
  return sentenceHints(lang, locale, p.tokenized.tokens, p.entries, sentence, bySentence?.get(sentence) ?? NONE, p.start);
}

/** A sentence's level alone, when it counts and lies above the target (else undefined). */
function aboveTarget(lang: Locale, sentence: SentenceStats, target: Level): { score: number; level: Level } | undefined {
  if (!counts(sentence)) return undefined;
  const score = levelScore(lang, sentenceFeatures(sentence));
  const level = levelOf(score);
  return levelNumber(level) > levelNumber(target) ? { score, level } : undefined;
}

const byScore = (a: HardDraft, b: HardDraft) => b.score - a.score || a.start - b.start;

/** Hints of the text (at most MAX_HINTS) and its hardest sentences above the target (those with hints). */
function collectHints(analysis: TextAnalysis, target: Level, locale: Locale): { hints: Hint[]; hardest: HardSentence[] } {
  const { lang } = analysis;
  const hints: Hint[] = [];
  // A running top list: a long text has many hard sentences, the answer names a few.
  const hard: HardDraft[] = [];
  for (const { p, bySentence } of hintContext(analysis)) {
    for (const sentence of p.sentences) {
      const found = hintsOf(lang, locale, p, bySentence, sentence);
      if (found.length === 0) continue;
      for (let i = 0; i < found.length && hints.length < MAX_HINTS; i++) hints.push(found[i] as Hint);
      const above = aboveTarget(lang, sentence, target);
      if (!above || (hard.length === HARDEST && above.score <= (hard[HARDEST - 1] as HardDraft).score)) continue;
      const { start, end } = sentence.span;
      hard.push({ start: start + p.start, end: end + p.start, words: sentence.words, ...above, hints: found });
      hard.sort(byScore);
      if (hard.length > HARDEST) hard.pop();
    }
  }
  return { hints, hardest: hard.map(({ score: _score, ...rest }) => rest) };
}

/** The same hardest sentences, with hints found only for them: most sentences are never hinted. */
function collectHardest(analysis: TextAnalysis, target: Level, locale: Locale): HardSentence[] {
  const { lang } = analysis;
  const candidates: { at: number; sentence: SentenceStats; start: number; score: number; level: Level }[] = [];
  analysis.paragraphs
    .filter((p) => p.lang === lang)
    .forEach((p, at) => {
      for (const sentence of p.sentences) {
        const above = aboveTarget(lang, sentence, target);
        if (above) candidates.push({ at, sentence, start: sentence.span.start + p.start, score: above.score, level: above.level });
      }
    });
  // A text that reaches its target has no hardest sentences: nothing more to read.
  if (candidates.length === 0) return [];
  const context = hintContext(analysis);
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const hardest: HardSentence[] = [];
  for (const { at, sentence, start, level } of candidates) {
    const { p, bySentence } = context[at] as (typeof context)[number];
    const hints = hintsOf(lang, locale, p, bySentence, sentence);
    if (hints.length > 0) hardest.push({ start, end: sentence.span.end + p.start, words: sentence.words, level, hints });
    if (hardest.length === HARDEST) break;
  }
  return hardest;
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
  const analysis = analyseText(input, forced, options.paragraphs);
  const { lang, totals } = analysis;
  const locale = askedLocale ?? lang;
  const reason = reasonFor(analysis, totals);
  if (reason === 'empty' || reason === 'other-script' || reason === 'unknown-language') return withoutLevel(target, locale, reason, totals);

  const { score, level } = figures(lang, totals, reason);
  const { hints, hardest } =
    options.hints === 'hardest' ? { hints: [], hardest: collectHardest(analysis, target, locale) } : collectHints(analysis, target, locale);
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
    hints,
    hardest,
    paragraphs: analysis.paragraphs.map(paragraphResult),
  };
}
