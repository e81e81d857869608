import type { CompiledPack, CompiledPhrase } from './compile';

/**
 * What a word means in one language. Its own file so that word-facts.ts (which fills it) and
 * gender-coded.ts (which reads it) do not import each other.
 */
export interface LanguageFacts {
  cues: number;
  gender: 'masculine' | 'feminine' | null;
  /** Phrases of `pack` that start with the word (computed on first use). */
  pack: CompiledPack | undefined;
  phrases: readonly CompiledPhrase[];
  /** Group words of the construction layer's `groupPack` that start with the word (computed on first use). */
  groupPack: CompiledPack | undefined;
  groupPhrases: readonly CompiledPhrase[];
}
