import { findAgeSpans } from './age-spans';
import type { CompiledPhrase, CompiledRule } from './compile';
import type { CompiledConstructions } from './compile-constructions';
import { attributeAttached, insideName, linkedToPersonBefore, type GroupHit } from './construction-attach';
import { clauseAround, endsWithQuestion, ParagraphWords } from './construction-text';
import { nearestFrame, standingAlone, type FrameHit } from './construction-frames';
import type { CueIndex } from './cue-index';
import { isAboutClients, isInclusionSentence, isJustified, type MatchContext } from './gates';
import { LAYER_FRAMES, LAYER_GROUPS, LAYER_NEEDS, LAYER_NOUNS, matchLayer } from './layer-facts';
import type { PhraseMatch } from './match-phrases';
import { findPlaceSpans } from './place-spans';
import type { Sentence, Token } from './tokenize';
import { STARTS_PLACE_LINK } from './language-facts';
import type { LanguageFacts } from './word-facts';
import type { WordPass } from './word-pass';

/*
 * The construction layer: a frame (preference, exclusion, restriction, requirement, question,
 * benefit withheld) around a group word said of the candidate. Group words come from the lexicons
 * and from parsed ages (age-spans.ts); frames from their cue lists; the gates are the rule packs'
 * (names, clients, equal-opportunity sentences, negation of the frame) plus a stated legal basis
 * and, for requirements that are only risky, a task or reason that explains them. A false alarm
 * costs more trust than a miss (architecture, principle 5), so every step errs towards silence.
 */

