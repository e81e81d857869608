import type { MarkerCategory } from '../../lib/blinding/categories';
import type { MarkerRange } from '../../lib/blinding/marker-range';

/**
 * "Contact ZorgSaam Brabant HR: 076 502 14 14", "Hoogland Zorg & Welzijn, Amersfoort · 033 470 12
 * 00", "Bel ons op 010 …": a fixed line in running text, said to be a firm's, an office's or
 * "ours", and tied to no applicant in its sentence, is the employer's
 * (held-out set AA: a company's number stood on 9 of its 12 applicant pages). Mobile numbers are
 * people's and always stay hidden; so does a fixed line that is the whole text of its element (a
 * row's "Telefoon" cell), that its sentence ties to an applicant (their name, pronoun or address), or
 * that its writer calls their own ("bereikbaar via mij op …": an applicant's letter says that too).
 */

// Dutch mobile numbers begin with 6 after the trunk or country code: 06, +31 6, +31 (0)6, 0031 6.
const MOBILE = /^\(?(?:(?:\+|00)31[ \u00A0()./-]*(?:0[ \u00A0()./-]*)?|0[ \u00A0()./\u2013-]{0,3})6/u;
const DUTCH = /^\(?(?:0|(?:\+|00)31)/u;

/** The text of its sentence or line before and after the number. */
const SENTENCE_REACH = 140;
const SENTENCE_START = /(?:[.!?][ \t\u00A0]+|\n)(?=[^.!?\n]*$)/u;
const SENTENCE_END = /[.!?](?:\s|$)|\n/u;

// A firm's legal form or joining word, an organisation's desk or the vacancy.
const FIRM_FORM = /(?:^|[^\p{L}])(?:&|B\.V\.|BV|N\.V\.|NV|Zn\.|VOF|GmbH|Ltd\.?|Inc\.?)(?![\p{L}])/u;
const ORGANISATION_WORD =
  /(?:^|[^\p{L}])(?:\p{L}*bedrijf|kantoor|hoofdkantoor|receptie|algemeen|vestiging|afdeling|school|college|roc|company|office|reception|switchboard|client|klant|opdrachtgever|vacature|vacancy|HR|P&O|personeelszaken|servicedesk|helpdesk|klantenservice|vragen|questions|informatie|information)(?![\p{L}])/iu;
// "Bel ons op …" is the organisation's; "bereik mij op …" may be an applicant's own letter.
const WE = /(?:^|[^\p{L}])(?:ons|onze|wij|we|our|us)(?![\p{L}])/iu;
const I = /(?:^|[^\p{L}])(?:ik|mij|mijn|me|I|my)(?![\p{L}])/iu;
const POSSESSIVE_NUMBER =
  /(?:^|[^\p{L}])(?:haar|zijn|hun|her|his|their)[ \t\u00A0]+(?:\p{L}*nummer|telefoon\p{L}*|mobiel\p{L}*|number|phone)/iu;
const TIES_TO_A_PERSON: ReadonlySet<MarkerCategory> = new Set(['names', 'gender', 'address', 'email', 'birth', 'birthplace', 'family']);

export function phoneOfAnOrganisation(
  text: string,
  range: MarkerRange,
  kept: readonly MarkerRange[],
  isFirmName: (other: MarkerRange) => boolean,
): boolean {
  if (range.category !== 'phone') return false;
  const number = text.slice(range.start, range.end);
  if (!DUTCH.test(number) || MOBILE.test(number)) return false;
  const head = text.slice(Math.max(0, range.start - SENTENCE_REACH), range.start);
  const from = range.start - head.length + (SENTENCE_START.exec(head)?.index ?? -1) + 1;
  const tail = text.slice(range.end, range.end + SENTENCE_REACH);
  const to = range.end + (SENTENCE_END.exec(tail)?.index ?? tail.length);
  const sentence = text.slice(from, to);
  // The number alone in its element: a record's own phone field, whoever it belongs to.
  if (sentence.trim() === number.trim()) return false;
  const said = FIRM_FORM.test(sentence) || ORGANISATION_WORD.test(sentence) || WE.test(sentence);
  if (!said || I.test(sentence) || POSSESSIVE_NUMBER.test(sentence)) return false;
  // Ties before the number only: what follows it may be the next cell of a record read on
  // (a file name with the applicant's name after the client's number, set AA).
  return !kept.some(
    (other) => other.start >= from && other.end <= range.start && TIES_TO_A_PERSON.has(other.category) && !isFirmName(other),
  );
}
