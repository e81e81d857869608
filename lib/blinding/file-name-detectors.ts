import { foldText } from './text-fold';
import { APPLICANT_DOCUMENT_WORDS, GENERIC_FILE_WORDS, INSTITUTION_WORDS } from './name-context-words';

/**
 * Names in file names: "CV_Mohamed_Amrani.pdf", "El Idrissi, Soufiane - CV.pdf", a file list's
 * cell with its type's badge on the line above. The words that are not a document's generic words
 * are reported; the harvest judges them with the lexicon (name-evidence.ts).
 */
type ReportFileName = (start: number, end: number, cue: 'file-name') => void;

/** The extensions of documents and images an applicant sends, as a pattern's source. */
const EXTENSION = String.raw`\.(?:pdf|docx?|odt|rtf|txt|pages|jpe?g|png|heic|webp|zip)`;
/** A file type's icon before its name in a list: "📄", "🖼". */
const ICON = String.raw`(?:\p{So}|\p{Extended_Pictographic})\uFE0F?`;
/** A stem that may hold spaces and commas ("El Idrissi, Soufiane - CV"). */
const SPACED_STEM = String.raw`(?<stem>[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M} _.,()'’-]{0,100}?)`;

const FILE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.-])(?<stem>[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}_.()'’-]{0,100}?)${EXTENSION}(?![\p{L}\p{N}])`,
  'giu',
);

export const FILE_TRIGGER = new RegExp(EXTENSION, 'iu');

/** The line of the text that holds `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end === -1 ? undefined : end);
}

// An acronym, or a degree written with small letters between its capitals ("MSc", "PhD", held-out set T).
const ACRONYM = /^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?)$/u;
const JOINED_CAPITALS = /\p{Ll}\p{Lu}/u;
const DIGIT = /\p{N}/u;
const touchesDigit = (text: string, start: number, length: number) =>
  DIGIT.test(text.charAt(start - 1)) || DIGIT.test(text.charAt(start + length));

/** "CV_Mohamed_Amrani.pdf" keeps "CV_" and ".pdf"; the words that are not generic are hidden. */
export function detectFileNames(text: string, report: ReportFileName): void {
  // Each line on its own: a file list's cell may hold its type's badge on a line above ("PDF").
  let from = 0;
  for (const line of text.split('\n')) {
    const at = from;
    from += line.length + 1;
    if (FILE_TRIGGER.test(line)) detectFileNamesInLine(line, (start, end) => report(at + start, at + end, 'file-name'));
  }
}

