import type { Token, Tokenized } from '../wording/tokenize';

/*
 * What kind of line or sentence each tokenised sentence is. Readability formulas are made for
 * prose: headings ("Functie-eisen") and table cells would make a text look easier than it reads,
 * so they are left out of the figures. Items of a list are short clauses and count as sentences.
 * Every line is looked at once, so the work stays linear in the length of the text.
 */
export type SentenceKind = 'prose' | 'item' | 'fragment' | 'table';

export interface SentenceSpan {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  kind: SentenceKind;
}

/** Fewer words than this, without a full stop, is a heading or a label. */
const FRAGMENT_WORDS = 3;
/** A line without a full stop but with at least this many words still reads as a sentence. */
const UNPUNCTUATED_SENTENCE_WORDS = 6;
const BULLET = /^[ \t]*(?:[-–—*•·▪►✓✔]|\d{1,2}[.)])[ \t]*$/u;
/** Longest text before a sentence on its line that can still be a bullet ("  12) "). */
const LONGEST_BULLET = 8;
const TERMINAL = /[.!?…]/;

/** Joins sentences that the tokeniser split at a semicolon: for a reader it is one long sentence. */
function mergeSemicolons(text: string, tokenized: Tokenized, base: number): { first: number; last: number }[] {
  const merged: { first: number; last: number }[] = [];
  for (const s of tokenized.sentences) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const gap = text.slice((tokenized.tokens[previous.last - 1] as Token).end - base, (tokenized.tokens[s.first] as Token).start - base);
      if (gap.includes(';') && !gap.includes('\n')) {
        previous.last = s.last;
        continue;
      }
    }
    merged.push({ first: s.first, last: s.last });
  }
  return merged;
}

/** Lines of a paragraph: where each starts, and whether it looks like a table row. */
class Lines {
  private readonly starts: number[] = [0];
  private readonly tableRow: (boolean | undefined)[] = [];
  private current = 0;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line holding `offset`; offsets must come in increasing order. */
  lineOf(offset: number): number {
    while (this.current + 1 < this.starts.length && (this.starts[this.current + 1] as number) <= offset) this.current++;
    return this.current;
  }

  start(line: number): number {
    return this.starts[line] as number;
  }

  isTableRow(line: number): boolean {
    let row = this.tableRow[line];
    if (row === undefined) {
      const end = line + 1 < this.starts.length ? (this.starts[line + 1] as number) : this.text.length;
      const content = this.text.slice(this.start(line), end);
      row = content.includes('\t') || content.includes('|');
      this.tableRow[line] = row;
    }
    return row;
  }
}

/** Sentences of one paragraph (`text` starts at offset `base` of the document). */
export function classifySentences(text: string, tokenized: Tokenized, base: number): SentenceSpan[] {
  const { tokens } = tokenized;
  const lines = new Lines(text);
  return mergeSemicolons(text, tokenized, base).map(({ first, last }) => {
    const start = (tokens[first] as Token).start;
    const end = (tokens[last - 1] as Token).end;
    const words = last - first;
    const line = lines.lineOf(start - base);
    const lead = start - base - lines.start(line);
    const bullet = lead <= LONGEST_BULLET && BULLET.test(text.slice(lines.start(line), start - base));
    const after = text.slice(end - base, Math.min(text.length, end - base + 3));
    let kind: SentenceKind;
    if (lines.isTableRow(line)) kind = 'table';
    else if (TERMINAL.test(after)) kind = 'prose';
    else if (bullet && words >= FRAGMENT_WORDS) kind = 'item';
    else kind = words >= UNPUNCTUATED_SENTENCE_WORDS ? 'item' : 'fragment';
    return { first, last, start, end, kind };
  });
}
