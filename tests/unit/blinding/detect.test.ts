import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER_CATEGORIES, categoryLabel, categoryMask, markerCategorySchema } from '../../../lib/blinding/categories';
import { createMarkerDetector, detectMarkers, maskText, mergeRanges, rememberAnswers } from '../../../lib/blinding/detect';
import fc from 'fast-check';
import { hiddenParts, masked, stillShows } from './helpers';

const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/blinding', name), 'utf8');

describe('categories', () => {
  it('has a Dutch and English label and mask for every category', () => {
    for (const category of MARKER_CATEGORIES) {
      expect(categoryLabel(category, 'nl')).not.toBe(categoryLabel(category, 'en'));
      expect(categoryMask(category, 'nl')).toMatch(/^\[.+\]$/u);
      expect(categoryMask(category, 'en')).toMatch(/^\[.+\]$/u);
    }
  });

  it('rejects unknown categories', () => {
    expect(markerCategorySchema.safeParse('religion').success).toBe(false);
    expect(markerCategorySchema.safeParse('names').success).toBe(true);
  });
});

describe('detectMarkers', () => {
  it('returns sorted, non-overlapping ranges', () => {
    const text = 'Fatima Benali (fatima.benali@example.nl, 06-12345678), Kerkstraat 12, 1234 AB Utrecht.';
    const ranges = detectMarkers(text, { names: ['Fatima Benali'] });
    for (let index = 1; index < ranges.length; index += 1) {
      expect(ranges[index]?.start).toBeGreaterThanOrEqual(ranges[index - 1]?.end ?? 0);
    }
    expect(ranges.map((range) => range.category)).toEqual(['names', 'email', 'phone', 'address', 'address']);
  });

  it('lets the e-mail win over a name inside it', () => {
    const text = 'fatima.benali@example.nl';
    expect(detectMarkers(text, { names: ['Fatima Benali'] })).toEqual([{ start: 0, end: text.length, category: 'email' }]);
  });

  it('only runs the categories asked for', () => {
    const text = 'Fatima Benali, 06-12345678, fatima@example.nl';
    const ranges = detectMarkers(text, { names: ['Fatima Benali'], categories: ['phone'] });
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['06-12345678']);
    expect(detectMarkers(text, { names: ['Fatima Benali'], categories: [] })).toEqual([]);
  });

  it('hides personal links that spell a known name', () => {
    const text = 'Portfolio: https://www.fatimabenali.nl/werk en https://www.example.nl/over';
    const ranges = detectMarkers(text, { names: ['Fatima Benali'], categories: ['links'] });
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['https://www.fatimabenali.nl/werk']);
  });

  it('leaves pronouns alone unless asked', () => {
    expect(detectMarkers('Hij heeft goede cijfers.')).toEqual([]);
    expect(detectMarkers('Hij heeft goede cijfers.', { pronouns: true })).toHaveLength(1);
  });
});

describe('possessive "zijn" in notes', () => {
  const hidden = (text: string) => hiddenParts(text, { pronouns: true, categories: ['gender'] });

  it.each([
    ['Zijn Nederlands is goed genoeg.', ['Zijn']],
    ['Ik heb zijn cv doorgestuurd en hem teruggebeld.', ['zijn', 'hem']],
    ['Hij noemde zijn opzegtermijn van een maand.', ['Hij', 'zijn']],
    ['Yaw komt maandag. Zijn code 95 is geldig tot 2028.', ['Zijn']],
    ['Gesprek gehad met zijn begeleider van school.', ['zijn']],
    // The end of a compound is the noun (held-out set P, a calendar event's description).
    ['Mogelijk belt zijn stagebegeleider van school nog in.', ['zijn']],
    ['Hij gebruikt coroutines netjes en zijn tests zijn goed leesbaar.', ['Hij', 'zijn']],
  ])('hides "zijn" before what someone has: %s', (text, parts) => {
    expect(hidden(text)).toEqual(parts);
  });

  it.each([
    'Zijn er nog vragen?',
    'Er zijn Nederlandse en Duitse klanten.',
    'De gesprekken zijn goed verlopen.',
    'Ze zijn cv-gericht.',
    'Zijn de papieren binnen?',
    'De roosters moeten voor vrijdag klaar zijn.',
    'De tests zijn goed en de cijfers zijn hoog.',
    'Of er zijn tests is de vraag.',
    'De kandidaten zijn schoolverlaters.',
  ])('leaves the verb "zijn": %s', (text) => {
    expect(hidden(text)).toEqual([]);
  });
});

