import { NAME_PARTICLES, PERSON_PARTICLE } from '../../blinding/name-words';
import { CYRILLIC_LETTER, spellingKey } from '../../blinding/spelling-key';
import { foldText } from '../../blinding/text-fold';

/**
 * The person a record is about. A candidate's record names them in its title ("Oleksandr
 * Bondarenko" over the tabs) and then again in other forms: after a title in the notes ("Dhr.
 * Bondarenko gebeld"), in the file name of their CV ("Bondarenko_CV_NL.pdf"), in the document's
 * title, spelled in another script beside the title ("Олександр Бондаренко"), by the given name
 * alone in the notes ("Oleksandr mailde"). A title-like text
 * whose words come back in such forms is the record's subject. The page's other signals still
 * decide whether the page is about applicants (page-role.ts).
 */
export interface RecordSubject {
  /** Read a block of free text for titled names and file names; in notes, every capitalised word ("Olena gebeld"). */
  read: (text: string, notes: boolean) => void;
  /** The document's title names the record too. */
  title: (text: string) => void;
  /** True when the words of this title-like text come back elsewhere on the page. */
  corroborated: (anchor: Element, text: string) => boolean;
  /** True when every word of the name stands in one file's name ("sollicitatiebrief_Noa_Visser.docx"). */
  namesAFile: (name: string) => boolean;
}

// Titles are written out in both cases: with the i flag \p{Lu} would match small letters too.
const TITLED_MENTION = new RegExp(
  String.raw`(?<![\p{L}])(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]eneer|[Mm]evrouw|[Dd]e heer|M[rs]s?|Mx)\.?[ \u00A0]+(?:(?:${PERSON_PARTICLE}|Van|De|El|Al)[ \u00A0]+){0,3}(\p{Lu}[\p{L}\p{M}'’-]{1,40})`,
  'gu',
);
const FILE_STEM = /([\p{L}\p{N}_.()'’ -]{1,80}?)\.(?:pdf|docx?|odt|rtf|pages)(?![\p{L}\p{N}])/giu;
const TRIGGER = /\.(?:pdf|docx?|odt|rtf|pages)|dhr|mevr|mw\.|meneer|mevrouw|heer|M[rsx]/iu;
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]{2,40}/gu;
const MAX_WORDS = 2000;
const MAX_FILES = 200;

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** The words of a name that identify: folded, without particles and initials. */
function nameWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((word) => word.length > 2 && !NAME_PARTICLES.has(word));
}

/** Texts in another script near the anchor: its siblings and its parent's siblings, first leaves only. */
function nearbySpellings(anchor: Element): string[] {
  const texts: string[] = [];
  for (const box of [anchor.parentElement, anchor.parentElement?.parentElement]) {
    if (box === null || box === undefined || box.childElementCount > 12) continue;
    const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), seen = 0; node !== null && seen < 16; node = walker.nextNode(), seen += 1) {
      const text = node.textContent ?? '';
      if (CYRILLIC_LETTER.test(text)) texts.push(text);
    }
  }
  return texts;
}

export function createRecordSubject(): RecordSubject {
  const mentioned = new Set<string>();
  const files: Set<string>[] = [];
  let documentTitle = '';
  const remember = (word: string) => {
    if (mentioned.size < MAX_WORDS) mentioned.add(word);
  };
  return {
    read(text, notes) {
      if (notes) for (const match of text.matchAll(CAPITALISED)) remember(foldText(match[0]));
      if (!TRIGGER.test(text)) return;
      for (const match of text.matchAll(TITLED_MENTION)) remember(foldText(match[1] ?? ''));
      for (const match of text.matchAll(FILE_STEM)) {
        const words = nameWords((match[1] ?? '').replace(/_/gu, ' '));
        for (const word of words) remember(word);
        if (files.length < MAX_FILES) files.push(new Set(words));
      }
    },
    title(text) {
      documentTitle = foldText(squash(text));
    },
    corroborated(anchor, text) {
      const words = nameWords(text);
      if (words.length < 2 || words.length > 4) return false;
      if (words.some((word) => mentioned.has(word))) return true;
      if (documentTitle.includes(words.join(' '))) return true;
      const keys = new Set(words.map(spellingKey));
      return nearbySpellings(anchor).some((spelling) => nameWords(spelling).some((word) => keys.has(spellingKey(word))));
    },
    namesAFile(name) {
      const words = nameWords(name);
      return words.length >= 2 && files.some((file) => words.every((word) => file.has(word)));
    },
  };
}
