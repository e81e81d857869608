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

export function lexicalFullNames(text: string, lexicon: NameLexicon): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  // Runs of capitalised words, with a name's particles between them ("Sanne van der Meulen").
  let run: string[] = [];
  let start = 0;
  const close = () => {
    while (run.length > 0 && !CAPITAL.test(run[run.length - 1] ?? '')) run.pop();
    if (run.length >= 2 && run.length <= MAX_WORDS && vouched(run, lexicon)) found.push({ name: run.join(' '), start });
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
    if (CAPITAL.test(piece)) {
      if (run.length === 0) start = match.index;
      run.push(piece);
    } else if (run.length > 0 && NAME_PARTICLES.has(piece)) run.push(piece);
    else close();
  }
  close();
  return found;
}

/** Opens with a listed given name and closes with a listed family name, neither an ordinary word. */
function vouched(words: readonly string[], lexicon: NameLexicon): boolean {
  const first = foldText(words[0] ?? '');
  const last = foldText(words[words.length - 1] ?? '');
  return lexicon.given(first) > 0 && !lexicon.commonWord(first) && lexicon.family(last) > 0 && !lexicon.commonWord(last);
}
