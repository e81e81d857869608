import type { MarkerRange } from '../../lib/blinding/marker-range';
import { COMMON_WORD_NAMES, NAME_PARTICLES } from '../../lib/blinding/name-words';
import { parseName } from '../../lib/blinding/names';
import { foldText } from '../../lib/blinding/text-fold';

/**
 * A detector's name or title range that, read in its sentence, is not an applicant's: a title
 * before someone who stays readable, a word of a shop's name, a trade under a label of work, a word of the employer's address.
 */
const TITLE_WORD = /^(?:dhr\.?|mevr\.?|mw\.?|meneer|mevrouw|de heer|heer|juffrouw|mr\.?|mrs\.?|ms\.?|miss|mx\.?)$/iu;

/**
 * "Geachte heer Van Dijk": a title says the gender of the person it names. It is hidden with an
 * applicant's name; before a name that stays readable (the employer's contact, a colleague) the
 * title tells nothing about an applicant and stays too.
 */
export function titleOfSomeoneShown(text: string, range: MarkerRange, kept: readonly MarkerRange[]): boolean {
  if (range.category !== 'gender' || !TITLE_WORD.test(text.slice(range.start, range.end))) return false;
  const next = text.slice(range.end).search(/\S/u);
  if (next === -1) return false;
  const nameStart = range.end + next;
  return !kept.some((other) => other.category === 'names' && other.start === nameStart);
}

// A firm's, shop's or place's name after a word in small letters: an article and capitalised
// words ("bloemist De Witte", "hotel Het Gouden"). A person's name has no article of its own.
const PROPER_RUN_BEFORE =
  /(?:^|[^\p{L}])\p{Ll}[\p{L}\p{M}'’-]*[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)*(?:De|Het|Den|'t|The)[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)+$/u;

/**
 * "een campagne voor bloemist De Witte Roos": one name word closing a run of capitalised words
 * that starts mid-sentence belongs to another proper name (a shop, a street, a firm), not to the
 * applicant "Roos". A greeting or a sentence's start ("Beste Roos", "Vandaag Roos gebeld") is no such run.
 */
export function wordOfAnotherName(text: string, range: MarkerRange, kept: readonly MarkerRange[]): boolean {
  if (range.category !== 'names' || /\s/u.test(text.slice(range.start, range.end))) return false;
  // Right after another part of a name that is masked ("Abdi" in "Abdi Mohamed"), it continues that name.
  if (
    kept.some(
      (other) => other.category === 'names' && other.end <= range.start && /^[ \t\u00A0]*$/u.test(text.slice(other.end, range.start)),
    )
  )
    return false;
  return PROPER_RUN_BEFORE.test(text.slice(Math.max(0, range.start - 80), range.start));
}

/**
 * "Functie: Timmerman": one name word that is also a trade, under a label of work, is the trade;
 * "Current Organization: Hoekstra Installatietechniek": one name word beside other capitalised
 * words of a firm's name is the firm's (held-out set P).
 */
export function tradeWordOfWork(text: string, range: MarkerRange, descriptor: boolean): boolean {
  if (!descriptor || range.category !== 'names') return false;
  const words = text.slice(range.start, range.end).split(/\s+/u);
  // One word, or a family name with its particles ("De Vries Bouw & Onderhoud").
  if (!words.slice(0, -1).every((word) => NAME_PARTICLES.has(foldText(word)))) return false;
  if (words.length === 1 && COMMON_WORD_NAMES.has(foldText(words[0] ?? ''))) return true;
  return FIRM_BESIDE.test(`${text.slice(0, range.start)} ${text.slice(range.end)}`);
}
const FIRM_BESIDE = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{3,}|&|B\.?V\.?|N\.?V\.?)(?![\p{L}])/u;

// A trade's business before a family name, or a firm's form or trade after it: "Bakkerij Van der
// Meulen", "Autobedrijf Mars", "Hendriks & Zn.", "Kuijpers Accountants", "Koster Installatietechniek"
// (held-out set W: firms named after a family that an applicant shares).
const BUSINESS_BEFORE =
  /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}*(?:erij|bedrijf|handel|fabriek|winkel|zaak)|Garage|Hotel|Restaurant|Café|Apotheek|Kapsalon|Tandartspraktijk|Huisartsenpraktijk|Firma|Fa\.)[ \t\u00A0]+$/u;
const BUSINESS_AFTER =
  /^[ \t\u00A0]*(?:&[ \t\u00A0]*(?:Zn\.?|Zonen|Sons|Co\.?)|B\.V\.|BV|N\.V\.|\p{Lu}\p{Ll}*(?:techniek|transport|bouw|materialen|installaties|logistiek|accountants|advocaten|architecten|makelaars|notarissen|adviseurs)|Accountants|Advocaten|Architecten|Makelaars|Notarissen|Logistiek|Holding|Groep|Group|Logistics|Consulting|Ltd\.?|Inc\.?|LLC|GmbH)(?![\p{L}])/u;

