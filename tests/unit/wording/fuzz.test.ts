import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';
import type { AnalysisResult } from '../../../lib/wording/types';

/** The invariants every result must keep, whatever the input. */
function checkInvariants(text: string, result: AnalysisResult): void {
  let previous = -1;
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeGreaterThanOrEqual(previous);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    previous = f.start;
  }
  for (const w of result.genderBalance.words) expect(text.slice(w.start, w.end)).toBe(w.text);
  expect(result.summary.total).toBe(result.findings.length);
}

const VOCABULARY = [
  'jong',
  'jonge',
  'stagiair',
  'max.',
  '25',
  'jaar',
  '18-23',
  'man',
  'vrouw',
  'm/v',
  'moedertaal',
  'hoofddoek',
  'representatief',
  'foto',
  'young',
  'native',
  'speaker',
  'under',
  '30',
  'ongeacht',
  '\n\n',
  '\n',
  '. ',
  ', ',
  'é',
  'ï',
  '—',
  '‏',
  'ש',
  'ع',
  '👩‍💻',
  '\u0000',
  '<b>',
  '</b>',
  '&amp;',
  'Jong Talent',
  '(m/v/x)',
  'B1-niveau',
  'ABN',
  'geen',
  'alleen',
  'only',
  'no',
  'Belgen',
  'Nederlandse',
  'kandidaten',
  'applicants',
  'achttien',
  'vijfentwintig',
  'forty-plus',
  '55-plussers',
  'tot',
  'maximaal',
  'twee',
  'jaar',
  'ervaring',
  'bij voorkeur',
  'vast contract',
  'bonus',
  'hoofddoek',
  '?',
];

describe('fuzzing analyze', () => {
  it('never throws and keeps offsets inside the text on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('nl', 'en', 'auto'), (text, lang) => {
        checkInvariants(text, analyze(text, { lang: lang as 'nl' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps invariants on text built from rule words, markup, RTL, emoji and NUL', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 80 }), (parts) => {
        const text = parts.join(' ');
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles HTML source', () => {
    const html =
      '<!doctype html><html><head><style>.jong{color:red}</style><script>var man = "jonge";</script></head>' +
      '<body><p class="vacature">Wij zoeken een <b>jonge</b> stagiair&nbsp;(m/v) van max. 25 jaar.</p></body></html>';
    const result = analyze(html);
    checkInvariants(html, result);
    expect(result.findings.some((f) => f.ground === 'age')).toBe(true);
  });

  // Generous timeouts: the machine is shared; a quadratic step would take minutes, not seconds.
  it('handles a 1 MB single line', { timeout: 30_000 }, () => {
    const unit = 'Wij zoeken een jonge collega met ervaring in Excel en een frisse blik, ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = analyze(text);
    checkInvariants(text, result);
    expect(result.findings.length).toBeGreaterThan(1000);
  });

  it('handles a 1 MB single line dense with group words, frames and ages', { timeout: 30_000 }, () => {
    const unit =
      'geen Belgen of Polen, alleen Nederlandse kandidaten van achttien tot 25 jaar met een vast contract krijgen bij voorkeur een bonus ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = analyze(text, { lang: 'nl' });
    checkInvariants(text, result);
    expect(result.findings.some((f) => f.ruleId.includes('.construction-'))).toBe(true);
  });

  it('handles lone surrogates, NUL bytes and RTL marks', () => {
    const text = '\uD800jong\u0000 stagiair \u202Eجديد\u202C 👩🏽‍🔧 jonge\uDC00';
    checkInvariants(text, analyze(text));
  });
});
