import type { CompiledConstructions, CompiledFrame } from './compile-constructions';
import type { GroupHit } from './construction-attach';
import { lowerBound } from './construction-text';
import type { CueIndex } from './cue-index';
import type { PhraseMatch } from './match-phrases';
import type { Sentence } from './tokenize';

/*
 * Which frame cue a group word combines with (match-constructions.ts): the nearest one in reach
 * that takes the group's role, is not negated and has the words it also needs; or the group by
 * itself when it is a demand on its own.
 */

export interface FrameHit {
  frame: CompiledFrame;
  first: number;
  last: number;
}

/** What the frame choice reads of a sentence's construction pass. */
export interface FrameContext {
  c: CompiledConstructions;
  cues: CueIndex;
  sentence: Sentence;
  frames: FrameHit[];
  needs: PhraseMatch[];
}

/** The widest distance a frame cue may have (construction-schema.ts caps before/after at 12). */
const FRAME_REACH = 13;
const NEGATION_BEFORE = 2;
/** Longest frame cue or alsoNeeds phrase, in words, that a lower bound must allow for. */
const LONGEST_CUE = 8;

function needsMet(p: FrameContext, frame: CompiledFrame, from: number, to: number): boolean {
  if (frame.needs < 0) return true;
  for (let i = lowerBound(p.needs, from - LONGEST_CUE); i < p.needs.length; i++) {
    const m = p.needs[i] as PhraseMatch;
    if (m.first >= to) break;
    if (m.last > from && p.c.needsIndex.get(m.phrase.rule.rule) === frame.needs) return true;
  }
  return false;
}

/** A negation right before the frame cue, or between the cue and the group word. */
function isNegated(p: FrameContext, f: FrameHit, g: GroupHit, from: number): boolean {
  if (p.cues.any('negation', Math.max(from, f.first - NEGATION_BEFORE), f.first)) return true;
  if (f.frame.kind === 'question' && p.cues.any('negation', f.first, f.last)) return true;
  if (f.last <= g.first) return p.cues.any('negation', f.last, g.first);
  if (g.last <= f.first) return p.cues.any('negation', Math.max(g.last, f.first - NEGATION_BEFORE - 1), f.first);
  return false;
}

/** The nearest frame cue that may combine with this group word, or undefined. */
export function nearestFrame(p: FrameContext, g: GroupHit, from: number, to: number): FrameHit | undefined {
  let best: FrameHit | undefined;
  let bestGap = Infinity;
  for (let i = lowerBound(p.frames, g.first - FRAME_REACH - LONGEST_CUE); i < p.frames.length; i++) {
    const f = p.frames[i] as FrameHit;
    if (f.last < g.first - FRAME_REACH) continue;
    if (f.first > g.last + FRAME_REACH) break;
    const frame = f.frame;
    if (!g.group.frames.has(frame.kind) || !frame.roles.has(g.group.role)) continue;
    let gap: number;
    if (f.last <= g.first) gap = frame.before < 0 ? Infinity : g.first - f.last <= frame.before ? g.first - f.last : Infinity;
    else if (f.first >= g.last) gap = frame.after < 0 ? Infinity : f.first - g.last <= frame.after ? f.first - g.last : Infinity;
    else gap = 0;
    // A withheld benefit says more than the "geen" or "alleen" it needs, and "je bent" or "zoeken"
    // says less than "bij voorkeur" or "alleen": the more telling frame wins when it is in reach.
    if (gap < Infinity && frame.kind === 'benefit-withheld') gap = -1;
    else if (gap < Infinity && frame.kind === 'requirement') gap += FRAME_REACH;
    if (gap >= bestGap || !needsMet(p, f.frame, from, to)) continue;
    // "niet alleen", "geen voorkeur", "wij vragen geen foto", "is niet vereist": a negated frame is
    // no demand. Exclusions and withheld benefits are negations themselves.
    if (frame.kind !== 'exclusion' && frame.kind !== 'benefit-withheld' && isNegated(p, f, g, from)) continue;
    best = f;
    bestGap = gap;
  }
  return best;
}

/** A group that is a demand by itself ("eerste taal", "minimum height"), unless negated right before or after it. */
export function standingAlone(p: FrameContext, g: GroupHit, from: number): FrameHit | undefined {
  if (!g.group.alone || p.cues.any('negation', Math.max(from, g.first - NEGATION_BEFORE), g.first)) return undefined;
  if (p.cues.any('negation', g.last, Math.min(p.sentence.last, g.last + NEGATION_BEFORE + 1))) return undefined;
  return { frame: p.c.aloneFrame, first: g.first, last: g.last };
}
