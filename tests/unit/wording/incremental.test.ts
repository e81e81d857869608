import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';
import { createIncrementalAnalyzer } from '../../../lib/wording/incremental';

const PARAGRAPHS = [
  'Wij zoeken een jonge, enthousiaste stagiair voor onze winkel.',
  'Je spreekt perfect Nederlands en hebt een representatieve uitstraling.',
  'Stuur je cv met pasfoto naar ons.',
  'Je werkt 32 uur per week in een hecht team.',
  'We are looking for a native English speaker for our helpdesk.',
  'Je bent ambitieus en zorgvuldig.',
  'Onze klanten zijn vooral jongeren.',
  'Voor deze stage zoeken wij studenten tot 21 jaar.',
];

describe('createIncrementalAnalyzer', () => {
  it('redoes only the paragraph that changed, with shifted offsets', () => {
    const analyzer = createIncrementalAnalyzer();
    const text = PARAGRAPHS.slice(0, 4).join('\n\n');
    analyzer.analyze(text);
    expect(analyzer.lastRecomputed).toBe(4);
    const edited = text.replace('hecht team', 'hecht en gezellig team van jonge collega’s');
    const result = analyzer.analyze(edited);
    expect(analyzer.lastRecomputed).toBe(1);
    expect(result).toEqual(analyze(edited));
    const prepended = `Inleiding.\n\n${edited}`;
    const shifted = analyzer.analyze(prepended);
    expect(analyzer.lastRecomputed).toBe(1);
    expect(shifted).toEqual(analyze(prepended));
  });

  it('recomputes when the document context changes (internship ad)', () => {
    const analyzer = createIncrementalAnalyzer();
    const job = 'Wij zoeken studenten voor het vakkenvullen.\n\nJe werkt in de avond.';
    expect(analyzer.analyze(job)).toEqual(analyze(job));
    const internship = `${job}\n\nDit is een stage.`;
    expect(analyzer.analyze(internship)).toEqual(analyze(internship));
  });

  it('equals a full analysis over random edit sequences', () => {
    const analyzer = createIncrementalAnalyzer();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }), { maxLength: 8 }),
        fc.constantFrom('nl', 'en', 'auto'),
        (picks, lang) => {
          const text = picks.map((i) => PARAGRAPHS[i]).join('\n\n');
          const options = { lang: lang as 'nl' | 'en' | 'auto' };
          expect(analyzer.analyze(text, options)).toEqual(analyze(text, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('can be cleared', () => {
    const analyzer = createIncrementalAnalyzer();
    analyzer.analyze(PARAGRAPHS[0] ?? '');
    analyzer.clear();
    analyzer.analyze(PARAGRAPHS[0] ?? '');
    expect(analyzer.lastRecomputed).toBe(1);
  });
});
