import { describe, expect, it } from 'vitest';
import { inSlice, rememberedInSlice, sliced } from '../../../lib/page/harvest/slice-memo';

describe('answers remembered within a slice', () => {
  it('works an answer out once per key inside a slice, and again in the next slice', () => {
    let asked = 0;
    const answer = rememberedInSlice((element: Element) => ((asked += 1), element.childElementCount));
    const row = document.createElement('tr');
    inSlice(() => {
      expect(answer(row)).toBe(0);
      row.append(document.createElement('td'));
      // Within a slice the page does not change: the first answer holds.
      expect(answer(row)).toBe(0);
    });
    expect(asked).toBe(1);
    inSlice(() => expect(answer(row)).toBe(1));
    expect(asked).toBe(2);
  });

  it('remembers nothing outside a slice, nor after a slice that threw', () => {
    let asked = 0;
    const answer = rememberedInSlice((element: Element) => ((asked += 1), element.tagName));
    const cell = document.createElement('td');
    answer(cell);
    answer(cell);
    expect(asked).toBe(2);
    expect(() =>
      inSlice(() => {
        answer(cell);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    answer(cell);
    expect(asked).toBe(4);
  });

  it('runs every slice of a resumable pass as one slice, nested slices included', () => {
    const answer = rememberedInSlice((element: Element) => element.childElementCount);
    const list = document.createElement('ul');
    let slices = 0;
    const pass = sliced({
      run: () => {
        slices += 1;
        const before = answer(list);
        list.append(document.createElement('li'));
        inSlice(() => expect(answer(list)).toBe(before));
        return slices === 2;
      },
    });
    expect(pass.run()).toBe(false);
    expect(pass.run()).toBe(true);
    expect(answer(list)).toBe(2);
  });
});
