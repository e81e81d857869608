// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isListed, UNKNOWN_RANK, wordRank } from '../../../lib/readability/frequency';
import { rankedWordFiles } from '../../../scripts/ranked-word-files';

describe('ranked word lists', () => {
  it('are exactly what npm run readability-words writes from the zxcvbn-ts packages', () => {
    for (const [name, content] of Object.entries(rankedWordFiles())) {
      expect(readFileSync(new URL(`../../../lib/readability/data/${name}`, import.meta.url), 'utf8')).toBe(content);
    }
  });

  it('rank common words before rare ones', () => {
    expect(wordRank('nl', 'werk').rank).toBeLessThan(wordRank('nl', 'verrichten').rank);
    expect(wordRank('en', 'work').rank).toBeLessThan(wordRank('en', 'remuneration').rank);
  });

  it('know vacancy words that subtitles rarely say', () => {
    expect(wordRank('nl', 'stagiair').rank).toBe(0);
    expect(wordRank('en', 'internship').rank).toBe(0);
  });

  it('rank a Dutch compound by its rarest known part', () => {
    const compound = wordRank('nl', 'klantenservicemedewerker');
    expect(compound.compound).toBe(true);
    expect(compound.rank).toBe(Math.max(wordRank('nl', 'klantenservice').rank, wordRank('nl', 'medewerker').rank));
    expect(wordRank('nl', 'xqzvrkplm').rank).toBe(UNKNOWN_RANK);
  });

  it('give inflected forms the rank of the form the list knows', () => {
    expect(wordRank('nl', 'cursussen').rank).toBe(wordRank('nl', 'cursus').rank);
    expect(wordRank('nl', 'installeert').rank).toBeLessThan(UNKNOWN_RANK);
    expect(wordRank('en', 'colleagues').rank).toBeLessThan(UNKNOWN_RANK);
  });

  it('tell the languages apart by which list knows a word', () => {
    expect(isListed('nl', 'zoeken')).toBe(true);
    expect(isListed('en', 'looking')).toBe(true);
    expect(isListed('nl', 'looking')).toBe(false);
  });
});
