import { CATEGORY_MASKS, PRONOUN_MASKS, type MarkerCategory } from '../../lib/blinding/categories';
import { createMarkerDetector, rememberAnswers, type MarkerDetector } from '../../lib/blinding/detect';
import type { NameLexicon } from '../../lib/blinding/name-lexicon';
import type { MarkerRange } from '../../lib/blinding/marker-range';
import { foldText } from '../../lib/blinding/text-fold';
import { rememberPerText } from '../../lib/blinding/text-memo';
import type { Locale } from '../../lib/i18n/locale';
import { factValueRanges } from '../../lib/page/fact-values';
import { inlineLabelValues } from '../../lib/page/inline-labels';
import { nameAfterActivity } from '../../lib/page/harvest/activity-title';
import { TITLED } from '../../lib/page/harvest/cue-words';
import type { PageMarks } from '../../lib/page/harvest/page-marks';
import { isRemark } from '../../lib/page/remarks';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';
import { createApplicantPanes } from './applicant-panes';
import { lineAbove, lineBelow, textAfter, textBefore, type ReadText } from './text-before';
import type { ApplicantBook } from './applicants';
import { combineSelectors, namesOfApplicant } from './applicants';
import { pseudonymText } from '../../lib/page/pseudonym-text';
import { staffAround } from './staff-names';
import { contactOfASigner, notAnApplicantInContext } from './not-an-applicant';
import { createEmployerAddress } from './employer-address';
import { createColleagueContact } from './colleague-address';
import { labelsMarkedValue } from './label-of-value';
import { nameLedTitle, readsAsAName, sharesAWord } from './name-texts';

/**
 * What the page shows instead of a marker: "Kandidaat 7" for a known applicant's name (or the
 * neutral "Kandidaat …" until the background has given the number), "[e-mail]" and the like for
 * the other categories, a neutral pronoun in notes. Compiled again
 * whenever new names appear.
 */
export type MaskKind = 'text' | 'attribute' | 'href';

export interface MaskRules {
  mask: (text: string, owner: Element, kind: MaskKind, node?: Node) => string | undefined;
  ranges: (text: string, owner: Element, kind?: MaskKind, node?: Node) => MarkerRange[];
  /**
   * Text the recruiter typed (a note, a criterion label, a reveal reason), masked before it is
   * sent and stored: with every harvested name, also a revealed one (a reveal shows a name on
   * the page, it does not make it storable), and with names masked even if the site does not
   * hide them.
   */
  maskNote: (text: string) => string;
}

export interface MaskRulesOptions {
  adapter: ScreeningAdapter;
  applicants: ApplicantBook;
  hidden: ReadonlySet<MarkerCategory>;
  locale: Locale;
  /** What the page's structure said about its nodes (lib/page/harvest). */
  marks?: PageMarks;
  /** True for a colleague's full name: it stays readable where it appears. */
  isStaff?: (name: string) => boolean;
  /** Given names (a person a note may speak of, in pronounOfSomeoneElse). */
  lexicon?: NameLexicon;
  /** An address at the domain of the signed-in account or a colleague's (a free mail provider's counts for nothing). */
  isColleagueAddress?: (address: string) => boolean;
  /** An element's text as the page wrote it, before our masks. */
  originalText?: (element: Element) => string;
  /** A text node's text before we masked it (the context of a marker cut in two is read from it). */
  originalOfText?: (node: Text) => string | undefined;
}

const WHOLE_TEXT = /\S(?:[\s\S]*\S)?/u;
/** How much of the line before a number is read for a signature, and what a signature gives of its signer (an office's street, set AA). */
const SIGNATURE_LINE = 240;
const SIGNER_CONTACT: ReadonlySet<MarkerCategory> = new Set(['phone', 'email', 'address']);
/** The ranges of a text read with the text before it, as ranges of the text itself: its own part of each. */
function ownPart(ranges: MarkerRange[], offset: number, length: number): MarkerRange[] {
  return ranges
    .filter((range) => range.end > offset && range.start < offset + length)
    .map((range) => ({ ...range, start: Math.max(0, range.start - offset), end: Math.min(length, range.end - offset) }));
}

