import type { NameLexicon } from './name-lexicon';
import { foldText } from './text-fold';
import { firmShaped } from './firm-shaped';
import { NAME_PARTICLES, PERSON_PARTICLE } from './name-words';
import { nameShape, NAME_TEXT_LIMIT } from './name-shape';
import { scanContextualNames, type ContextCue } from './name-context-detectors';
import { inChunks } from './text-chunks';

/**
 * Is this text an applicant's name? The page layer asks with the cues it saw (a "Naam" column,
 * the heading of a detail pane, a card title among similar cards); this module weighs them with
 * the lexicon and the shape of the text, so that "Fleur Koster" in a name cell is a name and "de
 * koster van de kerk" is not. The weights are set so that a visible name label alone accepts any
 * name-shaped text, a weaker structural cue needs the shape of a name of unknown words or a
 * lexicon hit, and no cue needs both (decisions: "Names from the page, not from selectors").
 */

export type NameCue =
  /** A label, column header or attribute said applicant-name (or given or family name). */
  | 'field-role'
  /** Heading of a detail or profile pane. */
  | 'detail-heading'
  /** Heading of a record beside its record number ("Kandidaat 30571", "#30571"), and its other spellings. */
  | 'record-heading'
  /** Text of a link to a detail page in a list. */
  | 'detail-link'
  /** Title of one card among similar cards. */
  | 'card-title'
  /** A cell in a column of similar short values. */
  | 'list-cell'
  /** From/Van header, sender in an inbox row. */
  | 'mail-header'
  | 'greeting'
  | 'signature'
  | 'file-name'
  | 'email-local-part'
  /** A class, id or data-* token said "name" (weaker than a visible label). */
  | 'attribute'
  /** "mijn naam is ...", "I am ...". */
  | 'introduction'
  /** "dhr. ...", "mevrouw ...", "Ms ...". */
  | 'title'
  /** Initials before a surname: "A.B. Jansen". */
  | 'initials'
  /** An initials avatar beside the text spells its initials: "RD" beside "Rohit Deshpande". */
  | 'avatar-initials';

export interface NameVerdict {
  /** The name as it should be registered: the text without titles, labels and badges. */
  name: string;
  /** 0..1. */
  score: number;
  accept: boolean;
}

const CUE_WEIGHTS: Readonly<Record<NameCue, number>> = {
  'field-role': 0.65,
  'mail-header': 0.5,
  greeting: 0.45,
  signature: 0.45,
  introduction: 0.45,
  title: 0.45,
  'detail-heading': 0.35,
  'record-heading': 0.45,
  attribute: 0.35,
  'card-title': 0.3,
  'detail-link': 0.3,
  'file-name': 0.3,
  'email-local-part': 0.3,
  initials: 0.3,
  'list-cell': 0.2,
  'avatar-initials': 0.5,
};
const ACCEPT_AT = 0.5;
const LEXICON_WEIGHT = 0.35;

/** Weighs the cues, the lexicon and the shape of the text (capitals, particles, word count, script). */
export function judgeName(text: string, cues: readonly NameCue[], lexicon: NameLexicon): NameVerdict {
  const shape = nameShape(text.length > NAME_TEXT_LIMIT ? '' : withoutDescription(text, lexicon));
  if (shape === undefined || firmShaped(shape.name, lexicon)) return { name: '', score: 0, accept: false };
  let missing = 1;
  for (const cue of new Set(cues)) missing *= 1 - (CUE_WEIGHTS[cue] ?? 0);
  const fromCues = 1 - missing;

  let lexical = 0;
  let unknownWords = 0;
  for (const word of shape.nameWords) {
    let name = 0;
    let common = word.pieces.length > 0;
    for (const piece of word.pieces) {
      name = Math.max(name, lexicon.given(piece), lexicon.family(piece));
      if (!lexicon.commonWord(piece)) common = false;
    }
    if (name > 0) lexical += common ? name / 2 : name;
    else if (common) lexical -= 1;
    else unknownWords += 1;
  }
  const count = shape.nameWords.length;
  let score = fromCues + (LEXICON_WEIGHT * lexical) / count + shape.bonus;
  // Words no lexicon knows and no dictionary has are what names of unlisted origins look like.
  if (unknownWords === count && shape.capitalised) score += 0.1;
  // A name typed small in a field ("anna jansen") is still a name; a small word among capitalised
  // ones is a phrase ("Uitgenodigd door Karin Veldhuis" under "Kandidaat", held-out set PP). A
  // small initial is no word ("JANSEN, p.", set LL).
  const mixed = shape.lowerCaseWords < count && shape.nameWords.some((word) => word.casing === 'lower' && TWO_LETTERS.test(word.text));
  const lowerPenalty = cues.includes('field-role') && !mixed ? 0.15 : 0.35;
  score -= lowerPenalty * shape.lowerCaseWords;
  score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  return { name: shape.name, score, accept: score >= ACCEPT_AT };
}

