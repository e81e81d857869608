import type { Locale } from '../i18n/locale';
import { splitParagraphs } from '../wording/paragraphs';
import { tokenize, type Tokenized } from '../wording/tokenize';
import { classifySentences, type SentenceSpan } from './sentences';
import { sentenceStats, type SentenceStats } from './sentence-stats';
import { totalsOf, type Totals } from './text-features';
import { IN_DUTCH, IN_ENGLISH, LATIN, OTHER_SCRIPT, wordEntry, type WordEntry } from './word-profile';

/*
 * The counting half of the readability check: paragraphs, language, sentences and their
 * figures. The level model, formulas and hints build on this (readability.ts); the calibration
 * script uses it too, so the model is fitted on exactly the figures it later reads.
 *
 * Each paragraph is read on its own, with offsets from its own start, so that its tokens can come
 * from the wording check (which tokenises paragraphs the same way) and its figures can be reused
 * while the text around it changes: an editor re-check redoes only the paragraph that was typed in.
 */

/** A paragraph of the text and its tokens, whose offsets count from the paragraph's start. */
export interface SourceParagraph {
  /** Where the paragraph starts in the whole text. */
  start: number;
  text: string;
  tokenized: Tokenized;
}

export interface AnalysedParagraph {
  start: number;
  end: number;
  /** The paragraph's own text: every offset below counts from its start. */
  text: string;
  tokenized: Tokenized;
  /** The word entry of each token. */
  entries: WordEntry[];
  /** The paragraph's own language where it clearly has one, else the document's. */
  lang: Locale;
  sentences: SentenceStats[];
}

export interface LanguageEvidence {
  /** Words (Latin script, no digits) and how many of them each language's list knows. */
  words: number;
  nl: number;
  en: number;
  /** Word tokens in another script. */
  otherScript: number;
}

export interface TextAnalysis {
  lang: Locale;
  evidence: LanguageEvidence;
  paragraphs: AnalysedParagraph[];
  totals: Totals;
}

/** A paragraph needs this many words before its own language counts. */
const PARAGRAPH_LANGUAGE_WORDS = 12;

/** What a paragraph's tokens say whatever the document around it: kept as long as its tokens are. */
interface ParagraphFacts {
  entries: WordEntry[];
  evidence: LanguageEvidence;
  spans: SentenceSpan[];
  /** Sentence figures per language the paragraph was read in. */
  nl?: SentenceStats[];
  en?: SentenceStats[];
}

const factsByTokens = new WeakMap<Tokenized, ParagraphFacts>();

function evidenceOf(entries: readonly WordEntry[]): LanguageEvidence {
  const evidence: LanguageEvidence = { words: 0, nl: 0, en: 0, otherScript: 0 };
  for (let i = 0; i < entries.length; i++) {
    const bits = (entries[i] as WordEntry).bits;
    if (bits & OTHER_SCRIPT) evidence.otherScript++;
    if ((bits & LATIN) === 0) continue;
    evidence.words++;
    if (bits & IN_DUTCH) evidence.nl++;
    if (bits & IN_ENGLISH) evidence.en++;
  }
  return evidence;
}

function factsOf(p: SourceParagraph): ParagraphFacts {
  let facts = factsByTokens.get(p.tokenized);
  if (!facts) {
    const { tokens } = p.tokenized;
    const entries = new Array<WordEntry>(tokens.length);
    for (let i = 0; i < tokens.length; i++) entries[i] = wordEntry(p.text, tokens[i] as (typeof tokens)[number]);
    const spans = tokens.length > 0 ? classifySentences(p.text, p.tokenized, 0) : [];
    facts = { entries, evidence: evidenceOf(entries), spans };
    factsByTokens.set(p.tokenized, facts);
  }
  return facts;
}

function sentencesIn(lang: Locale, p: SourceParagraph, facts: ParagraphFacts): SentenceStats[] {
  let sentences = facts[lang];
  if (!sentences) {
    sentences = facts.spans.map((span) => sentenceStats(lang, p.tokenized.tokens, facts.entries, span));
    facts[lang] = sentences;
  }
  return sentences;
}

/** The language whose word list covers more of the words; Dutch first on a tie. */
export function likelierLanguage(evidence: LanguageEvidence): Locale {
  return evidence.en > evidence.nl ? 'en' : 'nl';
}

/** The paragraphs of a text, tokenised from their own start (as the wording check does). */
export function tokenizeParagraphs(text: string): SourceParagraph[] {
  return splitParagraphs(text).map((p) => ({ start: p.start, text: p.text, tokenized: tokenize(p.text) }));
}

/**
 * Count a text; `forced` fixes the language (else it is detected). `paragraphs` are the text's
 * paragraphs already tokenised (splitParagraphs, tokens from each paragraph's start); by default
 * the text is split and tokenised here.
 */
export function analyseText(
  text: string,
  forced?: Locale,
  paragraphs: readonly SourceParagraph[] = tokenizeParagraphs(text),
): TextAnalysis {
  const facts = paragraphs.map(factsOf);
  const evidence: LanguageEvidence = { words: 0, nl: 0, en: 0, otherScript: 0 };
  for (const { evidence: own } of facts) {
    evidence.words += own.words;
    evidence.nl += own.nl;
    evidence.en += own.en;
    evidence.otherScript += own.otherScript;
  }
  const lang = forced ?? likelierLanguage(evidence);
  const analysed = paragraphs.map((p, index): AnalysedParagraph => {
    const own = facts[index] as ParagraphFacts;
    const ownLang = forced ?? (own.evidence.words >= PARAGRAPH_LANGUAGE_WORDS ? likelierLanguage(own.evidence) : lang);
    return {
      start: p.start,
      end: p.start + p.text.length,
      text: p.text,
      tokenized: p.tokenized,
      entries: own.entries,
      lang: ownLang,
      sentences: sentencesIn(ownLang, p, own),
    };
  });
  // The document's figures come from the paragraphs in its own language.
  const own: SentenceStats[] = [];
  for (const p of analysed) if (p.lang === lang) for (const s of p.sentences) own.push(s);
  const totals = totalsOf(own);
  return { lang, evidence, paragraphs: analysed, totals };
}
