import type { Locale } from '../i18n/locale';
import type { CompiledPack, CompiledRule } from './compile';
import type { CompiledConstructions } from './compile-constructions';
import { CUES, type ContextCues } from './context-cues';
import { CueIndex } from './cue-index';
import { passesGates, type MatchContext } from './gates';
import { genderCodedWords } from './gender-coded';
import { langIndex, STARTS_LIST } from './language-facts';
import { LAYER_STATED_CUES } from './layer-facts';
import { matchConstructions, type ConstructionHit } from './match-constructions';
import { makeFinding } from './make-finding';
import type { PhraseMatch } from './match-phrases';
import type { Sentence, Token, Tokenized } from './tokenize';
import type { Finding, GenderCodedWord } from './types';
import { statedEffects } from './stated-exceptions';
import { passOverWords } from './word-pass';

/** What the analysis of one paragraph needs from the rest of the document. */
export interface ParagraphContext {
  lang: Locale;
  locale: Locale;
  /** Is the whole text an internship ad? Asked only when a rule's gate needs to know. */
  internship: () => boolean;
  /** The construction layer in the paragraph's language; without it only the rule packs run. */
  constructions?: CompiledConstructions;
}

export interface ParagraphResult {
  findings: Finding[];
  genderWords: GenderCodedWord[];
}

/** A rule-pack or construction hit (one shape for both, resolved together). */
type Hit = ConstructionHit;

const STARTS_STATED_CUE = STARTS_LIST << LAYER_STATED_CUES;
/** The context cues at langIndex (language-facts.ts). */
const CUE_LIST = [CUES.nl, CUES.en];

/** Token index of the first token ending after `offset` (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Higher first: a rule-pack hit before a construction (the packs' specific texts and severities
 * win where both fire; constructions fill the gaps), then more serious, then longer, then earlier
 * in the text, then earlier rule.
 */
function compareHits(a: Hit, b: Hit): number {
  return (
    (a.rule.construction ? 1 : 0) - (b.rule.construction ? 1 : 0) ||
    a.rule.severityRank - b.rule.severityRank ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    a.rule.order - b.rule.order
  );
}

/** From one cluster of overlapping hits of one ground, keep the best ones that do not overlap each other. */
function keepBest(cluster: Hit[], kept: Hit[]): void {
  cluster.sort(compareHits);
  const chosen: Hit[] = [];
  for (const hit of cluster) if (!chosen.some((c) => c.start < hit.end && hit.start < c.end)) chosen.push(hit);
  kept.push(...chosen);
}

/*
 * When two hits of the same ground overlap, keep one: the more serious, then the longer, then
 * the earlier rule. Hits of different grounds may overlap ("jonge dame" is age and sex).
 * Works per cluster of overlapping hits, so a long text with many hits stays O(n log n).
 */
function resolveOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const byGround = new Map<string, Hit[]>();
  for (const hit of hits) {
    const list = byGround.get(hit.rule.ground);
    if (list) list.push(hit);
    else byGround.set(hit.rule.ground, [hit]);
  }
  const kept: Hit[] = [];
  for (const list of byGround.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cluster: Hit[] = [];
    let clusterEnd = -1;
    for (const hit of list) {
      if (cluster.length > 0 && hit.start >= clusterEnd) {
        keepBest(cluster, kept);
        cluster = [];
      }
      cluster.push(hit);
      clusterEnd = Math.max(clusterEnd, hit.end);
    }
    if (cluster.length > 0) keepBest(cluster, kept);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.order - b.rule.order);
}

/*
 * Gates look at "the sentence", but a text without full stops (a 1 MB single line, a pasted
 * table) is one huge sentence. Past this many words on either side, words no longer belong to
 * the same thought, and looking further would make analysis quadratic.
 */
const CONTEXT_WORDS = 40;

/** What one paragraph's analysis shares between its steps (module functions, no per-call closures). */
interface Scan {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  cues: CueIndex;
  internship: () => boolean;
  hits: Hit[];
  /** The sentence around the last range asked for (see setContext). */
  from: number;
  to: number;
}

/** The sentence around tokens [first, last), clipped to CONTEXT_WORDS on each side, into scan.from/to. */
function setContext(scan: Scan, first: number, last: number): void {
  const sentence = scan.sentences[(scan.tokens[first] as Token).sentence];
  scan.from = Math.max(sentence?.first ?? first, first - CONTEXT_WORDS);
  scan.to = Math.min(sentence?.last ?? last, last + CONTEXT_WORDS);
}

