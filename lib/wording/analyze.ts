import type { Locale } from '../i18n/locale';
import { analyzeParagraph, type ParagraphResult } from './analyze-paragraph';
import { compilePack, type CompiledPack } from './compile';
import { compileConstructions, type CompiledConstructions } from './compile-constructions';
import { CONSTRUCTIONS } from './constructions/index';
import { genderBalance } from './gender-coded';
import { langIndex } from './language-facts';
import { decideLanguage, leaningLanguage, type LanguageScore } from './language';
import { splitParagraphs } from './paragraphs';
import { RULES } from './rules/index';
import { summarize } from './summary';
import { tokenizeRange, type Tokenized } from './tokenize';
import type { AnalysisResult, AnalyzeOptions, Finding, GenderCodedWord } from './types';
import { hasInternshipCue, scoreWords } from './word-facts';

let packs: Record<Locale, CompiledPack> | undefined;
let constructions: Record<Locale, CompiledConstructions> | undefined;

/** The compiled rule packs, built on first use and kept for the life of the process. */
export function compiledPacks(): Record<Locale, CompiledPack> {
  packs ??= { nl: compilePack('nl', RULES), en: compilePack('en', RULES) };
  return packs;
}

/** The compiled construction layer (compile-constructions.ts), built on first use and kept. */
export function compiledConstructions(): Record<Locale, CompiledConstructions> {
  constructions ??= { nl: compileConstructions('nl', CONSTRUCTIONS), en: compileConstructions('en', CONSTRUCTIONS) };
  return constructions;
}

/** A paragraph tokenised once, with what the document-level decisions need. */
export interface PreparedParagraph {
  start: number;
  text: string;
  /** Each token's word knows its facts (word-facts.ts scoreWords), for every later step. */
  tokenized: Tokenized;
  score: LanguageScore;
}

/**
 * `whole` and `at`: the text the paragraph was cut from and where it starts there (read in place,
 * which is faster than reading the cut-out copy); token offsets start from `start` either way.
 */
export function prepareParagraph(start: number, text: string, whole = text, at = 0): PreparedParagraph {
  const tokenized = tokenizeRange(whole, at, at + text.length, start - at);
  return { start, text, tokenized, score: scoreWords(tokenized.tokens) };
}

export function documentLanguage(paragraphs: readonly PreparedParagraph[]): Locale {
  let nl = 0;
  let en = 0;
  let shape = 0;
  for (const p of paragraphs) {
    nl += p.score.nl;
    en += p.score.en;
    shape += p.score.shape ?? 0;
  }
  // Function words first; on a tie ("UK nationals only.") the letters decide; else Dutch first.
  return leaningLanguage({ nl, en, shape });
}

export function paragraphLanguage(p: PreparedParagraph, documentLang: Locale, forced: Locale | undefined): Locale {
  return forced ?? decideLanguage(p.score) ?? documentLang;
}

/** An internship ad: any paragraph mentions a placement in its own language. */
export function isInternshipAd(paragraphs: readonly PreparedParagraph[], langs: readonly Locale[]): boolean {
  for (let p = 0; p < paragraphs.length; p++) {
    if (hasInternshipCue((paragraphs[p] as PreparedParagraph).tokenized.tokens, langs[p] ?? 'nl')) return true;
  }
  return false;
}

export function assemble(
  lang: Locale,
  locale: Locale,
  results: readonly ParagraphResult[],
  shifts: readonly number[] = [],
): AnalysisResult {
  const findings: Finding[] = [];
  const words: GenderCodedWord[] = [];
  results.forEach((result, i) => {
    const shift = shifts[i] ?? 0;
    for (const f of result.findings) findings.push(shift === 0 ? f : { ...f, start: f.start + shift, end: f.end + shift });
    for (const w of result.genderWords) words.push(shift === 0 ? w : { ...w, start: w.start + shift, end: w.end + shift });
  });
  return { lang, findings, summary: summarize(findings), genderBalance: genderBalance(words, locale) };
}

/** isInternshipAd, asked at most once per call (and only if a rule's gate needs it). */
function askInternshipOnce(prepared: readonly PreparedParagraph[], langs: readonly Locale[]): () => boolean {
  let answer: boolean | undefined;
  return () => (answer ??= isInternshipAd(prepared, langs));
}

function forcedLanguage(option: AnalyzeOptions['lang']): Locale | undefined {
  return option === 'nl' || option === 'en' ? option : undefined;
}

/**
 * Check a vacancy text for biased or discriminatory wording.
 * Deterministic, never throws; offsets are UTF-16 code units into `text`, findings in document order.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const forced = forcedLanguage(options.lang);
  // Loops rather than map: see compilePhrase in compile.ts.
  const prepared: PreparedParagraph[] = [];
  for (const p of splitParagraphs(input)) prepared.push(prepareParagraph(p.start, p.text, input, p.start));
  const lang = forced ?? documentLanguage(prepared);
  const locale = options.locale === 'nl' || options.locale === 'en' ? options.locale : lang;
  const langs: Locale[] = [];
  for (const p of prepared) langs.push(paragraphLanguage(p, lang, forced));
  const internship = askInternshipOnce(prepared, langs);
  const all = [compiledPacks().nl, compiledPacks().en];
  const layers = [compiledConstructions().nl, compiledConstructions().en];
  const results: ParagraphResult[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i] as PreparedParagraph;
    const pLang = langs[i] ?? lang;
    const pack = all[langIndex(pLang)] as CompiledPack;
    const constructions = layers[langIndex(pLang)] as CompiledConstructions;
    results.push(analyzeParagraph(p.text, p.start, p.tokenized, pack, { lang: pLang, locale, internship, constructions }));
  }
  return assemble(lang, locale, results);
}
