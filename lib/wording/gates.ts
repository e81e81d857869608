import type { CompiledGates } from './compile';
import type { CueIndex } from './cue-index';
import type { Token } from './tokenize';
import type { WordSet } from './word-set';

/**
 * Context gates: the checks that keep a rule quiet when its words are not a demand on the
 * candidate. A false alarm costs more trust than a miss (architecture, principle 5), so every
 * gate errs towards silence. Each gate is switched on per rule in the rule packs.
 */
export interface MatchContext {
  tokens: readonly Token[];
  /** Token range of the sentence (clipped to a window) around the match. */
  sentenceFirst: number;
  sentenceLast: number;
  /** Token range of the match, end exclusive. */
  first: number;
  last: number;
  internship: () => boolean;
  cues: CueIndex;
}

const CLIENT_WINDOW_BEFORE = 6;
const CLIENT_WINDOW_AFTER = 2;
const NEGATION_WINDOW = 2;

function anyInRange(ctx: MatchContext, from: number, to: number, set: WordSet): boolean {
  const lo = Math.max(from, ctx.sentenceFirst);
  const hi = Math.min(to, ctx.sentenceLast);
  for (let i = lo; i < hi; i++) if (set.has((ctx.tokens[i] as Token).norm)) return true;
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

const POSSESSIVES = new Set(['onze', 'ons', 'mijn', 'our', 'my']);

/** "Onze directrice, Anne, ...", "our head waitress Maria": a title that names a colleague, not the job on offer. */
export function namesAColleague(ctx: MatchContext): boolean {
  const next = ctx.tokens[ctx.last];
  if (!next || next.sentence !== ctx.tokens[ctx.first]?.sentence || !next.cap || next.allCaps) return false;
  for (let i = ctx.first - 1; i >= Math.max(ctx.sentenceFirst, ctx.first - 2); i--) {
    if (POSSESSIVES.has((ctx.tokens[i] as Token).norm)) return true;
  }
  return false;
}

/** How far back a pronoun may point to a name ("Onze teamleider Sanne ... zij is er elke dag"). */
const ANTECEDENT_WINDOW = 60;

/** A capitalised word inside a sentence before the match: a name the pronoun may be about. */
export function hasAntecedent(ctx: MatchContext): boolean {
  for (let i = ctx.first - 1; i >= Math.max(0, ctx.first - ANTECEDENT_WINDOW); i--) {
    const token = ctx.tokens[i] as Token;
    const previous = ctx.tokens[i - 1];
    if (token.cap && !token.allCaps && previous !== undefined && previous.sentence === token.sentence) return true;
  }
  return false;
}

export function isInclusionSentence(ctx: MatchContext): boolean {
  return ctx.cues.any('inclusion', ctx.sentenceFirst, ctx.sentenceLast);
}

export function isAboutClients(ctx: MatchContext): boolean {
  return (
    ctx.cues.any('clientBefore', Math.max(ctx.sentenceFirst, ctx.first - CLIENT_WINDOW_BEFORE), ctx.first) ||
    ctx.cues.any('clientAfter', ctx.last, Math.min(ctx.sentenceLast, ctx.last + CLIENT_WINDOW_AFTER))
  );
}

export function isJustified(ctx: MatchContext): boolean {
  return ctx.cues.any('justification', ctx.sentenceFirst, ctx.sentenceLast);
}

/** Check every gate a rule has switched on; true means the finding stands. */
export function passesGates(gates: CompiledGates, ctx: MatchContext): boolean {
  if (gates.adType === 'job' && ctx.internship()) return false;
  if (gates.adType === 'internship' && !ctx.internship()) return false;
  const { excludeWords, unlessPrev, unlessNext, requireNearby, unlessNearby } = gates;
  if (excludeWords && anyInRange(ctx, ctx.first, ctx.last, excludeWords)) return false;
  if (unlessPrev && anyInRange(ctx, ctx.first - 1, ctx.first, unlessPrev)) return false;
  if (unlessNext && anyInRange(ctx, ctx.last, ctx.last + 1, unlessNext)) return false;
  if (requireNearby && !anyInRange(ctx, ctx.sentenceFirst, ctx.sentenceLast, requireNearby)) return false;
  if (unlessNearby && anyInRange(ctx, ctx.sentenceFirst, ctx.sentenceLast, unlessNearby)) return false;
  if (gates.negation && ctx.cues.any('negation', Math.max(ctx.sentenceFirst, ctx.first - NEGATION_WINDOW), ctx.first)) return false;
  if (gates.languageLevel && ctx.cues.any('moderateLevel', ctx.sentenceFirst, ctx.sentenceLast)) return false;
  if (gates.noAntecedent && hasAntecedent(ctx)) return false;
  if (gates.name && isInsideName(ctx)) return false;
  if (gates.skipCapitalised && (isCapitalisedMidSentence(ctx) || namesAColleague(ctx))) return false;
  if (gates.candidate && !ctx.cues.any('candidate', ctx.sentenceFirst, ctx.sentenceLast)) return false;
  if (gates.notClient && isAboutClients(ctx)) return false;
  if (gates.justification && isJustified(ctx)) return false;
  if (gates.inclusion && isInclusionSentence(ctx)) return false;
  return true;
}
