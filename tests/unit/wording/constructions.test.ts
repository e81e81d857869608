import { describe, expect, it, test } from 'vitest';
import { GROUNDS } from '../../../lib/schema/grounds';
import { analyze } from '../../../lib/wording/analyze';
import { analyzeParagraph } from '../../../lib/wording/analyze-paragraph';
import { compilePack } from '../../../lib/wording/compile';
import { compileConstructions } from '../../../lib/wording/compile-constructions';
import {
  candidateWordsSchema,
  constructionDataSchema,
  FRAME_KINDS,
  frameSchema,
  groundTextSchema,
  groupSchema,
  statedExceptionSchema,
  type ConstructionGroup,
} from '../../../lib/wording/construction-schema';
import { CONSTRUCTION_FILES, CONSTRUCTIONS, constructionRules } from '../../../lib/wording/constructions/index';
import { tokenize } from '../../../lib/wording/tokenize';
import type { Finding } from '../../../lib/wording/types';
import { scoreWords } from '../../../lib/wording/word-facts';

const SCHEMAS = {
  'frames.json': frameSchema,
  'groups-nl.json': groupSchema,
  'groups-en.json': groupSchema,
  'grounds.json': groundTextSchema,
  'candidate.json': candidateWordsSchema,
  'stated-exceptions.json': statedExceptionSchema,
} as const;

