import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../lib/settings/defaults';
import { isValidMatchPattern, matchesUrl, patternFromUserInput } from '../../../lib/sites/match-pattern';
import { isPillarOn, knownSiteForUrl } from '../../../lib/settings/site-lookup';
import { hostPatternFor, setPillarForUrl } from '../../../lib/settings/site-toggle';

describe('match patterns', () => {
  test.each([
    ['https://*.recruitee.com/*', 'https://acme.recruitee.com/o/stagiair', true],
    ['https://*.recruitee.com/*', 'https://recruitee.com/', true],
    ['https://*.recruitee.com/*', 'https://recruitee.com.evil.nl/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:4321/demo/vacature.html', true],
    ['https://werkenbij.acme.nl/*', 'http://werkenbij.acme.nl/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(matchesUrl(pattern, url)).toBe(expected);
  });

  test('invalid patterns are rejected, not thrown', () => {
    expect(isValidMatchPattern('recruitee')).toBe(false);
    expect(matchesUrl('recruitee', 'https://recruitee.com/')).toBe(false);
  });

  test.each([
    ['werkenbij.acme.nl', 'https://werkenbij.acme.nl/*'],
    ['  https://werkenbij.acme.nl/vacatures?id=3 ', 'https://werkenbij.acme.nl/*'],
    ['http://intranet.acme.nl', 'http://intranet.acme.nl/*'],
    ['https://*.acme.nl/*', 'https://*.acme.nl/*'],
    ['', undefined],
    ['niet een site', undefined],
    ['localhost', undefined],
    ['javascript:alert(1)', undefined],
    ['ftp://files.acme.nl', undefined],
  ])('user input %j becomes %s', (input, expected) => {
    expect(patternFromUserInput(input)).toBe(expected);
  });
});

describe('switching a pillar for a page', () => {
  test('a known site follows the switch through its own entry', () => {
    const url = 'https://acme.recruitee.com/admin/offers/1';
    const { settings, patterns } = setPillarForUrl(defaultSettings(), url, 'screening', false);
    expect(patterns).toEqual(['https://*.recruitee.com/*']);
    expect(isPillarOn(settings, url, 'screening')).toBe(false);
    expect(isPillarOn(settings, url, 'vacancy')).toBe(true);
  });

  test('an unknown site gets an entry for its host with only that pillar on', () => {
    const url = 'https://werkenbij.acme.nl/vacature/42';
    const { settings, patterns } = setPillarForUrl(defaultSettings(), url, 'vacancy', true);
    expect(patterns).toEqual(['https://werkenbij.acme.nl/*']);
    expect(settings.sites.at(-1)).toEqual({ match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: false, checklist: false });
    expect(isPillarOn(settings, url, 'vacancy')).toBe(true);
  });

  test('switching off on an unknown site changes nothing', () => {
    const before = defaultSettings();
    const { settings, patterns } = setPillarForUrl(before, 'https://nowhere.nl/', 'vacancy', false);
    expect(settings).toBe(before);
    expect(patterns).toEqual([]);
  });

  test('every covering entry is switched off, not only the first', () => {
    const base = defaultSettings();
    base.sites.push({ match: 'https://acme.recruitee.com/*', vacancy: true, screening: true, checklist: true });
    const { settings } = setPillarForUrl(base, 'https://acme.recruitee.com/x', 'screening', false);
    expect(isPillarOn(settings, 'https://acme.recruitee.com/x', 'screening')).toBe(false);
  });

  test('non-web pages have no host pattern', () => {
    expect(hostPatternFor('chrome://extensions')).toBeUndefined();
    expect(hostPatternFor('not a url')).toBeUndefined();
  });

  test('known sites are recognised by URL', () => {
    expect(knownSiteForUrl('https://www.stagemarkt.nl/stages/123')?.label).toBe('Stagemarkt.nl');
    expect(knownSiteForUrl('https://example.org/')).toBeUndefined();
  });
});
