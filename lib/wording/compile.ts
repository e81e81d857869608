import type { Locale } from '../i18n/locale';
import { SEVERITIES, type Ground, type Severity } from '../schema/grounds';
import { ruleSays, type RuleSays } from './rule-says';
import { normalizeWord } from './normalize';
import { pool } from './word-pool';
import type { Rule, RuleGates } from './rule-schema';
import { makeWordSet, type WordSet } from './word-set';

/*
 * Rules are compiled once per language into an index: a Map from the normalised first word of
 * each phrase to the phrases that start with it (plus maps for prefix and suffix words), so that
 * analysis is one pass over the tokens with a Map lookup each. Numeric patterns become one
 * combined regular expression, so a paragraph is scanned for all of them at once.
 */

interface WordAlt {
  kind: 'exact' | 'prefix' | 'suffix';
  value: string;
}

export interface TokenMatcher {
  /** null: any word. */
  alts: WordAlt[] | null;
  number: boolean;
  optional: boolean;
  /** For `~N`: skip up to N words. */
  gap: number;
}

export interface CompiledGates {
  candidate: boolean;
  notClient: boolean;
  inclusion: boolean;
  name: boolean;
  skipCapitalised: boolean;
  justification: boolean;
  negation: boolean;
  languageLevel: boolean;
  noAntecedent: boolean;
  adType: 'job' | 'internship' | undefined;
  unlessPrev: WordSet | null;
  unlessNext: WordSet | null;
  requireNearby: WordSet | null;
  unlessNearby: WordSet | null;
  excludeWords: WordSet | null;
}

export interface CompiledRule {
  rule: Rule;
  /** Position in the pack: ties between overlapping findings go to the earlier rule. */
  order: number;
  gates: CompiledGates;
  /** A construction finding (compile-constructions.ts): a rule-pack finding of the same severity wins over it. */
  construction: boolean;
  /**
   * The rule's ground and severity, read while hits are sorted. Copied here so that every compiled
   * rule has the same shape, whatever optional fields its JSON has: the engine's hot code then
   * sees one kind of object and stays fast from the first text on, Dutch or English.
   */
  ground: Ground;
  severity: Severity;
  /** The severity's place in SEVERITIES (0 = prohibited, the most serious), for sorting hits. */
  severityRank: number;
  /** What its findings say (rule-says.ts, make-finding.ts). */
  says: RuleSays;
}

export interface CompiledPhrase {
  rule: CompiledRule;
  matchers: TokenMatcher[];
}

/** The phrases of a pack that can start at one word (phraseCandidates), remembered per word. */
export interface Candidates {
  phrases: readonly CompiledPhrase[];
  /** When every phrase needs a word of its own right after the first: those words (else null), to skip the rest at once. */
  next: ReadonlySet<string> | null;
}

export interface CompiledPack {
  lang: Locale;
  rules: CompiledRule[];
  exact: Map<string, CompiledPhrase[]>;
  prefixes: { length: number; map: Map<string, CompiledPhrase[]> }[];
  suffixes: { length: number; map: Map<string, CompiledPhrase[]> }[];
  /** First two letters of every prefix word and last two of every suffix word: a cheap pre-check. */
  prefixStarts: Set<string>;
  suffixEnds: Set<string>;
  /** All numeric patterns in one expression; group `r<N>` belongs to regexRules[N]. */
  numeric: RegExp | null;
  regexRules: CompiledRule[];
  /** Each numeric pattern on its own (sticky), to retry a position whose first hit a gate refused. */
  regexSingles: RegExp[];
}

function compileWord(word: string): WordAlt {
  if (word.length > 1 && word.endsWith('*')) return { kind: 'prefix', value: normalizeWord(word.slice(0, -1)) };
  if (word.length > 1 && word.startsWith('*')) return { kind: 'suffix', value: normalizeWord(word.slice(1)) };
  // Pooled (word-pool.ts): a token of the same word is the same string, compared by identity.
  return { kind: 'exact', value: pool(normalizeWord(word)).norm };
}

function compileMatcher(part: string): TokenMatcher {
  const gap = /^~(\d)$/.exec(part);
  if (gap) return { alts: null, number: false, optional: false, gap: Number(gap[1]) };
  const optional = part.startsWith('?');
  const body = optional ? part.slice(1) : part;
  if (body === '#') return { alts: null, number: true, optional, gap: 0 };
  if (body === '_') return { alts: null, number: false, optional, gap: 0 };
  const alts: WordAlt[] = [];
  for (const word of body.split('|')) alts.push(compileWord(word));
  return { alts, number: false, optional, gap: 0 };
}

/*
 * Arrays the matcher reads on every text are filled with push, not map: map gives some of its
 * first arrays another internal layout than later ones, and the optimised code then meets two.
 */
export function compilePhrase(pattern: string): TokenMatcher[] {
  const matchers: TokenMatcher[] = [];
  for (const part of pattern.split(' ')) if (part.length > 0) matchers.push(compileMatcher(part));
  return matchers;
}

