import { describe, expect, it } from 'vitest';
import { GROUNDS, SEVERITIES } from '../../../lib/schema/grounds';
import { analyze } from '../../../lib/wording/analyze';
import { groundsByCount, needsAction, summarize } from '../../../lib/wording/summary';

const AD = [
  'Stagiair receptie (m/v)',
  '',
  'Wij zoeken een jonge, representatieve stagiaire van maximaal 21 jaar. Nederlands is je moedertaal.',
  'Stuur je cv met pasfoto naar ons.',
].join('\n');

describe('analyze', () => {
  const result = analyze(AD);

  it('returns findings with offsets that point at their text, in document order', () => {
    expect(result.findings.length).toBeGreaterThanOrEqual(5);
    for (const f of result.findings) expect(AD.slice(f.start, f.end)).toBe(f.text);
    const starts = result.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('fills every field of a finding', () => {
    for (const f of result.findings) {
      expect(GROUNDS).toContain(f.ground);
      expect(SEVERITIES).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.explanation.length).toBeGreaterThan(20);
      expect(f.alternatives.length).toBeGreaterThan(0);
      expect(f.legalBasis.length).toBeGreaterThan(0);
      expect(f.sources.length).toBeGreaterThan(0);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{14}$/);
      expect(f.lang).toBe('nl');
    }
  });

  it('finds the expected grounds in a typical biased internship ad', () => {
    const found = new Set(result.findings.map((f) => f.ground));
    for (const g of ['age', 'appearance', 'origin', 'proxy-other', 'gender']) expect(found.has(g as never), g).toBe(true);
  });

  it('writes messages in the requested locale', () => {
    const en = analyze(AD, { locale: 'en' });
    const f = en.findings.find((x) => x.ruleId === 'nl.origin.moedertaal');
    expect(f?.message).toBe('Mother tongue as a requirement');
    expect(f?.alternatives[0]).toMatch(/Nederlands/);
  });

  it('shows lawful exceptions that may apply', () => {
    const f = result.findings.find((x) => x.ruleId === 'nl.age.stage-leeftijdsgrens');
    expect(f?.mayNotApply.join(' ')).toMatch(/opleiding/);
  });

  it('is deterministic', () => {
    expect(analyze(AD)).toEqual(result);
  });

  it.each([undefined, null, 42, {}] as unknown[])('does not throw on non-string input %s', (input) => {
    expect(() => analyze(input as string)).not.toThrow();
  });

  it('ignores an unknown language option and falls back to detection', () => {
    expect(analyze('Ben jij jong en wil je leren?', { lang: 'fr' as never }).findings.length).toBeGreaterThan(0);
  });

  it('reports gender-coded words only as a soft balance, never as findings', () => {
    const r = analyze('Je bent ambitieus, competitief, daadkrachtig en zelfverzekerd.');
    expect(r.genderBalance.verdict).toBe('strongly-masculine');
    expect(r.genderBalance.masculine).toBe(4);
    expect(r.genderBalance.note).toMatch(/stijlsignaal.*klein/);
    expect(r.findings).toEqual([]);
    const en = analyze('You are supportive and warm.', { locale: 'en' });
    expect(en.genderBalance.verdict).toBe('feminine');
    expect(en.genderBalance.note).toMatch(/style signal.*small/);
  });

  it('does not count coded stems inside neutral words', () => {
    const r = analyze('You take on responsibilities and keep dependencies up to date in SharePoint.', { lang: 'en' });
    expect(r.genderBalance.verdict).toBe('empty');
  });
});

describe('summary helpers', () => {
  it('counts per severity and ground', () => {
    const s = summarize([
      { ground: 'age', severity: 'prohibited' },
      { ground: 'age', severity: 'risk' },
      { ground: 'gender', severity: 'style' },
    ]);
    expect(s.total).toBe(3);
    expect(s.bySeverity).toEqual({ prohibited: 1, risk: 1, style: 1 });
    expect(s.byGround.age).toBe(2);
    expect(s.highest).toBe('prohibited');
    expect(groundsByCount(s)).toEqual([
      { ground: 'age', count: 2 },
      { ground: 'gender', count: 1 },
    ]);
  });
  it('has no highest severity without findings', () => {
    expect(summarize([]).highest).toBeNull();
  });
  it('needs action only for prohibited or risk', () => {
    expect(needsAction([{ severity: 'style' }])).toBe(false);
    expect(needsAction([{ severity: 'risk' }])).toBe(true);
  });
});
