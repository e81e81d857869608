/** A paragraph of the input: text between blank lines, with its offset. */
export interface Paragraph {
  start: number;
  text: string;
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/g;

/** Split on blank lines; every character of the input stays inside exactly one paragraph or separator. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m !== null; m = BLANK_LINE.exec(text)) {
    if (m.index > start) paragraphs.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}
