import { candidatesOf, type Candidates, type CompiledPack } from './compile';
import { STARTS_LIST, STARTS_PLACE_LINK, STARTS_RULE, type LanguageFacts, type LayerFacts, type LayerPacks } from './language-facts';
import { matchCandidates, type PhraseMatch } from './match-phrases';
import type { Token } from './tokenize';
import type { WordSet } from './word-set';

/*
 * What a word is to a construction layer, worked out once per distinct word and layer and kept
 * with the word's facts (word-facts.ts): the group words, nouns, frame cues and stated exceptions
 * that can start at it. A sentence is then one property read per word for each pack, instead of
 * one lookup per word and pack.
 */

/** Indexes into LayerPacks.packs and LayerFacts.lists. */
export const LAYER_GROUPS = 0;
export const LAYER_NOUNS = 1;
export const LAYER_FRAMES = 2;
export const LAYER_NEEDS = 3;
export const LAYER_STATED_CUES = 4;
export const LAYER_STATED_NEEDS = 5;

/** The layer's packs in the order of the LAYER_ indexes. */
export function layerPacks(p: {
  groups: CompiledPack;
  nouns: CompiledPack;
  frames: CompiledPack;
  needs: CompiledPack;
  statedCues: CompiledPack;
  statedNeeds: CompiledPack;
  placeLinks: WordSet;
}): LayerPacks {
  return { packs: [p.groups, p.nouns, p.frames, p.needs, p.statedCues, p.statedNeeds], placeLinks: p.placeLinks };
}

/** The word's facts for `layer`; `norm` must be the word `facts` belongs to. */
export function layerFactsOf(facts: LanguageFacts, norm: string, layer: LayerPacks): LayerFacts {
  if (facts.layer !== layer || facts.layerFacts === undefined) {
    const lists: Candidates[] = [];
    let starts = facts.starts & STARTS_RULE;
    for (let k = 0; k < layer.packs.length; k++) {
      const list = candidatesOf(layer.packs[k] as CompiledPack, norm);
      if (list.phrases.length > 0) starts |= STARTS_LIST << k;
      lists.push(list);
    }
    facts.starts = starts | (layer.placeLinks.has(norm) ? STARTS_PLACE_LINK : 0);
    facts.layerFacts = { lists };
    facts.layer = layer;
  }
  return facts.layerFacts;
}

/**
 * All matches of one of the layer's packs (`list`, a LAYER_ index) in tokens [first, last).
 * `starts`: the STARTS_ bits of those words together (word-pass.ts); without the list's bit, no word starts one.
 */
export function matchLayer(
  layer: LayerPacks,
  list: number,
  tokens: readonly Token[],
  facts: readonly LanguageFacts[],
  first: number,
  last: number,
  starts: number,
  out: PhraseMatch[],
): void {
  const bit = STARTS_LIST << list;
  if ((starts & bit) === 0) return;
  for (let i = first; i < last; i++) {
    const f = facts[i] as LanguageFacts;
    if (f.layer !== layer) layerFactsOf(f, (tokens[i] as Token).norm, layer);
    if ((f.starts & bit) !== 0) matchCandidates(tokens, i, last, (f.layerFacts as LayerFacts).lists[list] as Candidates, out);
  }
}
