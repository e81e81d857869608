import type { CompiledGates } from './compile';
import type { ContextCues } from './context-cues';
import type { Token } from './tokenize';

/**
 * Context gates: the checks that keep a rule quiet when its words are not a demand on the
 * candidate. A false alarm costs more trust than a miss (architecture, principle 5), so every
 * gate errs towards silence. Each gate is switched on per rule in the rule packs.
 */
export interface MatchContext {
  tokens: readonly Token[];
  /** Token range of the sentence holding the match. */
  sentenceFirst: number;
  sentenceLast: number;
  /** Token range of the match, end exclusive. */
  first: number;
  last: number;
  internship: boolean;
  cues: ContextCues;
  /** The sentence as " word word word " (normalised), built on first use. */
  sentenceText: () => string;
}

const MODERATE_LEVEL = /^(?:a1|a2|b1|b2|1f|2f|nt2)/;
const CLIENT_WINDOW_BEFORE = 4;
const CLIENT_WINDOW_AFTER = 2;
const NEGATION_WINDOW = 2;

function anyInSentence(ctx: MatchContext, test: (norm: string) => boolean): boolean {
  for (let i = ctx.sentenceFirst; i < ctx.sentenceLast; i++) if (test((ctx.tokens[i] as Token).norm)) return true;
  return false;
}

function anyInRange(ctx: MatchContext, from: number, to: number, test: (norm: string) => boolean): boolean {
  const lo = Math.max(from, ctx.sentenceFirst);
  const hi = Math.min(to, ctx.sentenceLast);
  for (let i = lo; i < hi; i++) if (test((ctx.tokens[i] as Token).norm)) return true;
  return false;
}

/** A capitalised word next to another capitalised word: a name ("Jong Talent", "bij Young Capital"). */
export function isInsideName(ctx: MatchContext): boolean {
  const first = ctx.tokens[ctx.first];
  if (!first?.cap || first.allCaps) return false;
  // The word right after the first matched word ("Jong Talent"), not after the whole match:
  // "Geen sollicitanten uit Rotterdam" is no name.
  const next = ctx.first + 1 < ctx.sentenceLast ? ctx.tokens[ctx.first + 1] : undefined;
  if (next?.cap && !next.allCaps) return true;
  const previous = ctx.first > ctx.sentenceFirst ? ctx.tokens[ctx.first - 1] : undefined;
  return previous !== undefined && ctx.first - 1 > ctx.sentenceFirst && previous.cap && !previous.allCaps;
}

/** A capitalised word inside a sentence: in Dutch and English a job title is not, a surname is (Huisman). */
export function isCapitalisedMidSentence(ctx: MatchContext): boolean {
  const first = ctx.tokens[ctx.first];
  return first !== undefined && first.cap && !first.allCaps && ctx.first > ctx.sentenceFirst;
}

export function isInclusionSentence(ctx: MatchContext): boolean {
  if (anyInSentence(ctx, (n) => ctx.cues.inclusionWords.has(n))) return true;
  const text = ctx.sentenceText();
  return ctx.cues.inclusionPhrases.some((phrase) => text.includes(` ${phrase} `));
}

export function isAboutClients(ctx: MatchContext): boolean {
  return (
    anyInRange(ctx, ctx.first - CLIENT_WINDOW_BEFORE, ctx.first, (n) => ctx.cues.clientBefore.has(n)) ||
    anyInRange(ctx, ctx.last, ctx.last + CLIENT_WINDOW_AFTER, (n) => ctx.cues.clientAfter.has(n))
  );
}

export function isJustified(ctx: MatchContext): boolean {
  if (anyInSentence(ctx, (n) => ctx.cues.justification.has(n))) return true;
  const text = ctx.sentenceText();
  return ctx.cues.justificationPhrases.some((phrase) => text.includes(` ${phrase} `));
}

/** Check every gate a rule has switched on; true means the finding stands. */
export function passesGates(gates: CompiledGates, ctx: MatchContext): boolean {
  if (gates.adType === 'job' && ctx.internship) return false;
  if (gates.adType === 'internship' && !ctx.internship) return false;
  if (gates.excludeWords) {
    for (let i = ctx.first; i < ctx.last; i++) if (gates.excludeWords.has((ctx.tokens[i] as Token).norm)) return false;
  }
  const { unlessPrev, unlessNext, requireNearby, unlessNearby } = gates;
  if (unlessPrev && anyInRange(ctx, ctx.first - 1, ctx.first, (n) => unlessPrev.has(n))) return false;
  if (unlessNext && anyInRange(ctx, ctx.last, ctx.last + 1, (n) => unlessNext.has(n))) return false;
  if (requireNearby && !anyInSentence(ctx, (n) => requireNearby.has(n))) return false;
  if (unlessNearby && anyInSentence(ctx, (n) => unlessNearby.has(n))) return false;
  if (gates.negation && anyInRange(ctx, ctx.first - NEGATION_WINDOW, ctx.first, (n) => ctx.cues.negation.has(n))) return false;
  if (gates.languageLevel && anyInSentence(ctx, (n) => MODERATE_LEVEL.test(n))) return false;
  if (gates.name && isInsideName(ctx)) return false;
  if (gates.skipCapitalised && isCapitalisedMidSentence(ctx)) return false;
  if (gates.candidate && !anyInSentence(ctx, (n) => ctx.cues.candidate.has(n))) return false;
  if (gates.notClient && isAboutClients(ctx)) return false;
  if (gates.justification && isJustified(ctx)) return false;
  if (gates.inclusion && isInclusionSentence(ctx)) return false;
  return true;
}
