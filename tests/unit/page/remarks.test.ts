import { describe, expect, it } from 'vitest';
import { isRemark } from '../../../lib/page/remarks';

describe('remarks written outside a notes area', () => {
  it('knows a colleague speaking and a comment line', () => {
    for (const text of [
      'Bram Oost – Gesprek. Mirte: zij kan per direct beginnen.',
      'Laatste opmerking (Joris Kok): hij was te laat.',
      'Sam: he asked good questions',
    ])
      expect(isRemark(text), text).toBe(true);
  });

  it('leaves ordinary sentences alone', () => {
    for (const text of ['Zij is geboren in Emmen en werkt bij ons sinds 2019.', 'Gesprek op dinsdag om 10:30 met het team'])
      expect(isRemark(text), text).toBe(false);
  });
});
