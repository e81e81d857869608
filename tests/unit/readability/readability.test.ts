// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fleschDouma, fleschKincaidGrade, fleschReadingEase } from '../../../lib/readability/formulas';
import { levelOf, reachesTarget } from '../../../lib/readability/levels';
import { readability } from '../../../lib/readability/readability';

const PLAIN_NL = `Wij zoeken een stagiair voor onze winkel. Je helpt klanten. Je zet spullen in de rekken. Je werkt aan de kassa.

Je werkt drie dagen per week. Je krijgt een vaste begeleider. Je krijgt een stagevergoeding van 300 euro per maand. Bel of mail ons als je vragen hebt.`;

const DENSE_NL = `Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.

Indien je beschikt over aantoonbare affiniteit met klantgerichte dienstverlening en je je herkent in het profiel, worden sollicitaties met belangstelling tegemoet gezien.`;

const PLAIN_EN = `We need a helper in our shop. You help customers. You fill the shelves. You work at the till. You work three days a week. You get a free lunch. Call us if you have questions.`;

const DENSE_EN = `To augment our retail team, we are recruiting a customer-focused associate with demonstrable affinity for the home improvement sector, who will be accountable for the provision of product advice and the maintenance of merchandising standards. Remuneration will be commensurate with experience, and applications are reviewed on a rolling basis prior to the closing date.`;

describe('readability of a whole text', () => {
  it('gives a plain Dutch ad B1 or easier and a dense one B2 or harder, in the right order', () => {
    const plain = readability(PLAIN_NL);
    const dense = readability(DENSE_NL);
    expect(plain.lang).toBe('nl');
    expect(plain.level && reachesTarget(plain.level, 'B1')).toBe(true);
    expect(dense.level && !reachesTarget(dense.level, 'B1')).toBe(true);
    expect(plain.score as number).toBeGreaterThan(dense.score as number);
    expect(plain.reached).toBe(true);
    expect(dense.reached).toBe(false);
  });

  it('does the same for English, with Flesch Reading Ease and a Flesch-Kincaid grade', () => {
    const plain = readability(PLAIN_EN);
    const dense = readability(DENSE_EN);
    expect(plain.lang).toBe('en');
    expect(plain.method).toMatch(/^flesch-reading-ease/);
    expect(plain.level && reachesTarget(plain.level, 'B1')).toBe(true);
    expect(dense.level && !reachesTarget(dense.level, 'B1')).toBe(true);
    expect(plain.grade as number).toBeLessThan(dense.grade as number);
  });

  it('counts sentences, words and syllables, and computes Flesch-Douma from them', () => {
    const result = readability('Je helpt de kok. Je maakt de keuken schoon. Je werkt op zaterdag.');
    expect(result.sentences).toBe(3);
    expect(result.words).toBe(13);
    // je helpt de kok / je maakt de keu-ken schoon / je werkt op za-ter-dag
    expect(result.syllables).toBe(16);
    expect(result.score).toBeCloseTo(fleschDouma(13 / 3, 16 / 13), 1);
    expect(result.method).toBe('flesch-douma; level: ew-cefr-1');
  });

  it('keeps the textbook formulas', () => {
    expect(fleschReadingEase(10, 1.5)).toBeCloseTo(206.835 - 10.15 - 126.9, 6);
    expect(fleschKincaidGrade(10, 1.5)).toBeCloseTo(3.9 + 17.7 - 15.59, 6);
    expect(fleschDouma(10, 1.5)).toBeCloseTo(206.84 - 115.5 - 9.3, 6);
  });

  it('judges against the target it is given (B1 by default)', () => {
    expect(readability(DENSE_NL).target).toBe('B1');
    const lenient = readability(DENSE_NL, { target: 'C2' });
    expect(lenient.target).toBe('C2');
    expect(lenient.reached).toBe(true);
    expect(readability(DENSE_NL, { target: 'Z9' as 'B1' }).target).toBe('B1');
  });

  it('gives figures per paragraph, with offsets into the text', () => {
    const result = readability(PLAIN_NL);
    expect(result.paragraphs).toHaveLength(2);
    const [first, second] = result.paragraphs;
    expect(PLAIN_NL.slice(first!.start, first!.end)).toMatch(/^Wij zoeken.*kassa\.$/s);
    expect(PLAIN_NL.slice(second!.start, second!.end)).toMatch(/^Je werkt drie.*hebt\.$/s);
    expect(first!.sentences + second!.sentences).toBe(result.sentences);
    expect(first!.words + second!.words).toBe(result.words);
  });

  it('names the hardest sentences above the target, hardest first, with their hints', () => {
    const result = readability(DENSE_NL);
    expect(result.hardest.length).toBeGreaterThan(0);
    expect(DENSE_NL.slice(result.hardest[0]!.start, result.hardest[0]!.end)).toMatch(/^(Ten behoeve|Indien)/);
    for (const sentence of result.hardest) {
      expect(reachesTarget(sentence.level, 'B1')).toBe(false);
      for (const hint of sentence.hints) {
        expect(hint.start).toBeGreaterThanOrEqual(sentence.start);
        expect(hint.end).toBeLessThanOrEqual(sentence.end + 1);
      }
    }
    expect(readability(PLAIN_NL).hardest.every((s) => !reachesTarget(s.level, 'B1'))).toBe(true);
  });

  it('writes hints and reasons in the requested locale', () => {
    const nl = readability(DENSE_NL);
    const en = readability(DENSE_NL, { locale: 'en' });
    expect(nl.hints.find((h) => h.kind === 'passive')?.message).toMatch(/^Lijdende vorm/);
    expect(en.hints.find((h) => h.kind === 'passive')?.message).toMatch(/^Passive voice/);
    expect(readability('', { locale: 'en' }).reasonMessage).toBe('There is no text to assess.');
  });

  it('rounds a model score to the nearest level and clamps it to A1..C2', () => {
    expect(levelOf(-3)).toBe('A1');
    expect(levelOf(3.49)).toBe('B1');
    expect(levelOf(3.5)).toBe('B2');
    expect(levelOf(42)).toBe('C2');
  });
});
