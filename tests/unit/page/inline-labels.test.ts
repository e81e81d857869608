import { describe, expect, it } from 'vitest';
import { inlineLabelValues } from '../../../lib/page/inline-labels';

const values = (text: string) => inlineLabelValues(text).map(({ start, end, category }) => [text.slice(start, end), category]);

describe('label and value inside running text', () => {
  it('gives the value after a known label its category, up to the next comma or stop', () => {
    expect(values('Notitie (door Jolien Post): Nationaliteit: Pools, woont in Utrecht.')).toEqual([['Pools', 'nationality']]);
    expect(values('Geboorteplaats: Paramaribo. Telefoon: 06 12 34 56 78')).toEqual([
      ['Paramaribo', 'birthplace'],
      ['06 12 34 56 78', 'phone'],
    ]);
  });

  it('leaves labels it does not know, colleagues and sentences alone', () => {
    expect(values('Opleiding: Bakker (niveau 2)')).toEqual([]);
    expect(values('Eigenaar: Ruud Veldhuis')).toEqual([]);
    expect(values('Gesprek op dinsdag om 10:30 met het team')).toEqual([]);
    // A value that does not fit its label: a meeting room is no residence, a word no phone number.
    expect(values('Locatie: Vergaderruimte De Kotter')).toEqual([]);
    expect(values('Telefoon: onbekend')).toEqual([]);
    expect(values('Locatie: Kampen')).toEqual([['Kampen', 'address']]);
  });

  it('reads a bounded part of a long text', () => {
    expect(values(`${'x '.repeat(3000)}Nationaliteit: Pools`)).toEqual([]);
  });
});
