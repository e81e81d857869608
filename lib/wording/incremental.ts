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
import { splitParagraphs, type Paragraph } from './paragraphs';
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

/*
 * The state lives in a class instance's fields, not in a closure's variables. With closures, what
 * an analyser had cached stayed reachable from long-lived memory after the analyser was dropped:
 * measured, about half of each call's allocations survived the young-generation collections, and
 * once a caller had made an analyser per text (the readability benchmark does), every later
 * analysis in the process paid for much more garbage collection (about 1.8 times slower).
 */
class Incremental implements IncrementalAnalyzer {
  private cache = new Map<string, CacheEntry>();
  private recomputed = 0;
  private lastParagraphs: readonly Paragraph[] = [];
  private lastPrepared: readonly CacheEntry[] = [];

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const input = typeof text === 'string' ? text : String(text ?? '');
    const forced = options.lang === 'nl' || options.lang === 'en' ? options.lang : undefined;
    const next = new Map<string, CacheEntry>();
    const paragraphs = splitParagraphs(input);
    // Tokenise only new paragraph texts; reuse (at offset 0) what we saw before.
    const prepared = paragraphs.map((p) => {
      const entry = this.cache.get(p.text) ??
        next.get(p.text) ?? { prepared: prepareParagraph(0, p.text, input, p.start), results: new Map() };
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
    this.recomputed = 0;
    const isInternship = (): boolean => internship;
    const results = prepared.map((entry, i) => {
      const pLang = langs[i] ?? lang;
      const key = `${pLang}|${locale}|${internship ? 1 : 0}`;
      let result = entry.results.get(key);
      if (!result) {
        this.recomputed++;
        // By index, as analyze() does (langIndex in language-facts.ts).
        const at = langIndex(pLang);
        result = analyzeParagraph(entry.prepared.text, 0, entry.prepared.tokenized, packs[at] as CompiledPack, {
          lang: pLang,
          locale,
          internship: isInternship,
          constructions: layers[at] as CompiledConstructions,
        });
        entry.results.set(key, result);
      }
      return result;
    });
    this.cache = next.size > MAX_ENTRIES ? new Map() : next;
    this.lastParagraphs = paragraphs;
    this.lastPrepared = prepared;
    return assemble(
      lang,
      locale,
      results,
      paragraphs.map((p) => p.start),
    );
  }

  get lastRecomputed(): number {
    return this.recomputed;
  }

  get paragraphs(): readonly { start: number; text: string; tokenized: Tokenized }[] {
    return this.lastParagraphs.map((p, i) => ({
      start: p.start,
      text: p.text,
      tokenized: (this.lastPrepared[i] as CacheEntry).prepared.tokenized,
    }));
  }

  clear(): void {
    this.cache = new Map();
  }
}

export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  return new Incremental();
}