export function compileGates(gates: RuleGates | undefined): CompiledGates {
  const set = (words: string[] | undefined): WordSet | null => (words && words.length > 0 ? makeWordSet(words) : null);
  return {
    candidate: gates?.candidate ?? false,
    notClient: gates?.notClient ?? false,
    inclusion: gates?.inclusion ?? true,
    name: gates?.name ?? true,
    skipCapitalised: gates?.skipCapitalised ?? false,
    justification: gates?.justification ?? false,
    negation: gates?.negation ?? false,
    languageLevel: gates?.languageLevel ?? false,
    noAntecedent: gates?.noAntecedent ?? false,
    adType: gates?.adType,
    unlessPrev: set(gates?.unlessPrev),
    unlessNext: set(gates?.unlessNext),
    requireNearby: set(gates?.requireNearby),
    unlessNearby: set(gates?.unlessNearby),
    excludeWords: set(gates?.excludeWords),
  };
}

/** A compiled rule (every one made here, so they all have one shape). */
export function compiledRule(rule: Rule, order: number, gates: CompiledGates, construction: boolean): CompiledRule {
  const severityRank = SEVERITIES.indexOf(rule.severity);
  return { rule, order, gates, construction, ground: rule.ground, severity: rule.severity, severityRank, says: ruleSays(rule) };
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function byLength(list: { length: number; map: Map<string, CompiledPhrase[]> }[], key: string): Map<string, CompiledPhrase[]> {
  let entry = list.find((e) => e.length === key.length);
  if (!entry) {
    entry = { length: key.length, map: new Map() };
    list.push(entry);
    list.sort((a, b) => a.length - b.length);
  }
  return entry.map;
}

/** Compile the rules of one language. Throws on a pattern that cannot start a match (a bug in a pack). */
export function compilePack(lang: Locale, rules: readonly Rule[]): CompiledPack {
  const pack: CompiledPack = {
    lang,
    rules: [],
    exact: new Map(),
    prefixes: [],
    suffixes: [],
    prefixStarts: new Set(),
    suffixEnds: new Set(),
    numeric: null,
    regexRules: [],
    regexSingles: [],
  };
  const regexParts: string[] = [];
  rules
    .filter((rule) => rule.lang === lang)
    .forEach((rule, order) => {
      const compiled = compiledRule(rule, order, compileGates(rule.gates), false);
      pack.rules.push(compiled);
      for (const pattern of rule.patterns ?? []) {
        const matchers = compilePhrase(pattern);
        const first = matchers[0];
        if (!first?.alts || first.optional) throw new Error(`Rule ${rule.id}: pattern "${pattern}" must start with a word`);
        if (first.alts.some((alt) => alt.kind !== 'exact' && alt.value.length < 2)) {
          throw new Error(`Rule ${rule.id}: pattern "${pattern}" starts with a prefix or suffix shorter than two letters`);
        }
        const phrase: CompiledPhrase = { rule: compiled, matchers };
        for (const alt of first.alts) {
          if (alt.kind === 'exact') addTo(pack.exact, alt.value, phrase);
          else if (alt.kind === 'prefix') {
            addTo(byLength(pack.prefixes, alt.value), alt.value, phrase);
            pack.prefixStarts.add(alt.value.slice(0, 2));
          } else {
            addTo(byLength(pack.suffixes, alt.value), alt.value, phrase);
            pack.suffixEnds.add(alt.value.slice(-2));
          }
        }
      }
      for (const source of rule.regexes ?? []) {
        regexParts.push(`(?<r${pack.regexRules.length}>${source})`);
        pack.regexRules.push(compiled);
        pack.regexSingles.push(new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'iuy'));
      }
    });
  if (regexParts.length > 0) {
    // Letter/digit boundaries that also work for é, ë and other non-ASCII letters (\b does not).
    pack.numeric = new RegExp(`(?<![\\p{L}\\p{N}])(?:${regexParts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
  return pack;
}

/** Phrases of a pack that can start at a word: its exact, prefix and suffix entries. */
function phraseCandidates(pack: CompiledPack, norm: string): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  const exact = pack.exact.get(norm);
  if (exact) out.push(...exact);
  if (pack.prefixStarts.has(norm.slice(0, 2))) {
    for (const { length, map } of pack.prefixes) {
      if (length > norm.length) break;
      const hits = map.get(norm.slice(0, length));
      if (hits) out.push(...hits);
    }
  }
  if (pack.suffixEnds.has(norm.slice(-2))) {
    for (const { length, map } of pack.suffixes) {
      // A suffix pattern matches compounds only: "*jongen" is for magazijnjongen, not jongen itself.
      if (length >= norm.length) break;
      const hits = map.get(norm.slice(norm.length - length));
      if (hits) out.push(...hits);
    }
  }
  return out;
}

export const NO_CANDIDATES: Candidates = { phrases: [], next: null };

/** The words that may follow, when each phrase's second part is one of a few plain words. */
function nextWords(phrases: readonly CompiledPhrase[]): Set<string> | null {
  const next = new Set<string>();
  for (const phrase of phrases) {
    const second = phrase.matchers[1];
    if (!second?.alts || second.optional || second.gap > 0 || second.number) return null;
    for (const alt of second.alts) {
      if (alt.kind !== 'exact') return null;
      next.add(alt.value);
    }
  }
  return next;
}

/** phraseCandidates, with the words that may follow them. */
export function candidatesOf(pack: CompiledPack, norm: string): Candidates {
  const phrases = phraseCandidates(pack, norm);
  return phrases.length === 0 ? NO_CANDIDATES : { phrases, next: nextWords(phrases) };
}