/** `found` with the `extra` ranges that overlap none of it, in order. */
function withExtra(found: MarkerRange[], extra: readonly MarkerRange[]): MarkerRange[] {
  const added = extra.filter((value) => !found.some((range) => range.start < value.end && value.start < range.end));
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

export function createMaskRules(options: MaskRulesOptions): MaskRules {
  const { adapter, applicants, hidden, locale, marks, isStaff, lexicon, isColleagueAddress, originalText, originalOfText } = options;
  const namesOf = (range: MarkerRange) => namesOfApplicant(applicants.byLocalId(range.applicantKey ?? ''));
  const mayBeGivenName = (word: string) => lexicon !== undefined && lexicon.given(foldText(word)) > 0;
  const isGivenName = (word: string) => lexicon !== undefined && lexicon.given(foldText(word)) > 0 && !lexicon.commonWord(foldText(word));
  const original: ReadText = (node) =>
    node.nodeType === 3
      ? (originalOfText?.(node as Text) ?? node.textContent ?? '')
      : (originalText?.(node as Element) ?? node.textContent ?? '');
  const names = applicants.knownNames();
  const aboutAnApplicant = createApplicantPanes(names, originalText ?? ((element) => element.textContent ?? ''));
  const detect: MarkerDetector = rememberAnswers(createMarkerDetector({ names, categories: hidden }));
  // Rules are compiled again at every new name: the detectors for notes and for storage, needed on
  // few pages, are built when first used.
  let inNotes: MarkerDetector | undefined;
  let forStorage: MarkerDetector | undefined;
  const detectInNotes: MarkerDetector = (text) =>
    (inNotes ??= rememberAnswers(createMarkerDetector({ names, categories: hidden, pronouns: true })))(text);
  const detectForStorage: MarkerDetector = (text) =>
    (forStorage ??= createMarkerDetector({ names, categories: new Set<MarkerCategory>([...hidden, 'names']), pronouns: true }))(text);
  const fields = adapter.fields.filter((field) => hidden.has(field.category));
  const fieldSelector = combineSelectors(fields.map((field) => field.selector));
  const notesSelector = combineSelectors(adapter.notes);
  const anyRevealed = applicants.all.some((applicant) => applicant.revealed);
  const colleagueContact = createColleagueContact(isColleagueAddress, isStaff);
  const employerAddress = createEmployerAddress(detect, originalText ?? ((element) => element.textContent ?? ''));
  // Both depend on the text alone and are asked of every text and attribute of the page.
  const remark = rememberPerText(isRemark);
  const inlineValues = rememberPerText(
    (text) => inlineLabelValues(text).filter((value) => hidden.has(value.category)),
    (values) => values.map((value) => ({ ...value })),
  );

  function isRevealedAt(owner: Element): boolean {
    return anyRevealed && applicants.forElement(owner)?.revealed === true;
  }

  function wholeFieldCategory(owner: Element): MarkerCategory | undefined {
    if (fieldSelector === '') return undefined;
    const field = owner.closest(fieldSelector);
    if (field === null) return undefined;
    return fields.find((entry) => field.matches(entry.selector))?.category;
  }

  function whole(text: string, category: MarkerCategory, applicantKey?: string): MarkerRange[] {
    const match = WHOLE_TEXT.exec(text);
    if (match === null) return [];
    const range: MarkerRange = { start: match.index, end: match.index + match[0].length, category };
    if (applicantKey !== undefined) range.applicantKey = applicantKey;
    return [range];
  }

  function ranges(text: string, owner: Element, kind: MaskKind = 'text', node?: Node): MarkerRange[] {
    if (isRevealedAt(owner)) return [];
    // What a label or column header said is about the value (a text or a field's value), never
    // about the element's own attributes (a field's aria-label "E-mail" stays). A link keeps its
    // scheme ("mailto:"): only the address part inside it is masked.
    let descriptor = false;
    if (kind === 'text') {
      const mark = marks?.markOf(node ?? owner);
      descriptor = mark?.kind === 'descriptor';
      // The label of a value holds no marker, though the value reaches back into it ("Mailing Address" + "Bergpolderstraat 41-A", set DD).
      if (mark?.kind === 'staff' && mark.signed === true) return knownApplicantsIn(text);
      if (mark?.kind === 'staff' || (mark === undefined && marks !== undefined && labelsMarkedValue(text, owner, marks))) return [];
      // The edit button beside a value ("Tetouan ✎") is no part of it (values.ts).
      if (mark?.kind === 'category' && hidden.has(mark.category) && owner.closest('button') === null) {
        const value = whole(text, mark.category);
        // "Location: Wilhelminakade 91, 3rd Floor" in a vacancy's details is the employer's office.
        return mark.category === 'address' && value.some((range) => employerAddress(text, range, owner)) ? [] : value;
      }
      // A name found on an element covers its texts that hold part of the name or read as a name
      // themselves (another spelling beside it: "Cabdi Maxamed (Abdi Mohamed)"), not a status
      // beside it in the same header ("— Actief · Beschikbaar per 01-04-2025").
      // A task's title keeps what it says happens: "Sollicitatiegesprek – Kandidaat 1" (activity-title.ts).
      // So does a card titled with the name first: "Sem Bakker – Leerling bakker (BBL)" (set P, a
      // board); the detectors find the name in it, as the page's known name.
      const titled = mark?.kind === 'name' && (nameAfterActivity(text.trim()) === mark.name || nameLedTitle(text, mark.name));
      if (mark?.kind === 'name' && !titled && hidden.has('names') && (sharesAWord(text, mark.name) || readsAsAName(text))) {
        const applicant = applicants.forName(mark.name);
        if (applicant === undefined || !applicant.revealed) return whole(text, 'names', applicant?.localId);
      }
      const category = wholeFieldCategory(owner);
      if (category !== undefined) return whole(text, category);
    }
    const inNotes =
      (notesSelector !== '' && owner.closest(notesSelector) !== null) ||
      (marks !== undefined && (marks.inNotes(owner) || remark(text) || aboutAnApplicant(owner, text)));
    const detectIn = (read: string): MarkerRange[] => {
      const workplaces: MarkerRange[] = [];
      const kept = (inNotes ? detectInNotes : detect)(read).filter((range) => {
        // The employer's own mailboxes (werkenbij@, stagebureau@) and colleagues' contacts say nothing about an applicant.
        if (range.category === 'email' || range.category === 'phone') return !colleagueContact(read, range);
        // A value that describes the work ("Vestiging", "Standplaats") holds the employer's address,
        // not the applicant's; so does an office or a vacancy's header.
        if (range.category === 'address') {
          if (descriptor || !employerAddress(read, range, owner)) return !descriptor;
          workplaces.push(range);
          return false;
        }
        // The languages a job asks for are the job's ("Vacature-eisen", held-out set PP).
        if (range.category === 'languages') return !descriptor;
        if (range.category !== 'names') return true;
        // A colleague whose name shares a part with an applicant's stays readable.
        if (isStaff !== undefined && staffAround(read, range, isStaff)) return false;
        // A name found only by its context, after a title ("Geachte mevrouw De Vries", "Mw. L. Brink"),
        // is someone addressed formally: the employer's contact or a third party, not an applicant
        // the page knows.
        if (range.applicantKey === undefined && marks !== undefined && TITLED.test(read.slice(Math.max(0, range.start - 12), range.start)))
          return false;
        // A revealed applicant's name may show anywhere on the page.
        return range.applicantKey === undefined || applicants.byLocalId(range.applicantKey)?.revealed !== true;
      });
      const around = { kept, descriptor, workplaces, isStaff, isGivenName, namesOf, mayBeGivenName };
      return kept.filter((range) => !notAnApplicantInContext(read, range, around));
    };
    let found = detectIn(text);
    // A marker cut in two by a line break or an inline element is read again with the text around it.
    const context = kind === 'text' && node !== undefined && marks !== undefined;
    const before = context ? textBefore(node, original) || lineAbove(node, text, original) : '';
    const after = context ? textAfter(node, original) || lineBelow(node, text, original) : '';
    if (before.trim() !== '' || after.trim() !== '') {
      const inContext = ownPart(detectIn(before + text + after), before.length, text.length);
      // A pronoun read with the text around it may speak of a colleague named in an element of its own ("@Chen Wei", set W).
      const spokenOf = (range: MarkerRange) => range.pronoun === undefined || inContext.some((other) => other.start === range.start);
      found = withExtra(found.filter(spokenOf), inContext);
    }
    if (context && found.some((range) => SIGNER_CONTACT.has(range.category))) found = signersKept(text, found, node);
    return marks === undefined ? found : withInlineValues(text, found, owner);
  }

  /** A colleague's letter names the applicant it greets: only names the page knows as an applicant's are hidden in it. */
  function knownApplicantsIn(text: string): MarkerRange[] {
    if (!hidden.has('names')) return [];
    return detect(text).filter(
      (range) =>
        range.category === 'names' &&
        range.applicantKey !== undefined &&
        applicants.byLocalId(range.applicantKey)?.revealed !== true &&
        !(isStaff !== undefined && staffAround(text, range, isStaff)),
    );
  }

  /** A number or address in the signature of someone who is no applicant stays (not-an-applicant.ts). */
  function signersKept(text: string, found: MarkerRange[], node: Node): MarkerRange[] {
    const lineBefore = textBefore(node, original, SIGNATURE_LINE);
    const isApplicantName = (name: string) => detect(name).some((range) => range.category === 'names');
    const isPerson = (name: string) => isStaff?.(name) === true || isGivenName(name.split(/\s+/u)[0] ?? '');
    return found.filter(
      (range) =>
        !SIGNER_CONTACT.has(range.category) || !contactOfASigner(lineBefore + text.slice(0, range.start), isApplicantName, isPerson),
    );
  }

  /**
   * "Nationaliteit: Pools" inside running text: the value a known label names
   * (lib/page/inline-labels.ts), and a labelled value again in a line of facts ("29 jaar · Deventer",
   * lib/page/fact-values.ts); "Onsite location: Catharijnesingel 52" is the employer's.
   */
  function withInlineValues(text: string, found: MarkerRange[], owner: Element): MarkerRange[] {
    const facts = marks === undefined ? [] : factValueRanges(text, marks.factValues()).filter((value) => hidden.has(value.category));
    return withExtra(
      found,
      [...inlineValues(text), ...facts].filter((value) => value.category !== 'address' || !employerAddress(text, value, owner)),
    );
  }

  function mask(text: string, owner: Element, kind: MaskKind, node?: Node): string | undefined {
    const found = ranges(text, owner, kind, node);
    if (found.length === 0) return undefined;
    return applyRanges(text, found, kind);
  }

  function applyRanges(text: string, found: readonly MarkerRange[], kind: MaskKind): string {
    let result = '';
    let cursor = 0;
    for (const range of found) {
      result += text.slice(cursor, range.start);
      result += replacement(range, kind);
      cursor = range.end;
    }
    return result + text.slice(cursor);
  }

  function replacement(range: MarkerRange, kind: MaskKind): string {
    if (kind === 'href') return encodeURIComponent(CATEGORY_MASKS[range.category][locale]);
    if (range.pronoun !== undefined) return PRONOUN_MASKS[range.pronoun][locale];
    if (range.category === 'names') {
      const applicant = range.applicantKey === undefined ? undefined : applicants.byLocalId(range.applicantKey);
      if (applicant !== undefined) return pseudonymText(applicant.number, locale);
    }
    return CATEGORY_MASKS[range.category][locale];
  }

  function maskNote(text: string): string {
    const found = detectForStorage(text);
    return found.length === 0 ? text : applyRanges(text, found, 'text');
  }

  return { mask, ranges, maskNote };
}
