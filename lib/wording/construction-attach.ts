import type { CompiledConstructions, CompiledGroup } from './compile-constructions';
import type { Ground } from '../schema/grounds';
import type { Sentence, Token } from './tokenize';

/*
 * Is a group word said of a person? The construction matcher asks this of describing words
 * ("Poolse" needs "kandidaten"), and of every group word to tell candidates from clients:
 * "kandidaten met jonge kinderen" is about candidates, "je werkt met jonge kinderen" is not.
 */

export interface GroupHit {
  group: CompiledGroup;
  /** The ground the finding takes: a noun after a describing word decides ("Ierse afkomst" is origin). */
  ground: Ground;
  first: number;
  last: number;
}

export interface AttachContext {
  c: CompiledConstructions;
  tokens: readonly Token[];
  sentence: Sentence;
  /** Group hits by their first token. */
  startsAt: Map<number, GroupHit[]>;
}

const LINK_BEFORE = 5;
const SUBJECT_BEFORE = 4;
/** Tokens that may stand between a describing word and its noun: "Poolse of Roemeense kandidaten". */
const COORDINATION = new Set(['en', 'of', 'and', 'or']);
/** An article before a describing word starts a noun phrase: "the single point of contact". */
const ARTICLES = new Set(['een', 'de', 'het', 'a', 'an', 'the']);

const normAt = (ctx: AttachContext, k: number): string => (ctx.tokens[k] as Token).norm;
/** The word at k, or '' past the end of the sentence. */
const normInSentence = (ctx: AttachContext, k: number): string => (k < ctx.sentence.last ? normAt(ctx, k) : '');

/** A person noun before the group word with only link words between ("medewerkers met een tijdelijk contract"). */
export function linkedToPersonBefore(ctx: AttachContext, g: GroupHit): boolean {
  for (let k = g.first - 1; k >= Math.max(ctx.sentence.first, g.first - LINK_BEFORE); k--) {
    const norm = normAt(ctx, k);
    if (ctx.c.persons.has(norm)) return true;
    if (!ctx.c.links.has(norm)) return false;
  }
  return false;
}

/**
 * A general noun or a second describing word right after a describing word joins it: "Nederlandse
 * uitstraling" (the noun's ground wins: origin), "practising Catholic". Returns whether one did.
 */
function joinFollowingWord(ctx: AttachContext, g: GroupHit): boolean {
  for (let k = g.last; k <= g.last + 1 && k < ctx.sentence.last; k++) {
    for (const other of ctx.startsAt.get(k) ?? []) {
      if (other === g) continue;
      const role = other.group.role;
      const sameGround = other.group.ground === g.group.ground;
      if (role === 'noun' || (sameGround && role !== 'person')) {
        g.last = Math.max(g.last, other.last);
        if (role === 'noun') g.ground = other.group.ground;
        return true;
      }
    }
    // Only a describing word may stand between ("een Marokkaanse culturele achtergrond" is rare; stop at links).
    if (ctx.c.links.has(normAt(ctx, k))) return false;
  }
  return false;
}

/** The reader or the sentence's subject, with a form of "to be": "je bent gelovig", "Must be single". */
function saidOfTheReader(ctx: AttachContext, g: GroupHit): boolean {
  const { c, sentence } = ctx;
  if (g.first === sentence.first) return false;
  const previous = normAt(ctx, g.first - 1);
  if (ARTICLES.has(previous)) return false;
  if (!c.copulas.has(previous) && !c.pronouns.has(previous) && !c.links.has(previous)) return false;
  let subject = g.first - SUBJECT_BEFORE <= sentence.first;
  let copula = false;
  for (let k = g.first - 1; k >= Math.max(sentence.first, g.first - SUBJECT_BEFORE); k--) {
    if (c.pronouns.has(normAt(ctx, k))) subject = true;
    if (c.copulas.has(normAt(ctx, k))) copula = true;
  }
  return subject && copula;
}

/** Is a describing word said of a person (after, before, or the reader)? May widen g to a joined noun. */
export function attributeAttached(ctx: AttachContext, g: GroupHit, linkedBefore: boolean): boolean {
  const joined = joinFollowingWord(ctx, g);
  if (linkedBefore || joined) return true;
  const { c } = ctx;
  const next = normInSentence(ctx, g.last);
  if (c.persons.has(next)) return true;
  if (c.persons.has(normInSentence(ctx, g.last + 1)) && !c.links.has(next)) return true;
  if (COORDINATION.has(next) && (c.persons.has(normInSentence(ctx, g.last + 2)) || c.persons.has(normInSentence(ctx, g.last + 3))))
    return true;
  return saidOfTheReader(ctx, g);
}

/**
 * A one-word group word of the same ground at token k, with no capital beyond it (step: +1 after, -1
 * before): "Turkse, Marokkaanse of Surinaamse" is a list, "Boys & Girls Club" a name.
 */
function sameGroundAt(ctx: AttachContext, g: GroupHit, k: number, step: 1 | -1): boolean {
  const beyond = k + step >= ctx.sentence.first && k + step < ctx.sentence.last ? ctx.tokens[k + step] : undefined;
  if (beyond?.cap) return false;
  return (ctx.startsAt.get(k) ?? []).some((other) => other !== g && other.group.ground === g.group.ground);
}

/** Capitalised words around the group word: a company or product name ("Jong Talent"), unless the words are names themselves. */
export function insideName(ctx: AttachContext, g: GroupHit): boolean {
  if (g.group.properName) return false;
  const first = ctx.tokens[g.first];
  if (!first?.cap || first.allCaps) return false;
  const after = g.last < ctx.sentence.last ? ctx.tokens[g.last] : undefined;
  if (after?.cap && !after.allCaps && !sameGroundAt(ctx, g, g.last, 1)) return true;
  const before = g.first - 1 > ctx.sentence.first ? ctx.tokens[g.first - 1] : undefined;
  return before !== undefined && before.cap && !before.allCaps && !sameGroundAt(ctx, g, g.first - 1, -1);
}
