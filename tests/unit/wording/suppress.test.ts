import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';
import { applySuppressions } from '../../../lib/wording/suppress';

const TEXT = 'Wij zoeken een jonge stagiair.\n\nJe spreekt accentloos Nederlands.\n\nWij zoeken een jonge collega.';

describe('fingerprints', () => {
  it('stay the same when other text changes', () => {
    const before = analyze(TEXT).findings.find((f) => f.ruleId === 'nl.origin.accentloos');
    const after = analyze(`Nieuwe intro.\n\n${TEXT.replace('collega', 'medewerker')}`).findings.find(
      (f) => f.ruleId === 'nl.origin.accentloos',
    );
    expect(after?.start).not.toBe(before?.start);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('differ for the same rule in different sentences', () => {
    const young = analyze(TEXT).findings.filter((f) => f.ruleId === 'nl.age.jong');
    expect(young).toHaveLength(2);
    expect(young[0]?.fingerprint).not.toBe(young[1]?.fingerprint);
  });
});

describe('applySuppressions', () => {
  const findings = analyze(TEXT).findings;

  it('drops one ignored occurrence only', () => {
    const first = findings.find((f) => f.ruleId === 'nl.age.jong');
    const left = applySuppressions(findings, { ignoredFingerprints: [first?.fingerprint ?? ''] });
    expect(left).toHaveLength(findings.length - 1);
    expect(left.filter((f) => f.ruleId === 'nl.age.jong')).toHaveLength(1);
  });

  it('drops every finding of an ignored rule', () => {
    const left = applySuppressions(findings, { ignoredRules: new Set(['nl.age.jong']) });
    expect(left.some((f) => f.ruleId === 'nl.age.jong')).toBe(false);
    expect(left.length).toBeGreaterThan(0);
  });

  it('returns a copy when nothing is ignored', () => {
    const left = applySuppressions(findings);
    expect(left).toEqual(findings);
    expect(left).not.toBe(findings);
  });
});
