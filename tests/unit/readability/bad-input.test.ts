// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../lib/readability/levels';
import { readability } from '../../../lib/readability/readability';
import { HINT_KINDS, REASONS, type ReadabilityResult } from '../../../lib/readability/types';

/** What every answer keeps, whatever the input. */
function checkInvariants(text: string, result: ReadabilityResult): void {
  expect(result.level === null || LEVELS.includes(result.level)).toBe(true);
  expect(LEVELS).toContain(result.target);
  expect(result.level === null).toBe(result.reason !== null || result.sentences === 0);
  if (result.reason) {
    expect(REASONS).toContain(result.reason);
    expect(result.reasonMessage).toBeTruthy();
  }
  for (const hint of [...result.hints, ...result.hardest.flatMap((s) => s.hints)]) {
    expect(HINT_KINDS).toContain(hint.kind);
    expect(hint.start).toBeGreaterThanOrEqual(0);
    expect(hint.end).toBeGreaterThan(hint.start);
    expect(hint.end).toBeLessThanOrEqual(text.length);
    expect(hint.message.length).toBeGreaterThan(0);
  }
  for (const p of result.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
  }
  for (const s of result.hardest) expect(s.end).toBeLessThanOrEqual(text.length);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const PIECES = [
  'Wij',
  'zoeken',
  'een',
  'stagiair',
  'indien',
  'wordt',
  'verwacht',
  'de uitvoering van',
  'i.v.m.',
  'HACCP',
  '(VOG)',
  'We',
  'are',
  'looking',
  'applications are reviewed',
  '.',
  '. ',
  '? ',
  ';',
  ':',
  '\n',
  '\n\n',
  '- ',
  '\t',
  '|',
  'geïnteresseerd',
  'ë',
  '👩‍💻',
  '🎉',
  'Привет',
  'مرحبا',
  '你好世界',
  '\u0000',
  '\uD800',
  '\u200F',
  '1.000',
  '18-23',
  'm/v/x',
];

describe('readability on bad input', () => {
  it('says there is nothing to assess for an empty or blank text', () => {
    for (const text of ['', '   ', '\n\n\t', '🎉🎉🎉']) {
      const result = readability(text);
      expect(result.level).toBeNull();
      expect(result.reason).toBe('empty');
      expect(result.hints).toEqual([]);
    }
    expect(readability(undefined as unknown as string).reason).toBe('empty');
  });

  it('gives no level for a text of only a list, a table or headings', () => {
    const list = '- Rijbewijs B\n- Mbo niveau 2\n- Flexibel\n- Leergierig\n- Teamspeler\n- Zelfstandig';
    const table = 'Functie\tUren\tLocatie\nVerkoper\t32\tUtrecht\nKassamedewerker\t16\tZeist\nMagazijn\t40\tNieuwegein';
    const bullets = '• Je hebt een rijbewijs\n• Je bent flexibel inzetbaar\n• Je werkt graag met mensen\n• Je bent 16 jaar of ouder';
    for (const text of [list, table, bullets]) {
      const result = readability(text);
      expect(result.level).toBeNull();
      expect(result.reason).toBe('no-prose');
      expect(result.reasonMessage).toMatch(/lijst, tabel of kopjes/);
    }
  });

  it('gives no level for one enormous sentence, and marks it as long', () => {
    const text = `${'Je werkt in het magazijn en je helpt de chauffeurs en je ruimt de pallets op '.repeat(60)}.`;
    const result = readability(text);
    expect(result.level).toBeNull();
    expect(result.reason).toBe('no-sentence-breaks');
    expect(result.hints.some((h) => h.kind === 'long-sentence')).toBe(true);
    expect(result.score).not.toBeNull();
  });

  it('gives no level for text in neither language, even when a language is forced', () => {
    const german =
      'Wir suchen einen motivierten Praktikanten für unser Team in Berlin. Du unterstützt die Abteilung bei Kampagnen und schreibst Texte für die Webseite.';
    const french =
      'Nous recherchons un stagiaire motivé pour rejoindre notre équipe à Paris. Vous aiderez le service marketing et rédigerez des textes pour le site.';
    for (const text of [german, french]) {
      const result = readability(text);
      expect(result.lang).toBeNull();
      expect(result.level).toBeNull();
      expect(result.reason).toBe('unknown-language');
    }
    expect(readability(german, { lang: 'nl' }).reason).toBe('unknown-language');
  });

  it('gives no level for a text in another script, and ignores emoji and a few foreign words in a Dutch text', () => {
    expect(readability('Мы ищем стажёра для нашей команды в Утрехте. Вы помогаете отделу маркетинга.').reason).toBe('other-script');
    expect(readability('我们正在寻找一名实习生。你将帮助营销团队。我们提供实习津贴。').reason).toBe('other-script');
    const mixed =
      'Wij zoeken een stagiair 🎉 voor onze winkel in Utrecht. Je helpt klanten 👩‍💻 en je werkt aan de kassa. Je spreekt misschien ook Arabisch (مرحبا) of Pools.';
    const result = readability(mixed);
    expect(result.lang).toBe('nl');
    expect(result.level).not.toBeNull();
    expect(result.reason).toBeNull();
  });

  it('says a text is too short for a level', () => {
    const result = readability('Stagiair gezocht.');
    expect(result.level).toBeNull();
    expect(result.reason).toBe('too-short');
  });

  it('never throws and keeps offsets inside the text on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('nl', 'en', 'auto'), (text, lang) => {
        checkInvariants(text, readability(text, { lang: lang as 'nl' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on text built from hint words, lists, tables, scripts and emoji', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), fc.constantFrom('nl', 'en'), (parts, locale) => {
        const text = parts.join(' ');
        checkInvariants(text, readability(text, { locale }));
      }),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the length of the text, also on input built to be slow', () => {
    // Relative, not a speed budget (that is the benchmark's job): a text 32 times as long may
    // take at most 256 times as long. That leaves room for garbage collection and a busy shared
    // machine, while quadratic work (1,024 times) fails. The fastest of several runs is compared.
    const fastest = (text: string) => {
      readability(text);
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        readability(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 20, maxLength: 40 }),
        fc.constantFrom('', ' ', '\n', '. '),
        (parts, separator) => {
          const unit = parts.join(separator);
          const small = unit.repeat(Math.ceil(1000 / unit.length));
          const large = small.repeat(32);
          expect(fastest(large)).toBeLessThan(256 * fastest(small));
        },
      ),
      { numRuns: 10 },
    );
  }, 30_000);
});