describe('"ze" as she', () => {
  const hidden = (text: string) => hiddenParts(text, { pronouns: true, categories: ['gender'] });

  it('hides "ze" as the subject of a singular verb', () => {
    expect(hidden('Fijn gesprek, ze is heel klantgericht.')).toEqual(['ze']);
    expect(hidden('Fleur belt terug; ze deed het gesprek goed.')).toEqual(['ze']);
    expect(hidden('Ze heeft een rijbewijs.')).toEqual(['Ze']);
    // After a bracketed role that opens a comment (held-out set T).
    expect(hidden('(BPV-coördinator) Ze mag de brief vrijdag versturen.')).toEqual(['Ze']);
    // An event's description: the sentence opens a line after a file name without a full stop.
    expect(hidden('Cv: cv.pdf (in de map Sollicitaties)\nZe heeft drie jaar gewerkt.')).toEqual(['Ze']);
    // Any weak verb in the past singular, not only the common ones.
    expect(hidden('Haar uitleg was helder en ze stelde goede vragen.')).toEqual(['Haar', 'ze']);
    expect(hidden('Ze organiseerde de open dag.')).toEqual(['Ze']);
  });

  it('hides "ze" in a clause that ends in a singular verb (held-out set P, a BPV log)', () => {
    expect(hidden('Afgesproken dat ze met de bus van 6:10 komt.')).toEqual(['ze']);
    expect(hidden('Bel even als ze morgen belt, dan plannen we.')).toEqual(['ze']);
    expect(hidden('Ik denk dat ze om negen uur komen.')).toEqual([]);
    expect(hidden('Fijn dat ze met de nieuwe klant.')).toEqual([]);
    expect(hidden('We weten niet of ze zijn gebleven.')).toEqual([]);
  });

  it('leaves "ze" as they or as an object', () => {
    expect(hidden('Ze zijn allebei goed.')).toEqual([]);
    expect(hidden('Ik heb ze gisteren gebeld.')).toEqual([]);
    expect(hidden('Ze deden het samen.')).toEqual([]);
    expect(hidden('Ze stelden goede vragen, en ze beide hadden tijd.')).toEqual([]);
    expect(hidden('Planning\nZe hebben allebei tijd.')).toEqual([]);
  });
});

describe('an accent and an age said in passing', () => {
  it('hides a nationality before "accent" and an age of a person', () => {
    expect(hiddenParts('Her French accent was noticeable.', { categories: ['nationality'] })).toEqual(['French']);
    expect(hiddenParts('We zoeken iemand van 52 voor de balie.', { categories: ['birth'] })).toEqual(['52']);
    expect(hiddenParts('Hope Rose is 20 and speaks some Dutch.', { categories: ['birth'] })).toEqual(['20']);
  });

  it('leaves amounts and scores', () => {
    expect(hiddenParts('Een bonus van 50 euro voor iemand van 30 procent inzet.', { categories: ['birth'] })).toEqual([]);
    expect(hiddenParts('The score is 20 out of 25.', { categories: ['birth'] })).toEqual([]);
  });
});

describe('a nationality as a value of its own', () => {
  const hidden = (text: string) => hiddenParts(text, { categories: ['nationality'] });

  it.each([['Eritrean'], ['Ghanaian'], ['Turkish-Dutch'], ['Marokkaans-Nederlandse'], [' Eritrese '], ['Surinaamse']])(
    'hides %s standing alone',
    (text) => {
      expect(hidden(text)).toEqual([text.trim()]);
    },
  );

  it.each(['Dutch', 'Nederlands', 'Turks', 'English', 'Eritrean food truck', 'Dutchess'])(
    'leaves %s (a language, or more than a value)',
    (text) => {
      expect(hidden(text)).toEqual([]);
    },
  );
});

describe('maskText', () => {
  it('masks in Dutch and English, pronouns neutrally', () => {
    const text = 'Hij belt 06-12345678.';
    const ranges = createMarkerDetector({ pronouns: true })(text);
    expect(maskText(text, ranges, 'nl')).toBe('[die] belt [telefoon].');
    expect(maskText(text, ranges, 'en')).toBe('[they] belt [phone].');
  });

  it('accepts unsorted, overlapping and out-of-bounds ranges', () => {
    const text = 'abcdefghij';
    expect(
      maskText(
        text,
        [
          { start: 6, end: 8, category: 'names' },
          { start: 0, end: 3, category: 'email' },
          { start: 2, end: 4, category: 'phone' },
          { start: 9, end: 50, category: 'names' },
        ],
        'nl',
      ),
    ).toBe('[e-mail]ef[naam]i[naam]');
  });

  it('ignores empty and negative ranges', () => {
    expect(
      maskText(
        'abc',
        [
          { start: 2, end: 2, category: 'names' },
          { start: -1, end: 1, category: 'names' },
        ],
        'nl',
      ),
    ).toBe('abc');
  });

  it('returns the text unchanged without ranges', () => {
    expect(maskText('Stage bij een bakker.', [], 'nl')).toBe('Stage bij een bakker.');
  });
});

