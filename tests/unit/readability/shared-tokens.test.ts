// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readability } from '../../../lib/readability/readability';
import { createIncrementalAnalyzer } from '../../../lib/wording/incremental';

// The abbreviation stands in the last paragraph, so its offset proves the paragraph's start is added.
const AD = `Ten behoeve van de optimalisatie van onze processen zijn wij op zoek naar een stagiair die verantwoordelijk wordt gesteld voor het verrichten van werkzaamheden conform de geldende normen.

Je helpt klanten in de winkel. Je werkt drie dagen per week.

Indien je beschikt over aantoonbare affiniteit met dienstverlening bij de KNVB, worden sollicitaties met belangstelling tegemoet gezien.`;

describe('readability on the wording check’s paragraphs', () => {
  it('gives exactly what it gives when it tokenises the text itself', () => {
    const analyzer = createIncrementalAnalyzer();
    analyzer.analyze(AD);
    const shared = readability(AD, { paragraphs: analyzer.paragraphs });
    expect(shared).toEqual(readability(AD));
    expect(shared.hints.length).toBeGreaterThan(2);
    for (const hint of shared.hints) expect(hint.end).toBeGreaterThan(hint.start);
    expect(shared.hints.some((h) => AD.slice(h.start, h.end) === 'KNVB')).toBe(true);
  });

  it('stays right when one paragraph is edited and the others keep their tokens', () => {
    const analyzer = createIncrementalAnalyzer();
    analyzer.analyze(AD);
    readability(AD, { paragraphs: analyzer.paragraphs });
    const edited = AD.replace('drie dagen', 'vier of vijf dagen');
    analyzer.analyze(edited);
    expect(analyzer.lastRecomputed).toBe(1);
    expect(readability(edited, { paragraphs: analyzer.paragraphs })).toEqual(readability(edited));
  });
});

describe('hints for the hardest sentences only', () => {
  const LONG = Array.from({ length: 6 }, () => AD).join('\n\n');

  it('names the same hardest sentences with the same hints as the full answer, and no other hints', () => {
    for (const [text, target] of [
      [AD, 'B1'],
      [LONG, 'B1'],
      [AD, 'A1'],
      [AD, 'C2'],
    ] as const) {
      const full = readability(text, { target });
      const lazy = readability(text, { target, hints: 'hardest' });
      expect(lazy.hardest).toEqual(full.hardest);
      expect(lazy.hints).toEqual([]);
      expect({ ...lazy, hints: full.hints }).toEqual(full);
    }
    expect(readability(AD, { target: 'B1', hints: 'hardest' }).hardest.length).toBeGreaterThan(0);
  });
});
