import { describe, expect, it, test } from 'vitest';
import { GROUNDS } from '../../../lib/schema/grounds';
import { analyze } from '../../../lib/wording/analyze';
import { compilePack } from '../../../lib/wording/compile';
import { rulePackSchema, ruleSchema, type Rule } from '../../../lib/wording/rule-schema';
import { RULE_FILES, RULES } from '../../../lib/wording/rules/index';

describe('rule packs', () => {
  test.each(Object.entries(RULE_FILES))('%s matches the rule schema', (_name, pack) => {
    const parsed = rulePackSchema.safeParse(pack);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 150 Dutch and 80 English rules', () => {
    expect(RULES.filter((r) => r.lang === 'nl').length).toBeGreaterThanOrEqual(150);
    expect(RULES.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(80);
  });

  test.each(['nl', 'en'] as const)('covers all 13 grounds in %s', (lang) => {
    const grounds = new Set(RULES.filter((r) => r.lang === lang).map((r) => r.ground));
    expect([...GROUNDS].filter((g) => !grounds.has(g))).toEqual([]);
  });

  it('has the internship-specific rules the issue asks for', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of [
      'nl.proxy-other.pasfoto',
      'nl.appearance.representatief',
      'nl.proxy-other.hbo-boven-mbo',
      'nl.age.stage-leeftijdsgrens',
      'nl.proxy-other.studentikoos-stage',
      'nl.proxy-other.geen-bbl',
      'nl.origin.taaleis-stage',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('explains each lawful exception somewhere', () => {
    const used = new Set(RULES.flatMap((r) => r.exceptions ?? []));
    for (const id of ['youth-minimum-wage', 'occupational-requirement', 'religious-organisation', 'positive-action']) {
      expect(used.has(id as never), id).toBe(true);
    }
  });

  it('writes explanations in both languages, and never the same text twice', () => {
    for (const rule of RULES) {
      expect(rule.explanation.nl, rule.id).not.toBe(rule.explanation.en);
    }
  });
});

describe('rule schema rejects bad rules', () => {
  const valid = RULES[0] as Rule;
  it('accepts a known-good rule', () => {
    expect(ruleSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['an unknown ground', { ...valid, ground: 'height' }],
    ['an unknown severity', { ...valid, severity: 'fatal' }],
    ['no examples', { ...valid, examples: { positive: [], negative: ['x'] } }],
    ['an id of another language', { ...valid, id: 'en.age.jong' }],
    ['neither patterns nor regexes', { ...valid, patterns: undefined, regexes: undefined }],
    ['a pattern starting with a wildcard', { ...valid, patterns: ['~2 jong'] }],
    ['an upper-case pattern', { ...valid, patterns: ['Jong'] }],
    ['a named group in a regex', { ...valid, regexes: ['(?<age>\\d+)'] }],
    ['an unknown gate', { ...valid, gates: { sometimes: true } }],
  ])('rejects %s', (_label, rule) => {
    expect(ruleSchema.safeParse(rule).success).toBe(false);
  });
});

describe('compiler', () => {
  it('refuses a pattern that starts with an optional word', () => {
    const rule = { ...(RULES[0] as Rule), patterns: ['?zeer jong'] };
    expect(() => compilePack('nl', [rule])).toThrow(/must start with a word/);
  });
});

// Every rule's own examples are tests: positives must trigger it, negatives must not.
const cases = RULES.flatMap((rule) => [
  ...rule.examples.positive.map((text) => ({ id: rule.id, lang: rule.lang, text, expected: true })),
  ...rule.examples.negative.map((text) => ({ id: rule.id, lang: rule.lang, text, expected: false })),
]);

describe('rule examples', () => {
  test.each(cases)('$id on "$text" → $expected', ({ id, lang, text, expected }) => {
    const found = analyze(text, { lang }).findings.some((f) => f.ruleId === id);
    expect(found).toBe(expected);
  });
});
