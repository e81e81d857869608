import type { Locale } from '../i18n/locale';
import { splitParagraphs } from '../wording/paragraphs';
import { tokenize, type Tokenized } from '../wording/tokenize';
import { classifySentences } from './sentences';
import { sentenceStats, type SentenceStats } from './sentence-stats';
import { totalsOf, type Totals } from './text-features';
import { IN_DUTCH, IN_ENGLISH, LATIN, OTHER_SCRIPT, wordEntry, type WordEntry } from './word-profile';

/*
 * The counting half of the readability check: paragraphs, language, sentences and their
 * figures. The level model, formulas and hints build on this (readability.ts); the calibration
 * script uses it too, so the model is fitted on exactly the figures it later reads.
 */

export interface AnalysedParagraph {
  start: number;
  end: number;
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

function evidenceOf(entries: readonly WordEntry[]): LanguageEvidence {
  const evidence: LanguageEvidence = { words: 0, nl: 0, en: 0, otherScript: 0 };
  for (const { bits } of entries) {
    if (bits & OTHER_SCRIPT) evidence.otherScript++;
    if ((bits & LATIN) === 0) continue;
    evidence.words++;
    if (bits & IN_DUTCH) evidence.nl++;
    if (bits & IN_ENGLISH) evidence.en++;
  }
  return evidence;
}

function add(a: LanguageEvidence, b: LanguageEvidence): LanguageEvidence {
  return { words: a.words + b.words, nl: a.nl + b.nl, en: a.en + b.en, otherScript: a.otherScript + b.otherScript };
}

/** The language whose word list covers more of the words; Dutch first on a tie. */
export function likelierLanguage(evidence: LanguageEvidence): Locale {
  return evidence.en > evidence.nl ? 'en' : 'nl';
}

/** Split, tokenise and count a text; `forced` fixes the language (else it is detected). */
export function analyseText(text: string, forced?: Locale): TextAnalysis {
  const parts = splitParagraphs(text).map((p) => {
    const tokenized = tokenize(p.text, p.start);
    const entries = tokenized.tokens.map((token) => wordEntry(text, token));
    return { p, tokenized, entries, evidence: evidenceOf(entries) };
  });
  const evidence = parts.reduce((sum, part) => add(sum, part.evidence), { words: 0, nl: 0, en: 0, otherScript: 0 });
  const lang = forced ?? likelierLanguage(evidence);
  const paragraphs = parts.map(({ p, tokenized, entries, evidence: own }, index): AnalysedParagraph => {
    const ownLang = forced ?? (own.words >= PARAGRAPH_LANGUAGE_WORDS ? likelierLanguage(own) : lang);
    const spans = tokenized.tokens.length > 0 ? classifySentences(p.text, tokenized, p.start) : [];
    return {
      start: p.start,
      end: p.start + p.text.length,
      tokenized,
      entries,
      lang: ownLang,
      sentences: spans.map((span) => sentenceStats(ownLang, tokenized.tokens, entries, span, index)),
    };
  });
  // The document's figures come from the paragraphs in its own language.
  const own: SentenceStats[] = [];
  for (const p of paragraphs) if (p.lang === lang) for (const s of p.sentences) own.push(s);
  const totals = totalsOf(own);
  return { lang, evidence, paragraphs, totals };
}
