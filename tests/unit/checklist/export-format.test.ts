import { describe, expect, it } from 'vitest';
import {
  buildProgressExport,
  csvCell,
  parseProgressExport,
  progressToCsv,
  progressToJson,
  toCsvText,
} from '../../../lib/checklist/export-format';
import type { Organisation } from '../../../lib/checklist/progress-schema';
import { byItem, entry, makePack } from './helpers';

/** A small RFC 4180 reader, to prove the writer's output parses back to the same cells. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

const pack = makePack({
  a: [
    ['a1', 'must'],
    ['a2', 'should'],
  ],
});
const organisation: Organisation = { id: 'org-1', name: 'Vestiging Utrecht', createdAt: '2026-01-01T09:00:00Z' };

describe('CSV cells', () => {
  it('quotes delimiters, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://evil")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1']) {
      const cell = csvCell(attack);
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted.startsWith("'"), attack).toBe(true);
    }
    expect(csvCell('gewoon = tekst')).toBe('gewoon = tekst');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });
});

describe('progressToCsv', () => {
  const progress = byItem(
    entry('a1', 'done', {
      owner: 'Fatima',
      note: 'Besproken in MT, "akkoord"\nvolgende stap: OR',
      evidence: [
        { kind: 'link', url: 'https://intranet.example.nl/beleid.pdf', label: 'Beleid' },
        { kind: 'text', text: '=cmd|calc' },
      ],
      dueDate: '2026-04-01',
    }),
  );

  it('writes one row per item with Dutch headers and labels, and reads back to the same cells', () => {
    const rows = parseCsv(progressToCsv(pack, progress, { locale: 'nl' }));
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]).toBe('Sectie');
    expect(rows[1]!.slice(0, 7)).toEqual(['Sectie a', 'a1', 'Titel a1', 'Verplicht', 'Gedaan', 'Fatima', '2026-04-01']);
    expect(rows[1]![8]).toBe('Besproken in MT, "akkoord"\nvolgende stap: OR');
    // Only a cell's first character can start a formula; later lines are plain text.
    expect(rows[1]![9]).toBe('Beleid <https://intranet.example.nl/beleid.pdf>\n=cmd|calc');
    expect(rows[2]!.slice(1, 5)).toEqual(['a2', 'Titel a2', 'Aanbevolen', 'Niet gestart']);
  });

  it('neutralises user text that would start a formula in its own cell', () => {
    const hostile = byItem(
      entry('a1', 'in-progress', { owner: '=1+1', note: '@SUM(A1:A9)', evidence: [{ kind: 'text', text: '+31 20 123' }] }),
    );
    const rows = parseCsv(progressToCsv(pack, hostile, { locale: 'nl' }));
    expect([rows[1]![5], rows[1]![8], rows[1]![9]]).toEqual(["'=1+1", "'@SUM(A1:A9)", "'+31 20 123"]);
  });

  it('writes English and semicolons on request, with an optional byte order mark', () => {
    const text = progressToCsv(pack, progress, { locale: 'en', delimiter: ';', byteOrderMark: true });
    expect(text.startsWith('\uFEFFSection;Item id;')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[1]![4]).toBe('Done');
  });
});

describe('JSON export', () => {
  const progress = byItem(entry('a2', 'in-progress'), entry('a1', 'done'));
  const input = { pack, organisation, progress, exportedAt: '2026-03-10T12:00:00.000Z' };

  it('lists progress in pack order and round-trips', () => {
    const data = buildProgressExport(input);
    expect(data.items.map((item) => item.itemId)).toEqual(['a1', 'a2']);
    const parsed = parseProgressExport(progressToJson(input));
    expect(parsed.ok && parsed.data).toEqual(data);
  });

  it("keeps only the organisation's own snapshots", () => {
    const snapshot = { organisationId: 'other', day: '2026-03-01', packId: pack.id, packVersion: '1.0.0', overall: 1, sections: {} };
    expect(buildProgressExport({ ...input, snapshots: [snapshot] }).snapshots).toEqual([]);
  });

  it('rejects other files, newer formats and damaged exports with a clear message', () => {
    const notJson = parseProgressExport('{oops');
    expect(!notJson.ok && notJson.message.nl).toContain('geen leesbare JSON');
    const other = parseProgressExport({ format: 'something-else' });
    expect(!other.ok && other.message.en).toContain('not a checklist progress export');
    const newer = parseProgressExport({ ...buildProgressExport(input), formatVersion: 9 });
    expect(!newer.ok && newer.message.nl).toContain('nieuwere versie');
    const damaged = JSON.parse(progressToJson(input)) as { items: { status: string }[] };
    damaged.items[0]!.status = 'klaar';
    const result = parseProgressExport(damaged);
    expect(!result.ok && result.message.nl).toContain('items.0.status');
  });
});
