import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';

describe('language detection', () => {
  it('detects Dutch and English texts', () => {
    expect(analyze('Wij zoeken een stagiair voor onze winkel in Utrecht. Je werkt met klanten.').lang).toBe('nl');
    expect(analyze('We are looking for an intern for our shop. You will work with customers.').lang).toBe('en');
  });

  it('defaults to Dutch when it cannot tell', () => {
    expect(analyze('').lang).toBe('nl');
    expect(analyze('12345').lang).toBe('nl');
  });

  it('applies the right pack per paragraph in a mixed ad', () => {
    const text =
      'Wij zoeken een medewerker voor de receptie. Je bent het eerste aanspreekpunt voor gasten.\n\n' +
      'For our international guests we need a native English speaker who is friendly and helpful.\n\n' +
      'Je spreekt accentloos Nederlands en je bent flexibel.';
    const result = analyze(text);
    const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f.lang]));
    expect(byRule['en.origin.native-speaker']).toBe('en');
    expect(byRule['nl.origin.accentloos']).toBe('nl');
  });

  it('lets a forced language override detection', () => {
    const result = analyze('Ben jij jong en wil je leren?', { lang: 'en' });
    expect(result.lang).toBe('en');
    expect(result.findings.some((f) => f.ruleId.startsWith('nl.'))).toBe(false);
  });
});
