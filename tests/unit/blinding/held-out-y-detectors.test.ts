import { describe, expect, it } from 'vitest';
import { createMarkerDetector } from '../../../lib/blinding/detect';

// Invented numbers, in the phrasings held-out set Y showed us.
const detect = createMarkerDetector();
const found = (text: string): string[] => detect(text).map((range) => `${range.category}: ${text.slice(range.start, range.end)}`);

describe('numbers set Y showed that are no phone numbers', () => {
  it.each(['Job #0651220874 · Stagiair logistiek', 'Ticket #0203 448 119', 'Inbellen: +31 20 794 8817'])('%j hides nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Tel #0651220874', 'phone: 0651220874'],
    ['Mobiel #06 5122 0874', 'phone: 06 5122 0874'],
    ['Bel me: 06 12345678', 'phone: 06 12345678'],
  ])('%j keeps the phone number hidden', (text, marker) => {
    expect(found(text)).toEqual([marker]);
  });
});
