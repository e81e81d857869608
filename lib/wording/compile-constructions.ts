import type { Locale } from '../i18n/locale';
import type { Ground, Severity } from '../schema/grounds';
import { compilePack, type CompiledPack, type CompiledRule } from './compile';
import { findingRuleText } from './construction-rules';
import type {
  CandidateWords,
  ConstructionData,
  ConstructionFrame,
  ConstructionGroup,
  FrameKind,
  GroundText,
  GroupRole,
} from './construction-schema';
import { FRAME_KINDS } from './construction-schema';
import type { LayerPacks } from './language-facts';
import { layerPacks } from './layer-facts';
import type { Rule } from './rule-schema';
import { compileStatedExceptions, type CompiledStatedExceptions } from './stated-exceptions';
import { makeWordSet, type WordSet } from './word-set';

/*
 * The construction data compiled once per language: group words and frame cues become phrase
 * indexes (the same compiler and matcher as the rule packs), the candidate words become word
 * sets, and every frame × ground pair that can fire gets one finding rule (construction-rules.ts).
 */

export interface CompiledGroup {
  group: ConstructionGroup;
  /** The group's role and ground, copied so that every compiled group has one shape (see CompiledRule). */
  role: GroupRole;
  ground: Ground;
  frames: ReadonlySet<FrameKind>;
  severity: Severity;
  task: WordSet | null;
  unlessNext: WordSet | null;
  exclude: WordSet | null;
  notClient: boolean;
  properName: boolean;
  justifiable: boolean;
  alone: boolean;
  despiteInclusion: boolean;
}

export interface CompiledFrame {
  frame: ConstructionFrame;
  /** The frame's kind and reach, copied so that every compiled frame has one shape (see CompiledRule). */
  kind: FrameKind;
  before: number;
  after: number;
  roles: ReadonlySet<GroupRole>;
  /** Index of the frame's alsoNeeds patterns in the needs pack, or -1. */
  needs: number;
}

export interface CompiledConstructions {
  lang: Locale;
  /** Group words that can fill a frame. */
  groups: CompiledPack;
  /** General nouns (role noun), apart: they never start a finding, so a sentence with only them is skipped. */
  nouns: CompiledPack;
  groupOf: Map<Rule, CompiledGroup>;
  frames: CompiledPack;
  frameOf: Map<Rule, CompiledFrame>;
  /** alsoNeeds patterns, one holder rule per frame that has them. */
  needs: CompiledPack;
  needsIndex: Map<Rule, number>;
  persons: WordSet;
  pronouns: WordSet;
  links: WordSet;
  copulas: WordSet;
  employers: WordSet;
  /** Lawful exceptions and inclusive statements the text states itself (stated-exceptions.ts). */
  stated: CompiledStatedExceptions;
  /** Built-in groups for parsed ages and experience caps (numbers.ts), with the age ground's texts. */
  ageGroup: CompiledGroup;
  agePeopleGroup: CompiledGroup;
  experienceCapGroup: CompiledGroup;
  /** A named place said of the candidate (place-spans.ts). */
  placeGroup: CompiledGroup;
  placeLinks: WordSet;
  /** The packs above that are looked up word by word, for layer-facts.ts. */
  layer: LayerPacks;
  /** The question frame a sentence ending in "?" fills. */
  questionFrame: CompiledFrame | undefined;
  /** The frame an experience cap fills by itself. */
  capFrame: CompiledFrame;
  /** The frame a group marked `alone` fills when no cue is in reach. */
  aloneFrame: CompiledFrame;
  findingRule(kind: FrameKind, ground: Ground, severity: Severity): CompiledRule | undefined;
}

/** Construction findings rank after rule-pack findings of the same severity (analyze-paragraph.ts). */
export const CONSTRUCTION_ORDER = 100_000;

const PLACEHOLDER = { nl: '-', en: '-' };

/** A rule that only carries patterns into compilePack; never reported. */
function holder(id: string, lang: Locale, ground: Ground, patterns: readonly string[]): Rule {
  return {
    id,
    lang,
    ground,
    severity: 'style',
    patterns: [...patterns],
    message: PLACEHOLDER,
    explanation: PLACEHOLDER,
    alternatives: ['-'],
    legalBasis: ['-'],
    sources: [{ label: '-' }],
    evidence: 'guidance',
    examples: { positive: ['-'], negative: ['-'] },
  };
}

function compiledFrame(frame: ConstructionFrame, roles: readonly GroupRole[], needs: number): CompiledFrame {
  return { frame, kind: frame.kind, before: frame.before, after: frame.after, roles: new Set(roles), needs };
}

const setOf = (words: readonly string[] | undefined): WordSet | null => (words && words.length > 0 ? makeWordSet(words) : null);

function compileGroup(group: ConstructionGroup, ground: GroundText): CompiledGroup {
  const frames = group.frames ?? FRAME_KINDS.filter((k) => k !== 'question');
  return {
    group,
    role: group.role,
    ground: group.ground,
    frames: new Set(frames),
    severity: group.severity ?? ground.severity,
    task: setOf(group.unlessInParagraph),
    unlessNext: setOf(group.unlessNext),
    exclude: setOf(group.excludeWords),
    notClient: group.notClient ?? group.role !== 'trait',
    properName: group.properName ?? false,
    justifiable: group.justifiable ?? false,
    alone: group.alone ?? false,
    despiteInclusion: group.despiteInclusion ?? false,
  };
}

