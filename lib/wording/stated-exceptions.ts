import type { Locale } from '../i18n/locale';
import type { Ground } from '../schema/grounds';
import { compilePack, type CompiledPack } from './compile';
import type { StatedException } from './construction-schema';
import type { LanguageFacts, LayerPacks } from './language-facts';
import { LAYER_STATED_CUES, LAYER_STATED_NEEDS, matchLayer } from './layer-facts';
import type { PhraseMatch } from './match-phrases';
import type { ExceptionId, Rule } from './rule-schema';
import type { Sentence, Token } from './tokenize';

/*
 * Lawful exceptions and inclusive statements the text states itself (data:
 * lib/wording/constructions/stated-exceptions.json). The law attaches conditions to an exception
 * (positive action needs equal suitability and a documented under-representation, College opinion
 * 2023-8; a religious employer only for posts that carry the identity, AWGB art. 5(2)), so a
 * stated exception lowers a finding to style and names the exception first instead of hiding it.
 * An inclusive statement ("married or not") is no demand at all and drops the finding.
 */

export type StatedEffect = { kind: 'quiet' } | { kind: 'may-not-apply'; exception: ExceptionId };

interface CompiledStated {
  stated: StatedException;
  grounds: ReadonlySet<Ground>;
}

export interface CompiledStatedExceptions {
  cues: CompiledPack;
  needs: CompiledPack;
  byRule: Map<Rule, CompiledStated>;
  needsOf: Map<Rule, CompiledStated>;
  /** Grounds any entry speaks to: a paragraph whose findings have none of them costs nothing. */
  grounds: ReadonlySet<Ground>;
}

function holder(id: string, lang: Locale, patterns: readonly string[]): Rule {
  const text = { nl: '-', en: '-' };
  return {
    id,
    lang,
    ground: 'proxy-other',
    severity: 'style',
    patterns: [...patterns],
    message: text,
    explanation: text,
    alternatives: ['-'],
    legalBasis: ['-'],
    sources: [{ label: '-' }],
    evidence: 'guidance',
    examples: { positive: ['-'], negative: ['-'] },
  };
}

export function compileStatedExceptions(lang: Locale, data: readonly StatedException[]): CompiledStatedExceptions {
  const byRule = new Map<Rule, CompiledStated>();
  const needsOf = new Map<Rule, CompiledStated>();
  const cueRules: Rule[] = [];
  const needRules: Rule[] = [];
  const grounds = new Set<Ground>();
  for (const stated of data.filter((s) => s.lang === lang)) {
    const compiled = { stated, grounds: new Set(stated.grounds) };
    for (const g of stated.grounds) grounds.add(g);
    const rule = holder(stated.id, lang, stated.cues);
    cueRules.push(rule);
    byRule.set(rule, compiled);
    if (stated.alsoNeeds) {
      const need = holder(`${stated.id}.needs`, lang, stated.alsoNeeds);
      needRules.push(need);
      needsOf.set(need, compiled);
    }
  }
  return { cues: compilePack(lang, cueRules), needs: compilePack(lang, needRules), byRule, needsOf, grounds };
}

/** A finding's place: its rule's ground and its first token. */
export interface PlacedHit {
  rule: { ground: Ground };
  first: number;
}

/** The words of a paragraph, with their facts for the construction layer these exceptions belong to. */
export interface LayerWords {
  layer: LayerPacks;
  tokens: readonly Token[];
  facts: readonly LanguageFacts[];
  /** Per sentence, the STARTS_ bits of its words together (word-pass.ts). */
  sentenceStarts: Int32Array;
}

function collect(list: number, map: Map<Rule, CompiledStated>, words: LayerWords, sentences: readonly Sentence[]) {
  const found = new Map<CompiledStated, Set<number>>();
  const matches: PhraseMatch[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    matches.length = 0;
    matchLayer(words.layer, list, words.tokens, words.facts, sentence.first, sentence.last, words.sentenceStarts[s] as number, matches);
    for (const m of matches) {
      const entry = map.get(m.phrase.rule.rule);
      if (!entry) continue;
      const where = found.get(entry) ?? new Set<number>();
      where.add(s);
      found.set(entry, where);
    }
  }
  return found;
}

function inScope(entry: CompiledStated, where: ReadonlySet<number> | undefined, sentence: number): boolean {
  if (!where) return false;
  return entry.stated.scope === 'paragraph' ? where.size > 0 : where.has(sentence);
}

/**
 * The effect of stated exceptions on each hit, in the hits' order (undefined: none; null: none
 * for any hit). "Quiet" wins over "may not apply"; among exceptions, the first one found in the
 * paragraph is named.
 */
export function statedEffects(
  compiled: CompiledStatedExceptions,
  words: LayerWords,
  sentences: readonly Sentence[],
  hits: readonly PlacedHit[],
): (StatedEffect | undefined)[] | null {
  if (!hits.some((h) => compiled.grounds.has(h.rule.ground))) return null;
  const { tokens } = words;
  const cues = collect(LAYER_STATED_CUES, compiled.byRule, words, sentences);
  if (cues.size === 0) return null;
  const needs =
    compiled.needsOf.size > 0 ? collect(LAYER_STATED_NEEDS, compiled.needsOf, words, sentences) : new Map<CompiledStated, Set<number>>();
  return hits.map((hit) => {
    const sentence = (tokens[hit.first] as Token).sentence;
    let effect: StatedEffect | undefined;
    for (const [entry, where] of cues) {
      if (!entry.grounds.has(hit.rule.ground) || !inScope(entry, where, sentence)) continue;
      if (entry.stated.alsoNeeds && !inScope(entry, needs.get(entry), sentence)) continue;
      if (entry.stated.effect === 'quiet') return { kind: 'quiet' };
      effect ??= { kind: 'may-not-apply', exception: entry.stated.exception as ExceptionId };
    }
    return effect;
  });
}