/** A hit on tokens [first, last), at offsets [start, end): the shape every hit of a paragraph has. */
export interface ConstructionHit {
  rule: CompiledRule;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Beyond this many words around a group word, words belong to another thought (and scans stay linear). */
const CONTEXT_WORDS = 40;
/**
 * The construction layer's gates never depend on the kind of ad. Made once rather than per call:
 * a named function made per call costs an allocation, and under tsx (which keeps function names,
 * as the CLI in development and the benchmarks run) a property definition as well.
 */
const NOT_AN_INTERNSHIP = (): boolean => false;

/** What one paragraph's construction pass shares between its steps. */
interface Pass {
  c: CompiledConstructions;
  text: string;
  base: number;
  tokens: readonly Token[];
  cues: CueIndex;
  words: ParagraphWords;
  sentence: Sentence;
  /** The STARTS_ bits of the sentence's words together (word-pass.ts). */
  starts: number;
  groups: GroupHit[];
  /** Group hits by their first token, to find a noun right after a describing word. */
  startsAt: Map<number, GroupHit[]>;
  frames: FrameHit[];
  needs: PhraseMatch[];
  /** Group words that already gave a finding in this sentence. */
  emitted: GroupHit[];
  out: ConstructionHit[];
}

/** The client is the one who asks ("our client prefers", "onze opdrachtgever zoekt"): a recruiter's employer. */
function clientIsEmployer(p: Pass, frame: FrameHit): boolean {
  for (let k = frame.first - 1; k >= Math.max(p.sentence.first, frame.first - 2); k--) {
    if (p.c.employers.has((p.tokens[k] as Token).norm)) return true;
  }
  return false;
}

/**
 * "Ouderen zijn welkom, jongeren vallen af": a welcome in one clause does not excuse an exclusion
 * in another. Only an exclusion frame in the group word's own clause, with no welcome in that clause.
 */
function exclusionClauseOfItsOwn(p: Pass, g: GroupHit, frame: FrameHit): boolean {
  if (frame.frame.kind !== 'exclusion') return false;
  const clause = clauseAround(p.text, p.base, p.tokens, p.sentence, Math.min(g.first, frame.first), Math.max(g.last, frame.last));
  if (clause.first === p.sentence.first && clause.last === p.sentence.last) return false;
  return !p.cues.any('inclusion', clause.first, clause.last);
}

function consider(p: Pass, g: GroupHit, given?: FrameHit): void {
  const { tokens, c, sentence } = p;
  const group = g.group;
  const role = group.role;
  if (role === 'noun') return;
  if (group.exclude) for (let k = g.first; k < g.last; k++) if (group.exclude.has((tokens[k] as Token).norm)) return;
  if (group.unlessNext && g.last < sentence.last && group.unlessNext.has((tokens[g.last] as Token).norm)) return;
  const attach = { c, tokens, sentence, startsAt: p.startsAt };
  if (insideName(attach, g)) return;
  const linked = linkedToPersonBefore(attach, g);
  if (role === 'attribute' && !attributeAttached(attach, g, linked)) return;
  const from = Math.max(sentence.first, g.first - CONTEXT_WORDS);
  const to = Math.min(sentence.last, g.last + CONTEXT_WORDS);
  const ctx: MatchContext = {
    tokens,
    sentenceFirst: from,
    sentenceLast: to,
    first: g.first,
    last: g.last,
    internship: NOT_AN_INTERNSHIP,
    cues: p.cues,
  };
  const frame = given ?? nearestFrame(p, g, from, to) ?? standingAlone(p, g, from);
  if (!frame) return;
  // "Kandidaten met jonge kinderen" is about candidates, "een mannelijke collega" about staff and
  // "onze klant zoekt een ..." about the employer's wish; "je werkt met jonge kinderen" is about clients.
  if (group.notClient && !linked && role !== 'attribute' && !clientIsEmployer(p, frame) && isAboutClients(ctx)) return;
  // A law or exception the text names lowers the finding instead (stated-exceptions.ts).
  if (!group.despiteInclusion && isInclusionSentence(ctx) && !exclusionClauseOfItsOwn(p, g, frame)) return;
  // A task or an offer of support is often in another sentence ("Als bezorger rijd je ...; rijbewijs B is vereist").
  if (group.task && p.words.affirmed(group.task)) return;
  // A reason silences a practical demand (lifting, a licence, an experience cap: the College asks for
  // the reason in the ad); for who someone is only a task or a law does: team make-up or youth wages are no reason.
  if (group.justifiable && isJustified(ctx)) return;
  // One finding per stretch of group words: "Nederlandse studenten" is nationality, not also origin,
  // and "uiterlijk" inside "representatief uiterlijk" is no second finding.
  if (p.emitted.some((e) => e.first < g.last && g.first < e.last)) return;
  p.emitted.push(g);
  const rule = c.findingRule(frame.frame.kind, g.ground, group.severity);
  if (!rule) return;
  const first = Math.min(g.first, frame.first);
  const last = Math.max(g.last, frame.last);
  p.out.push({ rule, first, last, start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end });
}

/** Group words in the sentence, from the words' remembered facts (layer-facts.ts): one property read per word. */
function collectGroups(p: Pass, facts: readonly LanguageFacts[]): void {
  const { c, tokens, sentence } = p;
  const groups: PhraseMatch[] = [];
  matchLayer(c.layer, LAYER_GROUPS, tokens, facts, sentence.first, sentence.last, p.starts, groups);
  let describing = false;
  for (const m of groups) describing = pushGroup(p, m.phrase, m.first, m.last) === 'attribute' || describing;
  // General nouns only matter after a describing word ("Marokkaanse achtergrond").
  if (!describing) return;
  const nouns: PhraseMatch[] = [];
  matchLayer(c.layer, LAYER_NOUNS, tokens, facts, sentence.first, sentence.last, p.starts, nouns);
  for (const m of nouns) pushGroup(p, m.phrase, m.first, m.last);
}

function pushGroup(p: Pass, phrase: CompiledPhrase, first: number, end: number): string | undefined {
  const group = end > first ? p.c.groupOf.get(phrase.rule.rule) : undefined;
  if (!group) return undefined;
  p.groups.push({ group, ground: group.ground, first, last: end });
  return group.role;
}

function collect(p: Pass, text: string, base: number, facts: readonly LanguageFacts[], hasNumber: boolean): void {
  const { c, tokens, sentence } = p;
  collectGroups(p, facts);
  const caps: GroupHit[] = [];
  if (hasNumber) {
    const spans = findAgeSpans(
      tokens,
      sentence.first,
      sentence.last,
      c.persons,
      (k) => text.charCodeAt((tokens[k] as Token).end - base) === 43,
    );
    for (const span of spans) {
      if (span.cap) caps.push({ group: c.experienceCapGroup, ground: 'age', first: span.first, last: span.last });
      else p.groups.push({ group: span.people ? c.agePeopleGroup : c.ageGroup, ground: 'age', first: span.first, last: span.last });
    }
  }
  // A named place needs a link word ("uit", "from") in the sentence.
  if ((p.starts & STARTS_PLACE_LINK) !== 0)
    for (const span of findPlaceSpans(tokens, sentence, c.persons, c.placeLinks))
      p.groups.push({ group: c.placeGroup, ground: 'proxy-other', first: span.first, last: span.last });
  if (p.groups.length === 0 && caps.length === 0) return;
  for (const g of p.groups) {
    const list = p.startsAt.get(g.first);
    if (list) list.push(g);
    else p.startsAt.set(g.first, [g]);
  }
  const frames: PhraseMatch[] = [];
  matchLayer(c.layer, LAYER_FRAMES, tokens, facts, sentence.first, sentence.last, p.starts, frames);
  for (const m of frames) {
    const frame = c.frameOf.get(m.phrase.rule.rule);
    if (frame) p.frames.push({ frame, first: m.first, last: m.last });
  }
  if (c.questionFrame && endsWithQuestion(text, base, tokens, sentence)) {
    for (let k = sentence.first; k < sentence.last; k++) {
      if (c.pronouns.has((tokens[k] as Token).norm)) {
        p.frames.push({ frame: c.questionFrame, first: sentence.last - 1, last: sentence.last });
        break;
      }
    }
  }
  matchLayer(c.layer, LAYER_NEEDS, tokens, facts, sentence.first, sentence.last, p.starts, p.needs);
  for (const g of p.groups) consider(p, g);
  for (const cap of caps) consider(p, cap, { frame: c.capFrame, first: cap.first, last: cap.first + 1 });
}

/**
 * Construction hits in one paragraph, in no particular order (the caller resolves overlaps).
 * `pass` is the paragraph's pass over its words (word-pass.ts): the words' facts and which sentences are worth a look.
 */
export function matchConstructions(
  c: CompiledConstructions,
  text: string,
  base: number,
  tokenized: { tokens: readonly Token[]; sentences: readonly Sentence[] },
  pass: WordPass,
  cues: CueIndex,
  out: ConstructionHit[],
): void {
  const { tokens, sentences } = tokenized;
  const { facts, worth } = pass;
  let p: Pass | undefined;
  for (let s = 0; s < sentences.length; s++) {
    const found = worth[s] as number;
    if (found === 0) continue;
    const sentence = sentences[s] as Sentence;
    // One pass object per paragraph, emptied per sentence: no allocations for sentences that turn out empty.
    if (p) {
      p.sentence = sentence;
      p.starts = pass.sentenceStarts[s] as number;
      p.groups.length = 0;
      p.startsAt.clear();
      p.frames.length = 0;
      p.needs.length = 0;
      p.emitted.length = 0;
    } else {
      p = {
        c,
        text,
        base,
        tokens,
        cues,
        words: new ParagraphWords(tokens, cues),
        sentence,
        starts: pass.sentenceStarts[s] as number,
        groups: [],
        startsAt: new Map(),
        frames: [],
        needs: [],
        emitted: [],
        out,
      };
    }
    collect(p, text, base, facts, (found & 2) !== 0);
  }
}
