/**
 * The readability of a checked block, shaped for the summary panel. It reads the paragraphs and
 * tokens the wording check just made (lib/readability's `paragraphs` option), so a check
 * tokenises the text once; the panel shows only the hardest sentences, so only theirs are found.
 */
import type { Locale } from '../../lib/i18n/locale';
import type { PageReadability } from '../../lib/messages/readability-wire';
import type { Level } from '../../lib/readability/levels';
import { readability } from '../../lib/readability/readability';
import type { SourceParagraph } from '../../lib/readability/text-analysis';
import type { LanguageOption } from '../../lib/wording/types';

export function pageReadability(
  text: string,
  lang: LanguageOption,
  locale: Locale,
  target: Level,
  paragraphs: readonly SourceParagraph[],
): PageReadability {
  const result = readability(text, { lang, locale, target, paragraphs, hints: 'hardest' });
  return {
    lang: result.lang,
    level: result.level,
    target: result.target,
    reached: result.reached,
    reason: result.reason,
    reasonMessage: result.reasonMessage,
    hardest: result.hardest.map((s) => ({ start: s.start, end: s.end, words: s.words, level: s.level, hints: s.hints.slice(0, 100) })),
  };
}
