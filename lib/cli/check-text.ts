import type { Level } from '../readability/levels';
import { readability } from '../readability/readability';
import type { ReadabilityResult } from '../readability/types';
import { createIncrementalAnalyzer } from '../wording/incremental';
import type { AnalysisResult, LanguageOption } from '../wording/types';

export type TextChecker = (
  text: string,
  lang: LanguageOption,
  target: Level | undefined,
) => { result: AnalysisResult; readable: ReadabilityResult };

/**
 * The wording check and readability of one text, read once: readability takes the wording
 * check's paragraphs and tokens. One checker serves a whole batch, so paragraphs that many ads
 * share (the company's boilerplate) are analysed once; its answers equal `analyze` and
 * `readability` on each text alone (tests/unit/wording/incremental.test.ts,
 * tests/unit/readability/shared-tokens.test.ts).
 */
export function createTextChecker(): TextChecker {
  const analyzer = createIncrementalAnalyzer();
  return (text, lang, target) => {
    const result = analyzer.analyze(text, { lang });
    const readable = readability(text, { lang, target, paragraphs: analyzer.paragraphs });
    return { result, readable };
  };
}
