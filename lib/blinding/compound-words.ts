import type { NameLexicon } from './name-lexicon';

// Dutch joins a compound's parts with nothing, an s or (e)n: "magazijn|medewerker", "klant|en|service".
const LINKING = ['', 's', 'en', 'e', 'n'];
const MIN_PART = 3;

/**
 * "Accountmanager", "Binnendienst", "Drukwerk": a Dutch compound of two ordinary words, which no
 * word list holds whole, is an ordinary word too. Family names are compounds as well
 * ("Nieuwenhuis", "Groenewoud"), so callers ask this only where no given name vouches for the
 * text. Takes a folded word; a listed name is never a compound here.
 */
export function ordinaryCompound(folded: string, lexicon: NameLexicon): boolean {
  if (folded.length < 2 * MIN_PART + 1 || lexicon.given(folded) > 0 || lexicon.family(folded) > 0) return false;
  for (let split = MIN_PART; split <= folded.length - MIN_PART; split += 1) {
    if (!lexicon.commonWord(folded.slice(split))) continue;
    const head = folded.slice(0, split);
    for (const link of LINKING) {
      if (head.endsWith(link) && head.length - link.length >= MIN_PART && lexicon.commonWord(head.slice(0, head.length - link.length)))
        return true;
    }
  }
  return false;
}