describe('construction data', () => {
  test.each(Object.entries(CONSTRUCTION_FILES))('%s matches its schema', (name, data) => {
    const parsed = SCHEMAS[name as keyof typeof SCHEMAS].array().safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('parses as a whole', () => {
    expect(constructionDataSchema.safeParse(CONSTRUCTIONS).success).toBe(true);
  });

  it('has unique ids', () => {
    const ids = [...CONSTRUCTIONS.groups.map((g) => g.id), ...CONSTRUCTIONS.frames.map((f) => f.id)];
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  test.each(['nl', 'en'] as const)('has texts for all 13 grounds, every frame kind and candidate words in %s', (lang) => {
    const grounds = new Set(CONSTRUCTIONS.grounds.filter((g) => g.lang === lang).map((g) => g.ground));
    expect(GROUNDS.filter((g) => !grounds.has(g))).toEqual([]);
    const kinds = new Set(CONSTRUCTIONS.frames.filter((f) => f.lang === lang).map((f) => f.kind));
    expect(FRAME_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
    expect(CONSTRUCTIONS.candidate.filter((c) => c.lang === lang)).toHaveLength(1);
    const grounded = new Set(CONSTRUCTIONS.groups.filter((g) => g.lang === lang).map((g) => g.ground));
    expect(GROUNDS.filter((g) => !grounded.has(g))).toEqual([]);
  });

  it('writes ground texts in both languages, never the same text twice', () => {
    for (const g of CONSTRUCTIONS.grounds) expect(g.law.nl, `${g.lang} ${g.ground}`).not.toBe(g.law.en);
  });

  it('refuses a group without examples, a capitalised word or an unknown frame', () => {
    const valid = CONSTRUCTIONS.groups[0] as ConstructionGroup;
    expect(groupSchema.safeParse(valid).success).toBe(true);
    expect(groupSchema.safeParse({ ...valid, examples: { positive: [], negative: ['x'] } }).success).toBe(false);
    expect(groupSchema.safeParse({ ...valid, words: ['Belgen'] }).success).toBe(false);
    expect(groupSchema.safeParse({ ...valid, frames: ['maybe'] }).success).toBe(false);
    expect(groupSchema.safeParse({ ...valid, id: 'en.age.x' }).success).toBe(false);
  });

  it('compiles each language, and refuses a group whose ground has no texts', () => {
    expect(() => compileConstructions('nl', CONSTRUCTIONS)).not.toThrow();
    const orphan = { ...CONSTRUCTIONS, grounds: CONSTRUCTIONS.grounds.filter((g) => g.ground !== 'political') };
    expect(() => compileConstructions('nl', orphan)).toThrow(/no texts for ground political/);
  });
});

/** Construction findings of a text, analysed in the example's language. */
function constructionFindings(text: string, lang: 'nl' | 'en'): Finding[] {
  return analyze(text, { lang }).findings.filter((f) => f.ruleId.includes('.construction-'));
}

/*
 * The construction layer on its own, without the rule packs: where a pack rule also fires, the
 * rule's finding wins in analyze(), so examples are checked here to prove the construction itself.
 */
const bare = { nl: compilePack('nl', []), en: compilePack('en', []) };
const layers = { nl: compileConstructions('nl', CONSTRUCTIONS), en: compileConstructions('en', CONSTRUCTIONS) };

function constructionsOnly(text: string, lang: 'nl' | 'en'): Finding[] {
  const tokenized = tokenize(text);
  scoreWords(tokenized.tokens);
  return analyzeParagraph(text, 0, tokenized, bare[lang], {
    lang,
    locale: lang,
    internship: () => false,
    constructions: layers[lang],
  }).findings;
}

// Every group's and frame's examples are tests: positives must give a construction finding of
// that ground (group) or that frame kind (frame); negatives must not.
const groupCases = CONSTRUCTIONS.groups.flatMap((g) => [
  ...g.examples.positive.map((text) => ({ id: g.id, lang: g.lang, ground: g.ground, text, expected: true })),
  ...g.examples.negative.map((text) => ({ id: g.id, lang: g.lang, ground: g.ground, text, expected: false })),
]);
const frameCases = CONSTRUCTIONS.frames.flatMap((f) => [
  ...f.examples.positive.map((text) => ({ id: f.id, lang: f.lang, kind: f.kind, text, expected: true })),
  ...f.examples.negative.map((text) => ({ id: f.id, lang: f.lang, kind: f.kind, text, expected: false })),
]);

describe('group examples', () => {
  test.each(groupCases)('$id on "$text" → $expected', ({ lang, ground, text, expected }) => {
    expect(constructionsOnly(text, lang).some((f) => f.ground === ground)).toBe(expected);
  });
});

describe('frame examples', () => {
  test.each(frameCases)('$id on "$text" → $expected', ({ lang, kind, text, expected }) => {
    expect(constructionsOnly(text, lang).some((f) => f.ruleId.endsWith(`.construction-${kind}`))).toBe(expected);
  });
});

describe('construction findings keep the finding contract', () => {
  it('carries ground, severity, texts in the requested locale, law, sources and lawful exceptions', () => {
    const [finding] = constructionFindings('Wij zoeken een Poolse magazijnmedewerker.', 'nl');
    expect(finding).toMatchObject({
      ground: 'nationality',
      severity: 'prohibited',
      lang: 'nl',
      ruleId: 'nl.nationality.construction-requirement',
    });
    expect(finding?.message).toBe('Eis over een persoonskenmerk (nationaliteit)');
    expect(finding?.explanation).toMatch(/AWGB/);
    expect(finding?.alternatives.length).toBeGreaterThan(0);
    expect(finding?.sources.length).toBeGreaterThan(0);
    expect(finding?.mayNotApply.length).toBeGreaterThan(0);
    const english = analyze('Wij zoeken een Poolse magazijnmedewerker.', { lang: 'nl', locale: 'en' }).findings[0];
    expect(english?.message).toBe('Requirement about a personal characteristic (nationality)');
  });

  it('underlines the frame and the group word together', () => {
    const text = 'Geen Bulgaren of Roemenen.';
    const finding = constructionFindings(text, 'nl')[0];
    expect(finding && text.slice(finding.start, finding.end)).toBe(finding?.text);
    expect(finding?.text.startsWith('Geen')).toBe(true);
  });

  it('lists every rule id it can report, with its message, for lists of ignored rules', () => {
    const byId = new Map(constructionRules().map((r) => [r.id, r]));
    const [finding] = constructionFindings('Geen Bulgaren of Roemenen.', 'nl');
    expect(byId.get(finding?.ruleId ?? '')?.message.nl).toBe(finding?.message);
    expect(byId.size).toBe(2 * 13 * FRAME_KINDS.length);
  });

  it('leaves a rule-pack finding in place where both fire', () => {
    const findings = analyze('Wij zoeken een jonge vrouw.', { lang: 'nl' }).findings;
    expect(findings.filter((f) => f.ground === 'gender').every((f) => !f.ruleId.includes('.construction-'))).toBe(true);
  });

  it('reads a negated age comparison as a cap, not as a negated frame', () => {
    expect(constructionFindings('Je bent niet ouder dan vijfendertig.', 'nl').some((f) => f.ground === 'age')).toBe(true);
    expect(constructionFindings('You are not older than forty.', 'en').some((f) => f.ground === 'age')).toBe(true);
    expect(constructionFindings('Je bent niet ouder dan nodig.', 'nl')).toEqual([]);
  });

  it('does not let a welcome in one clause excuse an exclusion in another', () => {
    expect(constructionFindings('Vijftigplussers zijn welkom, schoolverlaters worden niet uitgenodigd.', 'nl').length).toBeGreaterThan(0);
    expect(constructionFindings('Retirees are welcome, school leavers will not be considered.', 'en').length).toBeGreaterThan(0);
    expect(constructionFindings('Gepensioneerden zijn welkom maar schoolverlaters vallen af.', 'nl').length).toBeGreaterThan(0);
    expect(constructionFindings('Jong of oud, iedereen is welkom en niemand valt af.', 'nl')).toEqual([]);
  });

  it('reads capitalised nationality adjectives in a list as a list, not as a name', () => {
    expect(constructionFindings('Geen kandidaten met een Poolse, Litouwse of Letse achtergrond.', 'nl').length).toBeGreaterThan(0);
    expect(constructionFindings('The Boys & Girls Club is hiring a coordinator.', 'en')).toEqual([]);
  });
});
