import { describe, expect, it } from 'vitest';
import { rememberPerText } from '../../../lib/blinding/text-memo';

describe('rememberPerText', () => {
  it('asks once per short text, also when the answer is false or undefined', () => {
    const asked: string[] = [];
    const remark = rememberPerText((text) => (asked.push(text), text === 'ja' ? true : text === 'nee' ? false : undefined));
    for (let round = 0; round < 3; round += 1) {
      expect(remark('ja')).toBe(true);
      expect(remark('nee')).toBe(false);
      expect(remark('?')).toBeUndefined();
    }
    expect(asked).toEqual(['ja', 'nee', '?']);
  });

  it('asks again for every long text and gives copies when asked to', () => {
    let asked = 0;
    const values = rememberPerText(
      (text) => ((asked += 1), [{ start: 0, end: text.length }]),
      (found) => found.map((value) => ({ ...value })),
    );
    const long = 'a'.repeat(257);
    values(long);
    values(long);
    expect(asked).toBe(2);
    const first = values('Nationaliteit: Pools');
    first[0]!.end = 0;
    expect(values('Nationaliteit: Pools')).toEqual([{ start: 0, end: 20 }]);
    expect(asked).toBe(3);
  });
});
