import type { Locale } from '../i18n/locale';
import type { Candidates, CompiledPack } from './compile';
import type { WordSet } from './word-set';

/**
 * What a word means in one language. Its own file so that word-facts.ts (which fills it),
 * layer-facts.ts and gender-coded.ts (which read it) do not import each other.
 */
export interface LanguageFacts {
  cues: number;
  gender: 'masculine' | 'feminine' | null;
  /** Phrases of `pack` that start with the word (computed on first use). */
  pack: CompiledPack | undefined;
  phrases: Candidates;
  /** What the word is to the construction layer `layer` (layer-facts.ts, computed on first use). */
  layer: LayerPacks | undefined;
  layerFacts: LayerFacts | undefined;
  /** What can start at the word, as STARTS_ bits: most words start nothing and are passed over. */
  starts: number;
}

/** `phrases` is not empty. */
export const STARTS_RULE = 1;
/** The layer list at LAYER_ index k (layer-facts.ts) is not empty: bit STARTS_LIST << k. */
export const STARTS_LIST = 2;
/** The word can link a person to a named place ("uit", "from"): LayerPacks.placeLinks has it. */
export const STARTS_PLACE_LINK = 256;

/** The packs and word sets of a construction layer that are looked up word by word (compile-constructions.ts). */
export interface LayerPacks {
  /** In the order of LayerFacts.lists (LAYER_GROUPS ... LAYER_STATED_NEEDS in layer-facts.ts). */
  packs: readonly CompiledPack[];
  placeLinks: WordSet;
}

export interface LayerFacts {
  /** Candidates per pack of LayerPacks.packs, in the same order. */
  lists: readonly Candidates[];
}

/**
 * A language as an index (Dutch 0, English 1) into per-language arrays. Hot code reads such an
 * array by index: a read by name (`.nl`, `.en`) or by key would make the optimised code start
 * over at the first text in the other language.
 */
export function langIndex(lang: Locale): number {
  return lang === 'en' ? 1 : 0;
}
