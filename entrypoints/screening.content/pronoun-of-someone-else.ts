import type { MarkerRange } from '../../lib/blinding/marker-range';
import { PERSON_PARTICLE } from '../../lib/blinding/name-words';

/**
 * Whom a gendered pronoun speaks of, read in its sentence and the one before: a colleague or
 * someone else the page names keeps their pronoun; an applicant's stays hidden
 * (docs/decisions.md, "Pronouns where a text speaks of an applicant").
 */

/**
 * A name opening a clause, then a word in small letters: the subject of its verb ("Pieter schuift",
 * "…, en Ruud de Vries belt"). A name after a preposition ("Gebeld door Marloes de Graaf") is none,
 * nor an acronym ("ID check: … – she will bring it", held-out set CC).
 */
const SUBJECT_NAME = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:[Mm]ijn|[Oo]nze|[Mm]y|[Oo]ur)[ \t]+(?:collega|colleague|teamleider|team lead|manager|leidinggevende)[ \t]+|^\s*|[.!?,;:(·][ \t]*|(?<=\d)[ \t]+|(?<![\p{L}])(?:en|and|maar|but|want|dus|toen)[ \t]+)(@?)(\p{Lu}(?=\p{Ll})[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+\p{Ll}+(?:[ \t]+(\p{Ll}+))?`,
  'gu',
);
/**
 * "… with me and Tom; he prefers Thursday": the name that closes the clause just before the
 * pronoun's (set W), with its particles and a role in brackets ("naar Marloes de Groot (hiring
 * manager); zij reageert", set AA), or the sentence before, after its words ("doorgestuurd naar
 * onze HR-collega Marieke Brouwer. Zij neemt contact met je op", set QQ), after a word that is no
 * name: a line that is a name alone (a message's author above it, set JJ) closes no sentence.
 */
const NAME_CLOSING_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}@])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)?)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*(?:[;,]|(?<=(?:^|[\s(])(?!\p{Lu}\p{Ll})[\p{L}-]*\p{Ll}[ \t]+\1[ \t]*)\.)[ \t]*$`,
  'u',
);
/** The sentence the pronoun stands in and the one before it. */
const TWO_SENTENCES = /(?:[^.!?\n]*[.!?]+[ \t]+)?[^.!?\n]*$/u;
const SUBJECT_PRONOUN = /^(?:hij|zij|ze|he|she)$/iu;
const POSSESSIVE = /^(?:zijn|haar|his|her)$/iu;
/** A subject pronoun earlier in the same clause, and what follows it up to the possessive. */
const SUBJECT_IN_CLAUSE = /(?<![\p{L}])(hij|zij|ze|he|she)(?![\p{L}])[^.!?;,:\n]*$/iu;
const CLAUSE_REACH = 100;
/** How far back the two sentences are looked for: work per pronoun stays bounded on a long text with many. */
const SUBJECT_REACH = 320;
const SPOKEN_TO = /^(?:jij|je|u|you)$/iu;
/** "@Chen Wei zei dat hij de kamer regelt": a mention whose verb reports what they said is spoken of, not to (set W). */
const REPORTS = /^(?:zei|zegt|meldt|meldde|schreef|schrijft|said|says|wrote|writes|mentioned)$/iu;

/**
 * "Pieter schuift zo aan, hij zit nog in een ander overleg": a subject pronoun whose nearest named
 * subject before it, in its sentence or the one before, is someone else than an applicant speaks of
 * them (held-out set U, a call's chat); so does one right after a clause that such a name closes
 * ("… with me and Tom; he prefers Thursday", set W). Someone else: a colleague, or a person the page
 * names who is no known applicant (`isSomeoneElse`); an applicant's name is a kept range, and one
 * named in between leaves the pronoun hidden. So does no named subject, a colleague spoken to
 * ("Sabine, zijn werk …", "@Jordy Verbeek can you schedule her"), and an object pronoun, which is
 * mostly about someone else.
 */
export function pronounOfSomeoneElse(
  text: string,
  range: MarkerRange,
  kept: readonly MarkerRange[],
  isSomeoneElse: ((name: string) => boolean) | undefined,
  isColleague?: (name: string) => boolean,
  mayBeGivenName?: (word: string) => boolean,
): boolean {
  if (range.pronoun === undefined || isSomeoneElse === undefined) return false;
  const word = text.slice(range.start, range.end);
  if (!SUBJECT_PRONOUN.test(word)) {
    // "hij plant het gesprek in zijn agenda": a possessive after a subject pronoun of its clause is that person's.
    const subject = POSSESSIVE.test(word) ? SUBJECT_IN_CLAUSE.exec(text.slice(Math.max(0, range.start - CLAUSE_REACH), range.start)) : null;
    if (subject === null) return false;
    const start = range.start - subject[0].length;
    const theirs: MarkerRange = { start, end: start + subject[1]!.length, category: 'gender', pronoun: 'pronoun-subject' };
    return pronounOfSomeoneElse(text, theirs, kept, isSomeoneElse, isColleague, mayBeGivenName);
  }
  const noApplicantFrom = (start: number) =>
    !kept.some((other) => other.category === 'names' && other.end > start && other.start < range.start);
  const closingFrom = Math.max(0, range.start - 64);
  const closing = NAME_CLOSING_CLAUSE.exec(text.slice(closingFrom, range.start));
  if (closing !== null && isSomeoneElse(closing[1]!) && noApplicantFrom(closingFrom + closing.index)) return true;
  const from = Math.max(0, range.start - SUBJECT_REACH);
  const before = text.slice(from, range.start);
  const span = TWO_SENTENCES.exec(before);
  const offset = from + (span === null ? 0 : span.index);
  let subject: { name: string; start: number; addressed: boolean } | undefined;
  for (const match of (span?.[0] ?? before).matchAll(SUBJECT_NAME)) {
    const name = match[2]!;
    const verb = /^[ \t]+(\p{Ll}+)/u.exec(match[0].slice(match[0].indexOf(name) + name.length))?.[1] ?? '';
    subject = {
      name,
      start: offset + match.index + match[1]!.length,
      addressed: (match[1] === '@' && !REPORTS.test(verb)) || SPOKEN_TO.test(match[3] ?? ''),
    };
  }
  if (subject !== undefined && !subject.addressed && isSomeoneElse(subject.name) && noApplicantFrom(subject.start)) return true;
  const asked = ASKED_BEFORE.exec(before.slice(-SUBJECT_REACH / 2));
  // Asked by name, even a given name that is also a word ("Bas, kun jij …?").
  const addressee = asked?.[1] ?? '';
  if (
    asked !== null &&
    (isSomeoneElse(addressee) || mayBeGivenName?.(addressee.split(/\s+/u)[0]!) === true) &&
    noApplicantFrom(range.start - asked[0].length)
  )
    return true;
  // A full name that is no applicant's, named earlier in the sentence: "Ik heb Ruud van Dijk gevraagd, hij kijkt …" (set AA).
  const otherPerson = (name: string) => isColleague?.(name) === true || (/\s/u.test(name) && isSomeoneElse(name));
  if (colleagueNamedBefore(before, range.start, otherPerson, noApplicantFrom)) return true;
  // "… naar hiring manager Bram Oosterhuis. Hij reageert vóór vrijdag": a pronoun opening its sentence
  // speaks of the colleague the sentence before named in full (held-out sets FF and GG). A given name
  // alone ("Ik heb Linda gebeld. Zij komt morgen.") may be an applicant's: that pronoun stays hidden.
  const knownInFull = (name: string) => /\s/u.test(name) && isColleague?.(name) === true;
  const opening = SENTENCE_OPENING.exec(before);
  return (
    opening !== null && colleagueNamedBefore(before.slice(0, opening.index), range.start - opening[0].length, knownInFull, noApplicantFrom)
  );
}

/**
 * "Joost, kun jij de cv's bekijken? Hij staat op de bouw": a subject pronoun opening the sentence
 * after a question put to a colleague by name speaks of them (held-out set Z, two chats).
 */
const ASKED_BEFORE =
  /(?:^|[.!?][ \t]+)@?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?),[ \t]+(?:kun|kan|wil|zou|ga|heb|can|could|would|will)[ \t]+(?:jij|je|u|you)\b[^.!?\n]{0,160}\?[ \t]*$/u;
