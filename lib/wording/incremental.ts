import type { Locale } from '../i18n/locale';
import { analyzeParagraph, type ParagraphResult } from './analyze-paragraph';
import {
  assemble,
  compiledConstructions,
  compiledPacks,
  documentLanguage,
  isInternshipAd,
  paragraphLanguage,
  prepareParagraph,
  type PreparedParagraph,
} from './analyze';
import type { CompiledPack } from './compile';
import type { CompiledConstructions } from './compile-constructions';
import { langIndex } from './language-facts';
import { splitParagraphs } from './paragraphs';
import type { Tokenized } from './tokenize';
import type { AnalysisResult, AnalyzeOptions } from './types';

/**
 * Live checking in an editor: the text changes one keystroke at a time, usually inside one
 * paragraph. The analyser keeps each paragraph's result keyed by its text and the document-level
 * context it depended on, and only redoes paragraphs whose text (or context) changed. Cached
 * results are stored at offset 0 and shifted to where the paragraph is now.
 */
export interface IncrementalAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Paragraphs analysed afresh by the last call (for tests and diagnostics). */
  readonly lastRecomputed: number;
  /**
   * The last call's paragraphs: where each starts, its text and its tokens (offsets from the
   * paragraph's start). Other readers of the same text (lib/readability) use them instead of
   * tokenising again; unchanged paragraphs keep the same token objects from call to call.
   */
  readonly paragraphs: readonly { start: number; text: string; tokenized: Tokenized }[];
  clear(): void;
}

interface CacheEntry {
  prepared: PreparedParagraph;
  results: Map<string, ParagraphResult>;
}

/** Keep the cache bounded: an editor session seldom has more paragraphs than this. */
const MAX_ENTRIES = 2000;

export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  let cache = new Map<string, CacheEntry>();
  let lastRecomputed = 0;
  let lastParagraphs: readonly { start: number; text: string }[] = [];
  let lastPrepared: readonly CacheEntry[] = [];

  const analyzeIncrementally = (text: string, options: AnalyzeOptions = {}): AnalysisResult => {
    const input = typeof text === 'string' ? text : String(text ?? '');
    const forced = options.lang === 'nl' || options.lang === 'en' ? options.lang : undefined;
    const next = new Map<string, CacheEntry>();
    const paragraphs = splitParagraphs(input);
    // Tokenise only new paragraph texts; reuse (at offset 0) what we saw before.
    const prepared = paragraphs.map((p) => {
      const entry = cache.get(p.text) ?? next.get(p.text) ?? { prepared: prepareParagraph(0, p.text, input, p.start), results: new Map() };
      next.set(p.text, entry);
      return entry;
    });
    const preparedParagraphs = prepared.map((e) => e.prepared);
    const lang = forced ?? documentLanguage(preparedParagraphs);
    const locale: Locale = options.locale === 'nl' || options.locale === 'en' ? options.locale : lang;
    const langs = preparedParagraphs.map((p) => paragraphLanguage(p, lang, forced));
    const internship = isInternshipAd(preparedParagraphs, langs);
    const packs = [compiledPacks().nl, compiledPacks().en];
    const layers = [compiledConstructions().nl, compiledConstructions().en];
    lastRecomputed = 0;
    const isInternship = (): boolean => internship;
    const results = prepared.map((entry, i) => {
      const pLang = langs[i] ?? lang;
      const key = `${pLang}|${locale}|${internship ? 1 : 0}`;
      let result = entry.results.get(key);
      if (!result) {
        lastRecomputed++;
        // By index, as analyze() does (langIndex in language-facts.ts).
        const at = langIndex(pLang);
        result = analyzeParagraph(entry.prepared.text, 0, entry.prepared.tokenized, entry.prepared.facts, packs[at] as CompiledPack, {
          lang: pLang,
          locale,
          internship: isInternship,
          constructions: layers[at] as CompiledConstructions,
        });
        entry.results.set(key, result);
      }
      return result;
    });
    cache = next.size > MAX_ENTRIES ? new Map() : next;
    lastParagraphs = paragraphs;
    lastPrepared = prepared;
    return assemble(
      lang,
      locale,
      results,
      paragraphs.map((p) => p.start),
    );
  };

  return {
    analyze: analyzeIncrementally,
    get lastRecomputed() {
      return lastRecomputed;
    },
    get paragraphs() {
      return lastParagraphs.map((p, i) => ({
        start: p.start,
        text: p.text,
        tokenized: (lastPrepared[i] as CacheEntry).prepared.tokenized,
      }));
    },
    clear() {
      cache = new Map();
    },
  };
}
