import type { NameLexicon } from './name-lexicon';
import { NAME_PARTICLES } from './name-words';
import { foldText } from './text-fold';

/**
 * Full names that the lexicon alone vouches for, inside a recruiter's notes or a team's messages:
 * "Eerste is Ifrah Abdi Jama, 3e jaars …". A note names people without a label or a greeting, so
 * neither cue is there. A run of capitalised words counts only when it opens with a listed given
 * name and closes with a listed family name, neither of them an ordinary word ("Kevin Mulder",
 * "Frank Bakker" are left to the other cues): firms ("Bakkerij de Jong"), places and colleagues
 * in running text stay. Colleagues known on the page are taken out by the caller.
 */
const WORD = /[\p{L}\p{M}'’-]+|[^\p{L}\p{M}'’-]+/gu;
const SPACE = /^[ \t\u00A0]+$/u;
const CAPITAL = /^\p{Lu}/u;
const MAX_TEXT = 4096;
const MAX_WORDS = 6;
// Particles that are also everyday prepositions join two names in a sentence: "van Mariëlle Smit
// aan Jurensley Martina". Inside a run they end it.
const PREPOSITIONS: ReadonlySet<string> = new Set(['aan', 'bij', 'uit', 'onder', 'over', 'voor', 'tot']);

export function lexicalFullNames(text: string, lexicon: NameLexicon): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  // Runs of capitalised words, with a name's particles between them ("Sanne van der Meulen").
  let run: { word: string; at: number }[] = [];
  const close = () => {
    while (run.length > 0 && !CAPITAL.test(run[run.length - 1]?.word ?? '')) run.pop();
    // The name opens at its given name: "Uitnodiging van Kevin Jama" holds "Kevin Jama".
    let opens = run.findIndex(({ word }) => isGiven(word, lexicon));
    // A given name the lexicon lacks, right before a listed family name: "(En) Tjitske Dijkstra" (set T).
    if (opens < 0 && run.length >= 2 && unknownName(run[run.length - 2]!.word, lexicon)) opens = run.length - 2;
    const words = opens < 0 ? [] : run.slice(opens).map(({ word }) => word);
    if (words.length >= 2 && words.length <= MAX_WORDS && closesWithFamily(words, lexicon))
      found.push({ name: words.join(' '), start: run[opens]!.at });
    run = [];
  };
  let spaced = true;
  for (const match of (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).matchAll(WORD)) {
    const piece = match[0];
    if (!/\p{L}/u.test(piece)) {
      if (!SPACE.test(piece)) close();
      spaced = true;
      continue;
    }
    if (!spaced) close();
    spaced = false;
    if (CAPITAL.test(piece) || (run.length > 0 && isParticle(piece))) run.push({ word: piece, at: match.index });
    else close();
  }
  close();
  return found;
}

/** A listed given name that is no ordinary word, and no acronym ("ROC Tilburg" is a school, held-out set DD). */
function isGiven(word: string, lexicon: NameLexicon): boolean {
  const folded = foldText(word);
  return CAPITAL.test(word) && !ACRONYM.test(word) && lexicon.given(folded) > 0 && !lexicon.commonWord(folded);
}
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** A short capitalised word the lexicon knows in no way (no name, no ordinary word): a long one is a compound ("Installatiebedrijf"). */
function unknownName(word: string, lexicon: NameLexicon): boolean {
  const folded = foldText(word);
  return /^\p{Lu}\p{Ll}{2,11}$/u.test(word) && lexicon.given(folded) === 0 && lexicon.family(folded) === 0 && !lexicon.commonWord(folded);
}

/** Ends with a listed family name that is no ordinary word. */
function closesWithFamily(words: readonly string[], lexicon: NameLexicon): boolean {
  const last = foldText(words[words.length - 1] ?? '');
  return lexicon.family(last) > 0 && !lexicon.commonWord(last);
}

/** "van", "der", "'t" ("Demi van 't Hof"), but not a preposition that may join two names. */
function isParticle(piece: string): boolean {
  const bare = piece.replace(/^['’]/u, '');
  return NAME_PARTICLES.has(bare) && !PREPOSITIONS.has(bare);
}
