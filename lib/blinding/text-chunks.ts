/**
 * The most text one detector call reads at once. A longer text node (a pasted letter, a whole mail
 * in one node) is read in overlapping windows, so no single call runs long enough to hold up a
 * frame, whatever the input. A marker up to CHUNK_OVERLAP characters long lies wholly inside one
 * window; longer ones (a very long link) are found in pieces, whose ranges merge again.
 */
export const MAX_CHUNK_LENGTH = 4096;
export const CHUNK_OVERLAP = 320;
// Prefer to end a window at a line break, else at a space, in its last quarter.
const BREAK_SEARCH = MAX_CHUNK_LENGTH / 4;

/** [start, end) windows that cover the text; one window when it is short enough. */
export function textChunks(text: string): [number, number][] {
  if (text.length <= MAX_CHUNK_LENGTH) return [[0, text.length]];
  const chunks: [number, number][] = [];
  let start = 0;
  for (;;) {
    let end = start + MAX_CHUNK_LENGTH;
    if (end >= text.length) {
      chunks.push([start, text.length]);
      return chunks;
    }
    // Search only the window's last quarter: lastIndexOf on the whole text would scan back to
    // its start in a text without breaks, once per window (quadratic).
    const tail = text.slice(end - BREAK_SEARCH, end);
    const line = tail.lastIndexOf('\n');
    const space = tail.lastIndexOf(' ');
    if (line > 0) end = end - BREAK_SEARCH + line + 1;
    else if (space > 0) end = end - BREAK_SEARCH + space + 1;
    chunks.push([start, end]);
    start = end - CHUNK_OVERLAP;
  }
}

/** Run `find` on every window of the text and shift what it returns to offsets in the whole text. */
export function inChunks<T extends { start: number; end: number }>(text: string, find: (chunk: string) => T[]): T[] {
  const chunks = textChunks(text);
  if (chunks.length === 1) return find(text);
  const found: T[] = [];
  for (const [start, end] of chunks) {
    for (const item of find(text.slice(start, end))) found.push({ ...item, start: item.start + start, end: item.end + start });
  }
  return found;
}