const GIVEN_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const TWO_LETTERS = /\p{L}{2}/u;
const INITIAL_WORD = /^(?:\p{Lu}\.?){1,4}$/u;
const isGiven = (word: string, lexicon: NameLexicon) =>
  INITIAL_WORD.test(word) || (GIVEN_WORD.test(word) && lexicon.given(foldText(word)) > 0);

/**
 * "Jeroen Groen, Servicemonteur", "Sanne Bakker, Amsterdam": a full name led by a given name,
 * then a comma and no given name or initial after it, is a name and what describes it (a job, a
 * place), not the reversed form "Family, Given"; nor is a second full name after it.
 */
function withoutDescription(text: string, lexicon: NameLexicon): string {
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) >= 0) return text;
  const before = text.slice(0, comma).trim().split(/\s+/u);
  const after = text
    .slice(comma + 1)
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (before.length < 2 || after.length === 0 || !isGiven(before[0] ?? '', lexicon)) return text;
  // "Amal Osman, Anouk Verhoeven": a second full name led by its given name is someone else (a
  // mail's participants, set AA); the first is the one judged.
  const secondPerson =
    after.length >= 2 && GIVEN_WORD.test(after[0] ?? '') && isGiven(after[0] ?? '', lexicon) && !INITIAL_WORD.test(after[1] ?? '');
  return after.some((word) => isGiven(word, lexicon)) && !secondPerson ? text : text.slice(0, comma);
}

export interface FreeTextName {
  start: number;
  end: number;
  name: string;
  cue: NameCue;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])(?<local>[\p{L}\p{N}._%+-]{1,64})@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/dgu;

/**
 * Names inside free text that carry their own cue: greetings, signatures, mail headers, "Naam:"
 * labels, introductions, titles, initials with a surname, file names, and the local part of an
 * e-mail address ("fatima.benali@..."). Each is judged like a name on the page, so an accepted
 * one can be hidden wherever else it appears.
 */