/** A capitalised name after a word in small letters: the object of a verb or a preposition ("met Ayşe", "stuur Linda"). */
const NAME_AFTER_WORD = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’]*[ \t]+)\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)?`,
  'gu',
);
/** The pronoun's own sentence, after a colon too: "Note from Jeroen Smits: She replied" names the note's author (blind set). */
const SENTENCE_BEFORE = /[^.!?:\n]*$/u;
/** The end of the sentence before a pronoun that opens its own. */
const SENTENCE_OPENING = /[.!?][ \t]+$/u;

/**
 * "Ik overleg met Ayşe of zij het intakegesprek doet", "Ik stuur Linda mijn verslag, zij plant de
 * vervolgstap" (set Z): a colleague named earlier in the pronoun's own sentence, with no applicant
 * named in it, is the one it speaks of. Only a known colleague, or a full name that is no applicant's
 * (a given name alone may be an applicant's the page never listed).
 */
function colleagueNamedBefore(
  before: string,
  at: number,
  isOtherPerson: (name: string) => boolean,
  noApplicantFrom: (start: number) => boolean,
): boolean {
  const sentence = SENTENCE_BEFORE.exec(before)?.[0] ?? '';
  const start = at - sentence.length;
  if (!noApplicantFrom(start)) return false;
  for (const match of sentence.matchAll(NAME_AFTER_WORD)) if (isOtherPerson(match[0])) return true;
  return false;
}