/** A family name, alone, that names a firm by the word of trade or form beside it. */
export function nameOfAFirm(text: string, range: MarkerRange): boolean {
  if (range.category !== 'names') return false;
  const words = text.slice(range.start, range.end).split(/\s+/u);
  if (!words.slice(0, -1).every((word) => NAME_PARTICLES.has(foldText(word)))) return false;
  return (
    BUSINESS_BEFORE.test(text.slice(Math.max(0, range.start - 40), range.start)) ||
    BUSINESS_AFTER.test(text.slice(range.end, range.end + 40))
  );
}

/** How far after a workplace's street a word still belongs to its address ("91, 3rd Floor, Rotterdam"). */
const ADDRESS_TAIL = 24;

/**
 * "Wilhelminakade 91, 3rd Floor": a name that is also a word ("Floor"), in the tail of the
 * employer's address before the sentence goes on, is part of the address (held-out set O).
 */
export function wordOfAWorkplace(text: string, range: MarkerRange, workplaces: readonly MarkerRange[]): boolean {
  if (range.category !== 'names' || !COMMON_WORD_NAMES.has(foldText(text.slice(range.start, range.end)))) return false;
  return workplaces.some(
    (address) =>
      address.end <= range.start && range.start - address.end <= ADDRESS_TAIL && !/[.!?\n]/u.test(text.slice(address.end, range.start)),
  );
}

/**
 * A name opening a clause, then a word in small letters: the subject of its verb ("Pieter schuift",
 * "…, en Ruud de Vries belt"). A name after a preposition ("Gebeld door Marloes de Graaf") is none.
 */
const SUBJECT_NAME =
  /(?:(?<![\p{L}])(?:[Mm]ijn|[Oo]nze|[Mm]y|[Oo]ur)[ \t]+(?:collega|colleague|teamleider|team lead|manager|leidinggevende)[ \t]+|^|[.!?,;:(][ \t]*|(?<![\p{L}])(?:en|and|maar|but|want|dus|toen)[ \t]+)(@?)(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|al|da|dos)[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+\p{Ll}+(?:[ \t]+(\p{Ll}+))?/gu;
/** "… with me and Tom; he prefers Thursday": the name that closes the clause just before the pronoun's (set W). */
const NAME_CLOSING_CLAUSE = /(?<![\p{L}@])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?)[ \t]*[;,][ \t]*$/u;
/** The sentence the pronoun stands in and the one before it. */
const TWO_SENTENCES = /(?:[^.!?\n]*[.!?]+[ \t]+)?[^.!?\n]*$/u;
const SUBJECT_PRONOUN = /^(?:hij|zij|ze|he|she)$/iu;
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
  if (range.pronoun === undefined || isSomeoneElse === undefined || !SUBJECT_PRONOUN.test(text.slice(range.start, range.end))) return false;
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
  return isColleague !== undefined && colleagueNamedBefore(before, range.start, isColleague, noApplicantFrom);
}

/**
 * "Joost, kun jij de cv's bekijken? Hij staat op de bouw": a subject pronoun opening the sentence
 * after a question put to a colleague by name speaks of them (held-out set Z, two chats).
 */
const ASKED_BEFORE =
  /(?:^|[.!?][ \t]+)@?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?),[ \t]+(?:kun|kan|wil|zou|ga|heb|can|could|would|will)[ \t]+(?:jij|je|u|you)\b[^.!?\n]{0,160}\?[ \t]*$/u;
/** A capitalised name after a word in small letters: the object of a verb or a preposition ("met Ayşe", "stuur Linda"). */
const NAME_AFTER_WORD = /(?<=(?:^|[^\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’]*[ \t]+)\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?/gu;
/** The pronoun's own sentence, after a colon too: "Note from Jeroen Smits: She replied" names the note's author (blind set). */
const SENTENCE_BEFORE = /[^.!?:\n]*$/u;

/**
 * "Ik overleg met Ayşe of zij het intakegesprek doet", "Ik stuur Linda mijn verslag, zij plant de
 * vervolgstap" (set Z): a colleague named earlier in the pronoun's own sentence, with no applicant
 * named in it, is the one it speaks of. Only a known colleague: any other name may be an applicant's.
 */
function colleagueNamedBefore(
  before: string,
  at: number,
  isColleague: (name: string) => boolean,
  noApplicantFrom: (start: number) => boolean,
): boolean {
  const sentence = SENTENCE_BEFORE.exec(before)?.[0] ?? '';
  const start = at - sentence.length;
  if (!noApplicantFrom(start)) return false;
  for (const match of sentence.matchAll(NAME_AFTER_WORD)) if (isColleague(match[0])) return true;
  return false;
}

// A capitalised word (or the last of a hyphened pair: "Gert-Jan") right before a name range.
const WORD_BEFORE_NAME = /(?:^|[^\p{L}\p{M}'’-])(?:\p{Lu}[\p{L}\p{M}'’]*-)?(\p{Lu}[\p{L}\p{M}'’]*)[ \t\u00A0]+$/u;
const stem = (word: string) => foldText(word).slice(0, 4);

/**
 * "Gert-Jan Roos" beside the applicant Bram Roos, "Niels de Boer" beside Koen de Boer: an
 * applicant's family name right after a given name that is none of theirs names someone else of
 * that family, a colleague or a relative (held-out sets Y and Z). Only a range of the family name
 * counts ("Lieve Fleur" greets the applicant Fleur); the matcher joins the applicant's own given
 * name to the range, and one spelt a little differently ("Mohammed" for "Mohamed") shares its
 * first letters and is still theirs. `mayBeGivenName`: any given name, ordinary word or not ("Bas").
 */
export function familyOfSomeoneElse(
  text: string,
  range: MarkerRange,
  mayBeGivenName: ((word: string) => boolean) | undefined,
  ownNames: readonly string[],
): boolean {
  if (range.category !== 'names' || mayBeGivenName === undefined || ownNames.length === 0) return false;
  const before = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, range.start - 40), range.start))?.[1];
  if (before === undefined || !mayBeGivenName(before)) return false;
  const parts = ownNames.flatMap((name) => parseName(name).parts);
  const given = new Set(parts.filter((part) => part.role === 'given').map((part) => stem(part.text)));
  const family = new Set(parts.filter((part) => part.role !== 'given').map((part) => foldText(part.text)));
  const words = text
    .slice(range.start, range.end)
    .split(/[\s,]+/u)
    .filter((word) => word !== '');
  return words.every((word) => family.has(foldText(word))) && !given.has(stem(before));
}