function detectFileNamesInLine(text: string, report: ReportFileName): void {
  const whole = WHOLE_FILE_NAME.exec(text);
  // Two files side by side ("CV_Daan_de_Groot.pdf Motivatie - D. de Groot.docx"), or a sentence
  // before one ("Hij heeft meegelopen. CV_Ilse_Vermaat.pdf"), are no one file name.
  if (whole !== null && !INNER_EXTENSION.test(whole.groups?.['stem'] ?? '')) {
    // A text that is one file name, spaces and all ("El Idrissi, Soufiane - CV.pdf", "Offerte
    // Koster Drukwerk.pdf"): its words are judged together, with the lexicon.
    const at = whole.index + (whole[1]?.length ?? 0);
    const span = nameWordsOf(whole.groups?.['stem'] ?? '');
    if (span !== undefined) report(at + span[0], at + span[1], 'file-name');
    return;
  }
  // A file's type icon marks where a file name with spaces begins, in a row of attachments
  // ("📄 CV Abdirahman Farah.pdf (212 KB)🖼 Rijbewijs.jpg", held-out set S).
  let iconEnd = -1;
  for (const match of text.matchAll(ICON_FILE_NAME)) {
    const at = match.index + (match[1]?.length ?? 0);
    const span = nameWordsOf(match.groups?.['stem'] ?? '');
    if (span !== undefined) report(at + span[0], at + span[1], 'file-name');
    iconEnd = match.index + match[0].length;
  }
  for (const match of text.matchAll(FILE_NAME)) {
    if (match.index < iconEnd) continue;
    const stem = match.groups?.['stem'] ?? '';
    // One word before the extension, after a space, ends a file name with spaces that this
    // pattern cannot see whole ("… Teamleider Klantenservice.docx"): no name is read from it.
    if (!/[_.()'’-]/u.test(stem) && /[ \t\u00A0,]/u.test(text.charAt(match.index - 1))) continue;
    const span = nameWordsOf(stem);
    if (span !== undefined) report(match.index + span[0], match.index + span[1], 'file-name');
  }
}

// The whole text is one file name, spaces and commas in it: a cell or a line of a file list. A
// list may put the type's icon before it and the size after it ("📄 CV Abdirahman Farah.pdf (212
// KB)", held-out set S).
const FILE_SIZE = String.raw`(?:[ \t]*[(·•|–—-]?[ \t]*\d+(?:[.,]\d+)?[ \t\u00A0]*(?:[KMG]i?B|kB|bytes?)\)?)?`;
const WHOLE_FILE_NAME = new RegExp(String.raw`^([ \t]*(?:${ICON}[ \t]*)?)${SPACED_STEM}${EXTENSION}${FILE_SIZE}[ \t]*$`, 'iu');

const ICON_FILE_NAME = new RegExp(String.raw`(${ICON}[ \t]*)${SPACED_STEM}${EXTENSION}(?![\p{L}\p{N}])`, 'giu');

const INNER_EXTENSION = new RegExp(String.raw`${EXTENSION}[ \t,]|\p{Ll}{2}[.!?][ \t]`, 'u');

const SENTENCE_CASE_STEM = /^\p{Lu}\p{Ll}+(?:[-_ ]\p{Ll}[\p{Ll}\p{N}]*){2,}(?:[-_ ]?v?\d+)?$/u;

/** Where the words of a file name's stem that are not generic begin and end. */
function nameWordsOf(stem: string): [number, number] | undefined {
  let first = -1;
  let last = -1;
  // Where the file name capitalises its words, a word in small letters is no name: "logistiek"
  // in "CV_Mei-Ling_Tan_logistiek.pdf" (all small, "cv_abdi_warsame.pdf", every word may be).
  const capitalised = /(?:^|[^\p{L}])\p{Lu}\p{Ll}/u.test(stem);
  // Written like a sentence, a capital only at the start and small words after it: a document's
  // subject ("Tech-case-frontend-v3.pdf"), not a person's name (held-out set L).
  if (SENTENCE_CASE_STEM.test(stem)) return undefined;
  let words = 0;
  let nameWords = 0;
  let aboutApplicant = false;
  // A note in brackets says which version it is: "CV Mustafa Öztürk (Engels).pdf" (held-out set HH).
  const note = stem.search(/[ \t]*\([^()]*\)?$/u);
  for (const word of stem.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
    if (note > 0 && word.index >= note) break;
    const folded = foldText(word[0]);
    words += 1;
    if (APPLICANT_DOCUMENT_WORDS.has(folded)) aboutApplicant = true;
    if (capitalised && /^\p{Ll}/u.test(word[0])) continue;
    // A word of 15 letters or more is a Dutch compound ("Salarisadministratie"), not a name,
    // unless its capitals join names ("RFernandesSilva").
    const compound = [...folded].length >= 15 && !JOINED_CAPITALS.test(word[0]);
    if (GENERIC_FILE_WORDS.has(folded) || [...folded].length < 2 || compound) continue;
    // A school's or a firm's document: "Stageovereenkomst_model_Noordzee_College.docx" (held-out set CC).
    if (INSTITUTION_WORDS.has(folded)) return undefined;
    // An acronym ("SAP", "ICT") or a code with digits ("S4HANA", "MBO4") names a subject, not a person.
    if (ACRONYM.test(word[0]) || touchesDigit(stem, word.index, word[0].length)) continue;
    if (first === -1) first = word.index;
    last = word.index + word[0].length;
    nameWords += 1;
  }
  // One word left among several of a document's subject, none of them an applicant's paper: a firm's
  // document ("Noordlicht_Terms_Temp_Workers.pdf", held-out set S), not "CV_Kwame.pdf".
  if (nameWords === 1 && words >= 3 && !aboutApplicant) return undefined;
  return first === -1 ? undefined : [first, last];
}

/** The stem of the file name that is the whole line holding `at`, if that line is one. */
export function wholeFileNameStem(text: string, at: number): string {
  return WHOLE_FILE_NAME.exec(lineAt(text, at))?.groups?.['stem'] ?? '';
}
