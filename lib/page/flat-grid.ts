import { rememberedInSlice } from './harvest/slice-memo';

/**
 * A grid drawn without row elements: every cell a sibling of every other, placed by position and
 * numbered by attributes (`data-row`/`data-col`, `aria-rowindex`/`aria-colindex`), as a sheet or
 * a canvas-free data grid draws them. A cell's header is the text of its column in the grid's
 * first row of words (a sheet's column letters "A", "B", "C" name nothing).
 */
const ROW_ATTRIBUTE = /^(?:aria|data)-(?:row|r)(?:-?index)?$/u;
const COLUMN_ATTRIBUTE = /^(?:aria|data)-(?:col|column|c)(?:-?index)?$/u;
/** A grid has a few columns and rows at least; a parent of more children is read no further. */
const MIN_CELLS = 6;
const MAX_CELLS = 5000;
const MAX_HEADER_LENGTH = 30;
/** A sheet's column letters: "A", "B", "AA". */
export const COLUMN_LETTERS = /^[A-Z]{1,3}$/u;

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

function indexIn(cell: Element, name: RegExp): number | undefined {
  for (const attribute of cell.attributes) {
    if (!name.test(attribute.name)) continue;
    const value = Number.parseInt(attribute.value, 10);
    if (value >= 0 && String(value) === attribute.value.trim()) return value;
  }
  return undefined;
}

interface FlatHeaders {
  row: number;
  byColumn: Map<number, string>;
}

/** The header row of the grid a parent holds, read once a slice. */
const headersIn = rememberedInSlice((grid: Element): FlatHeaders | undefined => {
  const count = grid.childElementCount;
  if (count < MIN_CELLS || count > MAX_CELLS) return undefined;
  const rows = new Map<number, Map<number, string>>();
  for (const cell of grid.children) {
    const row = indexIn(cell, ROW_ATTRIBUTE);
    const column = indexIn(cell, COLUMN_ATTRIBUTE);
    if (row === undefined || column === undefined) continue;
    let texts = rows.get(row);
    if (texts === undefined) rows.set(row, (texts = new Map()));
    texts.set(column, squash(cell.textContent));
  }
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const texts = [...rows.get(row)!.values()].filter((text) => text !== '');
    if (texts.length < 3) continue;
    const words = texts.every((text) => text.length <= MAX_HEADER_LENGTH && !/\d/u.test(text));
    if (words && !texts.every((text) => COLUMN_LETTERS.test(text))) return { row, byColumn: rows.get(row)! };
    // The first row of data comes before any row of words: the grid has no header row.
    if (!words) return undefined;
  }
  return undefined;
});

/** The header of a cell of a flat grid, or undefined when it stands in none. */
export function flatGridHeader(cell: Element): string | undefined {
  const grid = cell.parentElement;
  const row = indexIn(cell, ROW_ATTRIBUTE);
  const column = indexIn(cell, COLUMN_ATTRIBUTE);
  if (grid === null || row === undefined || column === undefined) return undefined;
  const headers = headersIn(grid);
  if (headers === undefined || row <= headers.row) return undefined;
  const text = headers.byColumn.get(column);
  return text === undefined || text === '' ? undefined : text;
}