function consider(scan: Scan, rule: CompiledRule, first: number, last: number): void {
  const { tokens } = scan;
  const firstToken = tokens[first];
  const lastToken = tokens[last - 1];
  if (!firstToken || !lastToken) return;
  setContext(scan, first, last);
  const matchCtx: MatchContext = {
    tokens,
    sentenceFirst: scan.from,
    sentenceLast: scan.to,
    first,
    last,
    internship: scan.internship,
    cues: scan.cues,
  };
  if (passesGates(rule.gates, matchCtx)) scan.hits.push({ rule, first, last, start: firstToken.start, end: lastToken.end });
}

function tryNumericHit(scan: Scan, base: number, rule: CompiledRule, index: number, length: number): boolean {
  const { tokens, hits } = scan;
  const from = base + index;
  const to = from + length;
  const first = tokenAt(tokens, from);
  const firstToken = tokens[first];
  if (!firstToken || firstToken.start >= to) return false;
  const last = Math.max(first + 1, tokenAt(tokens, to));
  const before = hits.length;
  consider(scan, rule, first, last);
  const hit = hits[before];
  if (!hit) return false;
  // A numeric hit covers exactly what the expression matched ("max. 25 jaar").
  hit.start = Math.max(from, firstToken.start);
  hit.end = Math.min(to, (tokens[last - 1] as Token).end);
  return true;
}

/** Numeric patterns (ages, ranges, years of experience): one combined expression per paragraph. */
function matchNumeric(scan: Scan, text: string, base: number, pack: CompiledPack, numeric: RegExp): void {
  numeric.lastIndex = 0;
  for (let m = numeric.exec(text); m !== null; m = numeric.exec(text)) {
    if (m[0].length === 0) {
      numeric.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    const key = Object.keys(groups).find((k) => groups[k] !== undefined);
    const matched = key === undefined ? -1 : Number(key.slice(1));
    const rule = pack.regexRules[matched];
    if (rule && tryNumericHit(scan, base, rule, m.index, m[0].length)) continue;
    // A gate refused the first pattern here (say, an internship-only rule in a job ad): let the
    // other patterns try the same spot.
    for (let j = 0; j < pack.regexRules.length; j++) {
      const single = pack.regexSingles[j];
      const other = pack.regexRules[j];
      if (j === matched || !single || !other) continue;
      single.lastIndex = m.index;
      const again = single.exec(text);
      if (again && tryNumericHit(scan, base, other, m.index, again[0].length)) break;
    }
  }
}

/**
 * Analyse one paragraph. Offsets in `tokenized` and in the result are relative to `text`
 * shifted by `base`. The tokens' words must know their facts (scoreWords in word-facts.ts), as
 * prepareParagraph in analyze.ts sees to.
 */
export function analyzeParagraph(
  text: string,
  base: number,
  tokenized: Tokenized,
  pack: CompiledPack,
  ctx: ParagraphContext,
): ParagraphResult {
  const { tokens, sentences } = tokenized;
  const pass = passOverWords(tokens, sentences, ctx.lang, pack, ctx.constructions);
  const { facts } = pass;
  const scan: Scan = {
    tokens,
    sentences,
    cues: new CueIndex(tokens, CUE_LIST[langIndex(ctx.lang)] as ContextCues, facts),
    internship: ctx.internship,
    hits: [],
    from: 0,
    to: 0,
  };

  for (let k = 0; k < pass.matches.length; k++) {
    const match = pass.matches[k] as PhraseMatch;
    consider(scan, match.phrase.rule, match.first, match.last);
  }

  // Construction hits go straight in with the rule-pack hits (same shape), to be resolved together.
  if (ctx.constructions) matchConstructions(ctx.constructions, text, base, tokenized, pass, scan.cues, scan.hits);

  // Only where a digit or a spelled-out number of years can start a numeric pattern.
  if (pack.numeric && pass.numbers) matchNumeric(scan, text, base, pack, pack.numeric);

  const kept = resolveOverlaps(scan.hits);
  // Stated exceptions need a cue of their own in the paragraph.
  const effects =
    ctx.constructions && kept.length > 0 && (pass.starts & STARTS_STATED_CUE) !== 0
      ? statedEffects(
          ctx.constructions.stated,
          { layer: ctx.constructions.layer, tokens, facts, sentenceStarts: pass.sentenceStarts },
          sentences,
          kept,
        )
      : null;
  const findings: Finding[] = [];
  for (let k = 0; k < kept.length; k++) {
    const hit = kept[k] as Hit;
    const effect = effects === null ? undefined : effects[k];
    if (effect?.kind === 'quiet') continue;
    setContext(scan, hit.first, hit.last);
    const place = { first: hit.first, last: hit.last, start: hit.start, end: hit.end, from: scan.from, to: scan.to };
    findings.push(makeFinding(hit.rule, place, effect, text, base, tokens, ctx.lang, ctx.locale));
  }
  return { findings, genderWords: genderCodedWords(text, tokens, pass.gendered, facts, ctx.lang, base) };
}
