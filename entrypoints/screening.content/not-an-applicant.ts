import type { MarkerRange } from '../../lib/blinding/marker-range';
import { COMMON_WORD_NAMES, NAME_PARTICLES, PERSON_PARTICLE } from '../../lib/blinding/name-words';
import { pattern } from '../../lib/blinding/capture';
import { CLOSING } from '../../lib/blinding/name-context-detectors';
import { parseName } from '../../lib/blinding/names';
import { foldText } from '../../lib/blinding/text-fold';
import { phoneOfAnOrganisation } from './organisation-phone';
import { pronounOfSomeoneElse } from './pronoun-of-someone-else';

/**
 * A detector's range that, read in its sentence, is not an applicant's: a title before someone who
 * stays readable, a word of a shop's or firm's name, a trade under a label of work, a word of the
 * employer's address, someone else of an applicant's family, a colleague's pronoun
 * (pronoun-of-someone-else.ts), an organisation's phone (organisation-phone.ts), and a number in
 * the signature of someone who is no applicant.
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
    phoneOfAnOrganisation(text, range, kept, (other) => nameOfAFirm(text, other)) ||
    pronounOfSomeoneElse(text, range, kept, someoneElse, isStaff, mayBeGivenName)
  );
}

// A closing and the name that signs it: "Met vriendelijke groet, Marloes Bakker, recruiter, 010 …".
const SIGNED_BY = pattern(
  String.raw`(?:^|[^\p{L}])${CLOSING}[ \t]*[,!.]?\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,2})`,
  'gu',
);
/** A line of its own that ends in a firm's legal form, at most two lines above the number's. */
const FIRM_BLOCK = /(?:^|\n)[^\n]*(?:B\.V\.|N\.V\.|\bBV|\bNV|\bVOF|GmbH|Ltd\.?)[ \t]*\n(?:[^\n]*\n){0,2}[^\n]*$/u;
/** How far after the signer's name their own lines (a role, a firm, a town) may run before the number. */
const SIGNATURE_REACH = 120;

/**
 * "Met vriendelijke groet, Marloes Bakker, recruiter, 010 - 412 88 00": a phone number or address
 * in the signature of someone who is no applicant is the signer's, the employer's line (held-out
 * set Z: colleagues' signatures under a note and a quoted mail). `before`: the text before the
 * number on its line, read across line breaks. An applicant signing keeps their number hidden.
 */
export function contactOfASigner(before: string, isApplicantName: (name: string) => boolean, isPerson: (name: string) => boolean): boolean {
  // A firm's block of lines: "Bakker Logistiek B.V.<br>Vestiging Rotterdam<br>Tel. 010 …" (held-out set ZZ).
  if (FIRM_BLOCK.test(before.slice(-SIGNATURE_REACH))) return true;
  let signer: RegExpMatchArray | undefined;
  for (const match of before.slice(-SIGNATURE_REACH * 2).matchAll(SIGNED_BY)) signer = match;
  if (signer === undefined) return false;
  const name = signer[1]!;
  const after = before.slice(-SIGNATURE_REACH * 2).slice(signer.index! + signer[0].length);
  return after.length <= SIGNATURE_REACH && !isApplicantName(name) && isPerson(name);
}
