import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';
import { findPlaceSpans } from '../../../lib/wording/place-spans';
import { tokenize } from '../../../lib/wording/tokenize';
import { makeWordSet } from '../../../lib/wording/word-set';

const persons = makeWordSet(['kandidaten', 'applicants']);
const links = makeWordSet(['uit', 'from']);

function spans(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return sentences.flatMap((s) =>
    findPlaceSpans(tokens, s, persons, links).map((p) => text.slice(tokens[p.first]?.start, tokens[p.last - 1]?.end)),
  );
}

const proxy = (text: string): boolean => analyze(text).findings.some((f) => f.ground === 'proxy-other' && f.severity !== 'style');

describe('named places said of the candidate', () => {
  it('finds a capitalised place after a person and "uit"/"from", with a second place joined by "en"', () => {
    expect(spans('Kandidaten uit de Schilderswijk en Transvaal hoeven niet te reageren.')).toEqual(['Schilderswijk en Transvaal']);
    expect(spans('Applicants from Tower Hamlets will not be considered.')).toEqual(['Tower Hamlets']);
  });

  it('skips days and months, lower-case words and places not said of a person', () => {
    expect(spans('Applicants from Monday to Friday only.')).toEqual([]);
    expect(spans('Kandidaten uit de regio hebben voorrang.')).toEqual([]);
    expect(spans('Wij leveren uit Rotterdam.')).toEqual([]);
  });

  it('flags an exclusion or restriction built on the place, not a plain mention', () => {
    expect(proxy('Kandidaten uit Amsterdam-Noord hoeven niet te reageren.')).toBe(true);
    expect(proxy('We cannot consider applicants from Peckham.')).toBe(true);
    expect(proxy('Onze collega’s uit Utrecht zoeken versterking.')).toBe(false);
    expect(proxy('Applicants from Leeds and York are warmly welcome.')).toBe(false);
  });
});
