import { rememberedInSlice } from './harvest/slice-memo';

/**
 * Where a sheet keeps its column headers: a first row of words under the column letters, in a
 * table or in a grid drawn without row elements.
 *
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
const COLUMN_LETTERS = /^[A-Z]{1,3}$/u;

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
/** Texts that can head columns: short, without digits (a row of data has dates, numbers, addresses). */
const allHeaderWords = (texts: readonly string[]) => texts.every((text) => text.length <= MAX_HEADER_LENGTH && !/\d/u.test(text));

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
    const words = allHeaderWords(texts);
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

/** A header row of a sheet's column letters only: "A", "B", "C". */
export function columnLetters(row: Element): boolean {
  const texts = [...row.children].map((cell) => squash(cell.textContent)).filter((text) => text !== '');
  return texts.length >= 2 && texts.every((text) => COLUMN_LETTERS.test(text));
}

const ROW_NUMBER = /^\d{1,5}$/u;
/**
 * The row after `after` (or the table's first row) when its cells read as headers: short,
 * without digits, nearly all filled. A row of data has dates, numbers or addresses in it.
 */
export function firstRowOfWords(rows: NodeListOf<Element>, after: Element | null): Element | undefined {
  const list = [...rows];
  const row = list[after === null ? 0 : list.indexOf(after) + 1];
  if (row === undefined || list.length < 2) return undefined;
  // A sheet's row number leads its row: "1" before "Naam", "E-mail" names no column.
  const texts = [...row.children]
    .filter(
      (cell, index) =>
        cell.tagName !== 'TH' && cell.getAttribute('role') !== 'rowheader' && !(index === 0 && ROW_NUMBER.test(squash(cell.textContent))),
    )
    .map((cell) => squash(cell.textContent));
  const filled = texts.filter((text) => text !== '');
  // Three columns at least: a table of two is a list of labels and values, each row its own pair.
  const words = filled.length >= 3 && filled.length * 4 >= texts.length * 3 && allHeaderWords(filled);
  return words ? row : undefined;
}