function builtInGroup(
  lang: Locale,
  id: string,
  role: GroupRole,
  severity: Severity,
  frames: readonly FrameKind[],
  ground: Ground = 'age',
): CompiledGroup {
  return {
    group: { id: `${lang}.${ground}.${id}`, lang, ground, role, words: ['-'], examples: { positive: ['-'], negative: ['-'] } },
    role,
    ground,
    frames: new Set(frames),
    severity,
    task: null,
    unlessNext: null,
    exclude: null,
    notClient: role !== 'trait',
    properName: ground === 'proxy-other',
    justifiable: id === 'experience-cap',
    alone: false,
    despiteInclusion: false,
  };
}

export function compileConstructions(lang: Locale, data: ConstructionData): CompiledConstructions {
  const grounds = new Map(data.grounds.filter((g) => g.lang === lang).map((g) => [g.ground, g]));
  const candidate = data.candidate.find((c) => c.lang === lang) as CandidateWords;
  const ageText = grounds.get('age') as GroundText;

  const groupOf = new Map<Rule, CompiledGroup>();
  const groupRules: Rule[] = [];
  const nounRules: Rule[] = [];
  for (const group of data.groups.filter((g) => g.lang === lang)) {
    const text = grounds.get(group.ground);
    if (!text) throw new Error(`Construction group ${group.id}: no texts for ground ${group.ground} in ${lang}`);
    const rule = holder(group.id, lang, group.ground, group.words);
    (group.role === 'noun' ? nounRules : groupRules).push(rule);
    groupOf.set(rule, compileGroup(group, text));
  }

  const frameOf = new Map<Rule, CompiledFrame>();
  const frameRules: Rule[] = [];
  const needsRules: Rule[] = [];
  const needsIndex = new Map<Rule, number>();
  const framesByKind = new Map<FrameKind, ConstructionFrame>();
  for (const frame of data.frames.filter((f) => f.lang === lang)) {
    if (!framesByKind.has(frame.kind)) framesByKind.set(frame.kind, frame);
    let needs = -1;
    if (frame.alsoNeeds) {
      needs = needsRules.length;
      const rule = holder(`${frame.id}.needs`, lang, 'proxy-other', frame.alsoNeeds);
      needsRules.push(rule);
      needsIndex.set(rule, needs);
    }
    const rule = holder(frame.id, lang, 'proxy-other', frame.cues);
    frameRules.push(rule);
    frameOf.set(rule, compiledFrame(frame, frame.roles ?? ['person', 'attribute', 'trait', 'noun'], needs));
  }

  const rules = new Map<string, CompiledRule>();
  let order = CONSTRUCTION_ORDER;
  const findingRule = (kind: FrameKind, ground: Ground, severity: Severity): CompiledRule | undefined => {
    const key = `${kind}|${ground}|${severity}`;
    let rule = rules.get(key);
    if (!rule) {
      const frame = framesByKind.get(kind);
      const text = grounds.get(ground);
      if (!frame || !text) return undefined;
      rule = findingRuleText(frame, text, severity, order++);
      rules.set(key, rule);
    }
    return rule;
  };

  const question = framesByKind.get('question');
  const restriction = framesByKind.get('restriction');
  const requirement = framesByKind.get('requirement');
  if (!requirement) throw new Error(`Constructions in ${lang} need a requirement frame`);
  if (!restriction) throw new Error(`Constructions in ${lang} need a restriction frame`);
  const groups = compilePack(lang, groupRules);
  const nouns = compilePack(lang, nounRules);
  const frames = compilePack(lang, frameRules);
  const needs = compilePack(lang, needsRules);
  const stated = compileStatedExceptions(lang, data.stated);
  const placeLinks = makeWordSet(candidate.placeLinks);
  return {
    lang,
    groups,
    nouns,
    groupOf,
    frames,
    frameOf,
    needs,
    needsIndex,
    persons: makeWordSet(candidate.persons),
    pronouns: makeWordSet(candidate.pronouns),
    links: makeWordSet(candidate.links),
    copulas: makeWordSet(candidate.copulas),
    employers: makeWordSet(candidate.employers),
    stated,
    ageGroup: builtInGroup(lang, 'age-number', 'attribute', ageText.severity, ['preference', 'exclusion', 'restriction', 'requirement']),
    agePeopleGroup: builtInGroup(lang, 'age-people', 'person', ageText.severity, ['preference', 'exclusion', 'restriction', 'requirement']),
    experienceCapGroup: builtInGroup(lang, 'experience-cap', 'trait', 'risk', ['restriction']),
    placeGroup: builtInGroup(lang, 'named-place', 'trait', 'risk', ['exclusion', 'restriction', 'preference'], 'proxy-other'),
    placeLinks,
    layer: layerPacks({ groups, nouns, frames, needs, statedCues: stated.cues, statedNeeds: stated.needs, placeLinks }),
    questionFrame: question && compiledFrame(question, ['trait', 'person', 'attribute'], -1),
    capFrame: compiledFrame(restriction, ['trait'], -1),
    aloneFrame: compiledFrame(requirement, ['trait', 'person', 'attribute'], -1),
    findingRule,
  };
}
