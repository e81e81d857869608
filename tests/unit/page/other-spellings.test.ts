import { beforeEach, describe, expect, it } from 'vitest';
import { otherSpellings } from '../../../lib/page/harvest/other-spellings';
import { testLexicon } from '../blinding/test-lexicon';

const lexicon = testLexicon({ given: ['yonas', 'fang', 'wang'], family: ['tesfaye', 'wang'], common: ['mandarijn'] });
const card = (markup: string) => {
  document.body.innerHTML = `<div class="card">${markup}</div>`;
  return document.querySelector('.name')!;
};

describe('a name written beside itself in another script', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes the spelling in another script just before or after a Latin name', () => {
    expect(otherSpellings(card('<div class="name">Yonas Tesfaye</div><div lang="ti">ዮናስ ተስፋዬ</div>'), 'Yonas Tesfaye', lexicon)).toEqual([
      'ዮናስ ተስፋዬ',
    ]);
    expect(
      otherSpellings(card('<div lang="ar">(فاطمة الزهراء)</div><div class="name">Fatima Zahra</div>'), 'Fatima Zahra', lexicon),
    ).toEqual(['فاطمة الزهراء']);
  });

  it('takes the Latin spelling beside a name in another script only when it reads as a name', () => {
    expect(otherSpellings(card('<div class="name">王芳</div><div>Wang Fang</div>'), '王芳', lexicon)).toEqual(['Wang Fang']);
    expect(otherSpellings(card('<div class="name">王芳</div><div>Mandarijn, Kantonees</div>'), '王芳', lexicon)).toEqual([]);
  });

  it('leaves Latin text, mixed text and long text beside a Latin name', () => {
    expect(otherSpellings(card('<div class="name">Yonas Tesfaye</div><div>Tigrinya, Amhaars</div>'), 'Yonas Tesfaye', lexicon)).toEqual([]);
    expect(otherSpellings(card('<div class="name">Yonas Tesfaye</div><div>Tolk ትግርኛ</div>'), 'Yonas Tesfaye', lexicon)).toEqual([]);
    expect(otherSpellings(card(`<div class="name">Yonas Tesfaye</div><div>${'ዮናስ '.repeat(20)}</div>`), 'Yonas Tesfaye', lexicon)).toEqual(
      [],
    );
  });
});
