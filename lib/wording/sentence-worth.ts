import type { Candidates, CompiledPhrase } from './compile';
import type { CompiledConstructions } from './compile-constructions';
import { matchRest } from './match-phrases';
import type { Sentence, Token } from './tokenize';
import { STARTS_LIST, STARTS_PLACE_LINK, type LanguageFacts, type LayerFacts } from './language-facts';
import { LAYER_GROUPS, layerFactsOf } from './layer-facts';
import { AGE_NUMBER, CAP_WORD, YEARS_WORD, type WordFacts } from './word-facts';

/*
 * Which sentences the construction layer looks at (match-constructions.ts): most sentences of an
 * ad hold no group word, no age and no named place, and then cost one pass over their words.
 */

const startsPlace = (c: CompiledConstructions, tokens: readonly Token[], link: number): boolean =>
  ((tokens[link + 1]?.cap ?? false) || (tokens[link + 2]?.cap ?? false)) && c.persons.has((tokens[link - 1] as Token).norm);

const STARTS_GROUP = STARTS_LIST << LAYER_GROUPS;
const GROUP_STARTS = STARTS_GROUP | STARTS_PLACE_LINK;

/** Does a whole group phrase start at token i? Many phrases start with a common word ("a pint", "je geloof"). */
function completesGroup(tokens: readonly Token[], candidates: Candidates, i: number, last: number): boolean {
  const { phrases, next } = candidates;
  if (next !== null && (i + 1 >= last || !next.has((tokens[i + 1] as Token).norm))) return false;
  for (let k = 0; k < phrases.length; k++) if (matchRest(tokens, (phrases[k] as CompiledPhrase).matchers, 1, i + 1, last) > i) return true;
  return false;
}

/** What a sentence may hold: 1 = a group word, 2 = an age or a cap on years. Most hold neither and cost nothing more. */
export function worthALook(
  c: CompiledConstructions,
  tokens: readonly Token[],
  sentence: Sentence,
  facts: readonly LanguageFacts[],
  words: readonly WordFacts[],
): number {
  let groups = 0;
  let flags = 0;
  for (let i = sentence.first; i < sentence.last; i++) {
    flags |= (words[i] as WordFacts).flags;
    if (groups !== 0) continue;
    const f = facts[i] as LanguageFacts;
    if (f.layer !== c.layer) layerFactsOf(f, (tokens[i] as Token).norm, c.layer);
    const starts = f.starts;
    if ((starts & GROUP_STARTS) === 0) continue;
    if (
      (starts & STARTS_GROUP) !== 0 &&
      completesGroup(tokens, (f.layerFacts as LayerFacts).lists[LAYER_GROUPS] as Candidates, i, sentence.last)
    )
      groups = 1;
    // "uit Amsterdam-Noord", "from the Balkans": a named place may follow (place-spans.ts).
    else if ((starts & STARTS_PLACE_LINK) !== 0 && i > sentence.first && startsPlace(c, tokens, i)) groups = 1;
  }
  const numbers = (flags & AGE_NUMBER) !== 0 || ((flags & YEARS_WORD) !== 0 && (flags & CAP_WORD) !== 0) ? 2 : 0;
  return groups | numbers;
}