export function findNamesInFreeText(text: string, lexicon: NameLexicon): FreeTextName[] {
  const found = inChunks(text, (chunk) => namesInChunk(chunk, lexicon));
  const unique = new Map<string, FreeTextName>();
  for (const name of found) unique.set(`${name.start}:${name.end}`, name);
  return [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

function namesInChunk(text: string, lexicon: NameLexicon): FreeTextName[] {
  const found: FreeTextName[] = [];
  scanContextualNames(text, (start, end, cue: ContextCue) => {
    const value = text.slice(start, end);
    // A file name with spaces is as often a document's subject ("Offerte Koster Drukwerk.pdf"):
    // it names someone only with a word the lexicon lists as a name and not as a word.
    if (cue === 'file-name' && /\s/u.test(value) && !holdsListedName(value, lexicon)) return;
    const verdict = judgeName(cue === 'file-name' ? wordsOfFileName(value) : value, [cue], lexicon);
    if (verdict.accept) found.push({ start, end, name: verdict.name, cue });
  });
  if (INTRO_WORDS.test(text)) found.push(...lowerCaseIntroductions(text, lexicon));
  if (text.includes('@')) {
    const locals = new Set<string>();
    for (const match of text.matchAll(EMAIL)) {
      const span = match.indices?.groups?.['local'];
      if (span === undefined) continue;
      const local = text.slice(span[0], span[1]);
      locals.add(lettersOf(local));
      const name = nameFromLocalPart(local, lexicon);
      if (name !== undefined) found.push({ start: span[0], end: span[1], name, cue: 'email-local-part' });
    }
    found.push(...spelledByAnAddress(text, locals, lexicon));
  }
  return found;
}

const lettersOf = (text: string) => foldText(text).replace(/[^\p{L}]/gu, '');
const FULL_NAME = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]+){1,2}`,
  'gu',
);
const MIN_SPELLED = 8;

/**
 * "Jurgen Winklaar …, jurgenwinklaar@example.com": a full name whose letters an address's local part
 * spells, in the same text, is that person's, though the lexicon knows neither word (held-out set BB).
 */
function spelledByAnAddress(text: string, locals: ReadonlySet<string>, lexicon: NameLexicon): FreeTextName[] {
  const found: FreeTextName[] = [];
  // A word that is only an ordinary one makes a firm's name: "Hoogland Zorg" and "hooglandzorg@".
  const ordinary = (word: string) => {
    const folded = foldText(word);
    return lexicon.commonWord(folded) && lexicon.given(folded) === 0 && lexicon.family(folded) === 0;
  };
  for (const match of text.matchAll(FULL_NAME)) {
    const letters = lettersOf(match[0]);
    if (letters.length >= MIN_SPELLED && locals.has(letters) && !match[0].split(/[ \t]+/u).some(ordinary))
      found.push({ start: match.index, end: match.index + match[0].length, name: match[0], cue: 'email-local-part' });
  }
  return found;
}

const INTRO_WORDS = /ik ben|naam is|ik heet|name is|i am|i'm/iu;
const LOWER_CASE_INTRO =
  /(?<![\p{L}])(?:[Ii]k ben|[Mm]ijn naam is|[Ii]k heet|[Mm]y name is|I am|I'm|i am|i'm)[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{1,30})[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,30})(?![\p{L}])/dgu;

/**
 * "goedemiddag ik ben dilan zana en wil graag reageren": a name typed in small letters, as a
 * message is (held-out set R). Only where the lexicon knows the first word as a given name and
 * neither word is an ordinary one: "ik ben blij", "ik ben kevin en" name no one in full.
 */
function lowerCaseIntroductions(text: string, lexicon: NameLexicon): FreeTextName[] {
  const found: FreeTextName[] = [];
  for (const match of text.matchAll(LOWER_CASE_INTRO)) {
    const given = match[1] ?? '';
    const family = match[2] ?? '';
    if (lexicon.given(foldText(given)) === 0 || lexicon.commonWord(foldText(given)) || lexicon.commonWord(foldText(family))) continue;
    const start = match.indices?.[1]?.[0];
    const end = match.indices?.[2]?.[1];
    if (start === undefined || end === undefined) continue;
    const name = [given, family].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
    found.push({ start, end, name, cue: 'introduction' });
  }
  return found;
}

/**
 * "fatima.benali", "f.benali92", "benali_fatima": the pieces of a local part that the lexicon
 * knows as names, when no piece is an ordinary word ("info", "sales", "stage.utrecht").
 */
function nameFromLocalPart(local: string, lexicon: NameLexicon): string | undefined {
  const pieces = local
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((piece) => piece !== '');
  const named = pieces.filter((piece) => piece.length >= 2 && Math.max(lexicon.given(piece), lexicon.family(piece)) >= 0.5);
  if (named.length === 0 || named.length > 4) return undefined;
  if (pieces.some((piece) => piece.length >= 2 && lexicon.commonWord(piece) && !named.includes(piece))) return undefined;
  const only = named.length === 1 ? (named[0] ?? '') : undefined;
  // A lone piece ("noura@", "tahiri92@") counts only when it is surely a name and no word.
  if (only !== undefined && (lexicon.commonWord(only) || Math.max(lexicon.given(only), lexicon.family(only)) < 0.9)) return undefined;
  return named.map((piece) => piece.charAt(0).toUpperCase() + piece.slice(1)).join(' ');
}

/** "noura_tahiri", "CV-Noura-Tahiri": the words of a file name, capitalised as a name would be. */
function wordsOfFileName(stem: string): string {
  return (
    stem
      // Names joined in camel case are words too: "RFernandesSilva", "AnjaVanDenBerg".
      .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
      .replace(/^(\p{Lu})(?=\p{Lu}\p{Ll})/u, '$1 ')
      .split(/[_.\s-]+/u)
      .filter((word) => word !== '')
      .map((word) => (NAME_PARTICLES.has(foldText(word).replace(/^['’]/u, '')) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ')
  );
}

function holdsListedName(text: string, lexicon: NameLexicon): boolean {
  return [...text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)].some(([word]) => {
    const folded = foldText(word);
    return (lexicon.given(folded) > 0 || lexicon.family(folded) > 0) && !lexicon.commonWord(folded);
  });
}
