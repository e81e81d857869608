import type { MarkerCategory } from './categories';
import type { MarkerRange } from './marker-range';

/**
 * Push the range of a pattern's named group `value` for every match. Patterns must use the `d`
 * flag (match indices) and `g`. `accept` can veto a value (e.g. a stop word), `trim` strips
 * trailing punctuation and spaces so the range covers only the value itself.
 */
const SENTENCE_END =
  /(?<!(?:^|[\s.])(?:\p{Lu}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|dhr|mevr|mw|St|Jr|Sr|Mr|Mrs|Ms|Dr|ir|ing|drs|nr|no))\.\s/u;

/** A row of a table-driven detector: a cheap keyword test (or none), the pattern, an optional veto. */
export type CaptureRule = readonly [trigger: RegExp | undefined, pattern: RegExp, accept?: (value: string) => boolean];

/** Texts with a label ("Naam: ...") have a colon, also the full-width one of CJK text. */
export const COLON = /[:：]/u;

/**
 * A detector that runs, in order, every rule whose trigger is absent or matches the text. The
 * triggers are cheap keyword tests: most texts on a page skip the costly patterns.
 */
export const captureDetector =
  (category: MarkerCategory, rules: readonly CaptureRule[]) =>
  (text: string, out: MarkerRange[]): void => {
    for (const [trigger, pattern, accept] of rules) {
      if (trigger === undefined || trigger.test(text)) pushCapturedValues(text, pattern, category, out, accept);
    }
  };

export function pushCapturedValues(
  text: string,
  pattern: RegExp,
  category: MarkerCategory,
  out: MarkerRange[],
  accept?: (value: string) => boolean,
): void {
  for (const match of text.matchAll(pattern)) {
    const span = match.indices?.groups?.['value'];
    const value = match.groups?.['value'];
    if (span === undefined || value === undefined) continue;
    const core = valueCore(value);
    if (core === undefined || (accept !== undefined && !accept(core.text))) continue;
    const start = span[0] + core.offset;
    out.push({ start, end: start + core.text.length, category });
  }
}

/**
 * The value itself, without what a label's value drags along: the rest of its sentence
 * ("vrouw. Voornaamwoorden: ...") or the next label, but not at the dot of an initial or an abbreviation
 * ("J. Jansen", "3 mrt. 2004"), trailing punctuation and leading quotes. Undefined when nothing
 * with a letter or digit is left.
 */
export function valueCore(value: string): { offset: number; text: string } | undefined {
  const sentenceEnd = SENTENCE_END.exec(value);
  const sentence = sentenceEnd === null ? value : value.slice(0, sentenceEnd.index);
  const nextLabel = NEXT_LABEL.exec(sentence);
  const clipped = nextLabel === null ? sentence : sentence.slice(0, nextLabel.index);
  // Loops, not `[...]+$`: a regular expression would rescan every run of punctuation (quadratic).
  let lead = 0;
  while (lead < clipped.length && LEADING.test(clipped.charAt(lead))) lead += 1;
  // A closing bracket that closes one in the value stays: "Willemstad (Curaçao)".
  let balance = 0;
  for (const character of clipped.slice(lead)) balance += character === '(' ? 1 : character === ')' ? -1 : 0;
  let end = clipped.length;
  while (end > lead && TRAILING.test(clipped.charAt(end - 1))) {
    const character = clipped.charAt(end - 1);
    if (character === ')' && balance + 1 > 0) break;
    if (character === ')') balance += 1;
    else if (character === '(') balance -= 1;
    end -= 1;
  }
  const core = clipped.slice(lead, end);
  return core === '' || !/[\p{L}\p{N}]/u.test(core) ? undefined : { offset: lead, text: core };
}
// The next label on the same line ends a value: "Location: Amersfoort, Leusden Intake: september
// 2024" in a row of filter chips (held-out set AA), "Woonplaats: Ede Geboortedatum: …".
const NEXT_LABEL = /\s\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Ll}[\p{L}\p{M}'’-]{0,30}){0,2}[ \t]?[:：](?:\s|$)/u;
const TRAILING = /^[\s.,;:!?)(\]"“”'’-]$/u;
const LEADING = /^[\s"“(]$/u;

/**
 * Compile a pattern in which `~x` stands for a word's first letter in either case (`~naam` is
 * `[Nn]aam`): labels and greetings are matched with or without a capital, the rest of the word
 * stays case-sensitive. Shorter in the start-up script than writing `[Nn]`
 * (docs/decisions.md#screening-start-up-size).
 */
export const pattern = (source: string, flags: string): RegExp =>
  new RegExp(
    source.replace(/~(\p{Ll})/gu, (_match, letter: string) => `[${letter.toUpperCase()}${letter}]`),
    flags,
  );

/** A capitalised word, a hyphenated one, or a word in a script without case (Arabic, Han). */
export const CAPITALISED_WORD = String.raw`(?:'s-)?(?:\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*|[\p{Lo}\p{M}]+)`;
/** Lower-case words allowed inside a multi-word place or name ("Alphen aan den Rijn", "van der"). */
export const INNER_PARTICLE = String.raw`(?:van|de|der|den|het|'t|’t|ter|ten|te|in|op|aan|bij|el|al|bin|ben|ibn|abu|von|da|dos|du|la|le|a\/d)`;
/** One to five capitalised words with particles in between: a place or a person's name. */
export const PROPER_NAME = String.raw`${CAPITALISED_WORD}(?:[ \u00A0]+(?:${INNER_PARTICLE}[ \u00A0]+){0,3}${CAPITALISED_WORD}){0,4}`;
