import { createNameLexicon, EMPTY_NAME_LEXICON_DATA, type NameLexicon, type NameLexiconData } from '../../lib/blinding/name-lexicon';

/**
 * The hand-off of the name lexicon. The lexicon is large (see entrypoints/screening.content/README.md,
 * "Size"), so it is a content-script file of its own that the background registers together with,
 * and before, the screening script: it leaves its data under LEXICON_HOOK on the global object of
 * the extension's isolated world, where page scripts cannot see it. A symbol, not a name: an
 * element's `id` shows up as a named property of `window` in every world. Never a web-accessible
 * resource: a page could then fetch it and learn that the extension is installed.
 */
export const LEXICON_HOOK: unique symbol = Symbol.for('eerlijk-werven.name-lexicon');

export type LexiconHookHolder = Partial<Record<typeof LEXICON_HOOK, NameLexiconData>>;

/** The lexicon left by the lexicon script; without it, names are judged on cues and shape alone. */
export function pageLexicon(): { lexicon: NameLexicon; loaded: boolean } {
  const data = (globalThis as LexiconHookHolder)[LEXICON_HOOK];
  const loaded = data !== undefined && typeof data.words === 'string';
  return { lexicon: createNameLexicon(loaded ? data : EMPTY_NAME_LEXICON_DATA), loaded };
}