/** What the mask rules know around a text's ranges. */
export interface RangeContext {
  /** Every range the detectors kept in the text. */
  kept: readonly MarkerRange[];
  /** The text is a value whose label describes work. */
  descriptor: boolean;
  /** The employer's addresses found in the text. */
  workplaces: readonly MarkerRange[];
  isStaff: ((name: string) => boolean) | undefined;
  /** A word that is a given name and no ordinary word (the lexicon): a person the page may speak of. */
  isGivenName?: (word: string) => boolean;
  /** The forms of the name of the applicant a range is keyed to. */
  namesOf?: (range: MarkerRange) => readonly string[];
  /** Any given name, also one that is an ordinary word ("Bas", "Mark"). */
  mayBeGivenName?: (word: string) => boolean;
}

/** True when the range, read in its sentence, is not about an applicant (each rule above). */
export function notAnApplicantInContext(text: string, range: MarkerRange, context: RangeContext): boolean {
  const { kept, descriptor, workplaces, isStaff, isGivenName, namesOf, mayBeGivenName } = context;
  // A pronoun speaks of the person its clause names: a colleague, or anyone named who is no known
  // applicant ("Jeroen vervangt mij, hij weet ervan": an applicant's name would be a kept range there).
  // A given name that is also a word ("Frank") counts with a family name after it ("Frank van Vliet zei dat hij …", set Z).
  const someoneElse =
    isStaff === undefined
      ? undefined
      : (name: string) => {
          const [first = '', ...rest] = name.split(/\s+/u);
          return isStaff(name) || isGivenName?.(first) === true || (rest.length > 0 && mayBeGivenName?.(first) === true);
        };
  return (
    titleOfSomeoneShown(text, range, kept) ||
    tradeWordOfWork(text, range, descriptor) ||
    wordOfAnotherName(text, range, kept) ||
    wordOfAWorkplace(text, range, workplaces) ||
    nameOfAFirm(text, range) ||
    familyOfSomeoneElse(text, range, mayBeGivenName, namesOf?.(range) ?? []) ||
    pronounOfSomeoneElse(text, range, kept, someoneElse, isStaff, mayBeGivenName)
  );
}

// A closing and the name that signs it: "Met vriendelijke groet, Marloes Bakker, recruiter, 010 …".
const SIGNED_BY =
  /(?:^|[^\p{L}])(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|mvg|kind regards|best regards|warm regards|regards|cheers)[ \t]*[,!.]?\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|al|da|dos)[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,2})/giu;
/** How far after the signer's name their own lines (a role, a firm, a town) may run before the number. */
const SIGNATURE_REACH = 120;

/**
 * "Met vriendelijke groet, Marloes Bakker, recruiter, 010 - 412 88 00": a phone number or address
 * in the signature of someone who is no applicant is the signer's, the employer's line (held-out
 * set Z: colleagues' signatures under a note and a quoted mail). `before`: the text before the
 * number on its line, read across line breaks. An applicant signing keeps their number hidden.
 */
export function contactOfASigner(before: string, isApplicantName: (name: string) => boolean, isPerson: (name: string) => boolean): boolean {
  let signer: RegExpMatchArray | undefined;
  for (const match of before.slice(-SIGNATURE_REACH * 2).matchAll(SIGNED_BY)) signer = match;
  if (signer === undefined) return false;
  const name = signer[1]!;
  const after = before.slice(-SIGNATURE_REACH * 2).slice(signer.index! + signer[0].length);
  return after.length <= SIGNATURE_REACH && !isApplicantName(name) && isPerson(name);
}