describe('mergeRanges', () => {
  it('joins name ranges of one applicant separated by a space', () => {
    const text = 'Fatima Benali';
    expect(
      mergeRanges(
        [
          { start: 7, end: 13, category: 'names' },
          { start: 0, end: 6, category: 'names' },
        ],
        text,
      ),
    ).toEqual([{ start: 0, end: 13, category: 'names' }]);
  });

  it('keeps names of different applicants apart', () => {
    const text = 'Fatima Mohamed';
    expect(
      mergeRanges(
        [
          { start: 0, end: 6, category: 'names', applicantKey: 'a' },
          { start: 7, end: 14, category: 'names', applicantKey: 'b' },
        ],
        text,
      ),
    ).toHaveLength(2);
  });
});

describe('whole documents', () => {
  it('blinds the motivation letter and keeps its content', () => {
    const letter = fixture('motivation-letter.txt');
    const result = maskText(letter, detectMarkers(letter, { names: ['Fatima-Zahra Benali'] }), 'nl');
    for (const marker of [
      'Fatima',
      'Zahra',
      'Benali',
      'fz.benali',
      '06-12345678',
      'Kerkstraat',
      '1234 AB',
      'Casablanca',
      'Marokkaanse',
      '14 mei 2004',
      '19 jaar',
      'Arabisch',
    ]) {
      expect(stillShows(result, marker), marker).toBe(false);
    }
    for (const kept of [
      'bij een bakker',
      'de visserij',
      'CAN-bus',
      'op de Dam',
      '3 jaar ervaring',
      'Geachte heer/mevrouw',
      'CV_[naam].pdf',
    ]) {
      expect(result, kept).toContain(kept);
    }
  });

  it('blinds names, addresses and numbers in a mail thread', () => {
    const thread = fixture('mail-thread.txt');
    const result = maskText(thread, detectMarkers(thread, { names: ['Noura Visser'] }), 'nl');
    for (const marker of ['Noura', 'Visser', 'noura.visser', '+31 6 1234 5678']) expect(stillShows(result, marker), marker).toBe(false);
    for (const kept of ['Team Werving', 'dinsdag om 10.00 uur', 'Onderwerp: Re: Uitnodiging kennismaking']) expect(result).toContain(kept);
  });
});

describe('properties (fast-check)', () => {
  it('never returns invalid or overlapping ranges, whatever the text', () => {
    const detect = createMarkerDetector({ names: ['Fatima-Zahra Benali', 'Can van Dam', '王小明'], pronouns: true });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const ranges = detect(text);
        let previousEnd = 0;
        for (const range of ranges) {
          if (range.start < previousEnd || range.end <= range.start || range.end > text.length) return false;
          previousEnd = range.end;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('hides a known full name wherever it is put between ordinary words', () => {
    const words = fc.constantFrom(
      'stage',
      'bij',
      'een',
      'bakker',
      'de',
      'visserij',
      'op',
      'Dam',
      'team',
      'motivatie',
      'goed',
      'en',
      ',',
      '.',
      '\n',
    );
    const name = fc.constantFrom('Fatima-Zahra Benali', 'BENALI, Fatima-Zahra', 'F.Z. Benali', 'Can van Dam', 'Van Dam');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), name, fc.array(words, { maxLength: 8 }), (before, inserted, after) => {
        const text = `${before.join(' ')} ${inserted} ${after.join(' ')}`;
        const result = masked(text, { names: ['Fatima-Zahra Benali', 'Can van Dam'], categories: ['names'] });
        return !stillShows(result, 'Benali') && !stillShows(result, 'Zahra') && !/van Dam/iu.test(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rememberAnswers', () => {
  const names = [{ name: 'Fatima Benali', applicantKey: 'a1' }];
  const texts = [
    'Fatima Benali',
    'Utrecht',
    'fatima@example.nl, 06-12345678',
    'Geboren op 3 maart 2004 in Paramaribo',
    '',
    'x'.repeat(300),
  ];

  it('answers as the detector does, for repeated and long texts', () => {
    const plain = createMarkerDetector({ names });
    const remembered = rememberAnswers(createMarkerDetector({ names }));
    for (let round = 0; round < 3; round += 1) for (const text of texts) expect(remembered(text)).toEqual(plain(text));
  });

  it('asks the detector once per short text, every time for a long one', () => {
    let calls = 0;
    const remembered = rememberAnswers((text) => {
      calls += 1;
      return text === '' ? [] : [{ start: 0, end: 1, category: 'names' }];
    });
    remembered('Utrecht');
    remembered('Utrecht');
    expect(calls).toBe(1);
    remembered('y'.repeat(300));
    remembered('y'.repeat(300));
    expect(calls).toBe(3);
  });

  it('gives every caller ranges of its own', () => {
    const remembered = rememberAnswers(createMarkerDetector({ names }));
    const first = remembered('Fatima Benali');
    first[0]!.end = 1;
    first.pop();
    expect(remembered('Fatima Benali')).toEqual([{ start: 0, end: 13, category: 'names', applicantKey: 'a1' }]);
  });
});
