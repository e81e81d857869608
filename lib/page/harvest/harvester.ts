import { describesWork, endsInRole, roleOfLabel, type FieldRole } from '../../blinding/field-roles';
import type { NameCue } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import type { BlindingPass, PassRange } from '../dom-blinder';
import { flatGridHeader } from '../sheet-headers';
import { labelOf } from '../labels';
import { isOurMaskText } from '../pseudonym-text';
import { writesAsApplicant } from './applicant-author';
import { attributeSignal } from './attribute-roles';
import { holdsText } from './block-text';
import { createFreeTextNames } from './free-text-names';
import { labelOfValue } from './label-pairs';
import { bareRowName, layoutNames } from './layout-names';
import { otherMail } from './row-topic';
import { chromeNames } from './chrome-names';
import { recordHeadingNames } from './record-heading';
import { createRecordSubject } from './record-subject';
import { readStaffLine, staffArea } from './staff-area';
import { createColleagues } from './colleagues';
import { createThreadReader } from './comment-thread';
import { createFormFields } from './form-fields';
import { createCandidates, type HarvestedName } from './candidates';
import type { PageMarks } from './page-marks';
import { FIELD_TAGS, IMAGE_TAGS, NOTES_HEADING_TAGS, SKIP } from './cue-words';
import { CATEGORY_OF_ROLE, INITIALS_TEXT, MAX_VALUE_LENGTH, NAME_ROLES } from './role-marks';
import { createAvatars } from './avatars';
import { sliced } from './slice-memo';
import { createSplitNames } from './split-names';
import { otherSpellings } from './other-spellings';
import { besideName, isInitialsAvatar } from './initials';
import { isHeading, itemOf, paneOf } from './structure';
import { inChrome } from './chrome';
import { notesArea } from './notes-area';
import { markTownsBeside } from './towns-beside';
import { placeOfWorkColumn, roleInItsTable, staffTable } from './staff-table';
import { DETAIL_PANES, fitsCategory, headsNotes, OWN_LABEL, PANE_HEADING, squash, TABULAR, titleLike, valueText } from './values';
import { nextElementIn } from '../tree-walk';
import { createShadowWordCount, type ApplicantEvidence } from '../page-role';

/**
 * Reads names and markers from the page itself (docs/decisions.md, "Names from the page"): labels and column headers,
 * attributes, the heading of a detail pane, links in lists, titles of similar cards, and names in free text that carry
 * their own cue (greetings, signatures, mail headers, file names, e-mail addresses). Adapters add precision on known
 * sites; this works everywhere. A pass is resumable, like a blinding pass, so a large page is read in time slices while
 * it is held unpainted. Names are judged at the end of the pass, when all cues are in.
 */
export interface HarvesterOptions {
  lexicon: NameLexicon;
  marks: PageMarks;
  isOwnElement?: (element: Element) => boolean;
  /** A photo or avatar to hide (its own semantics, or beside a found name). */
  onPhoto?: (element: Element) => void;
  /** A colleague's avatar: it stays shown. */
  onColleaguePhoto?: (element: Element) => void;
}

/** What the harvest saw (page-role.ts says what each count is), and the colleagues' names it read. */
export type Evidence = Omit<ApplicantEvidence, 'names' | 'adapterNames'> & { staffNames: number };
export interface Harvester {
  /** A pass over `root`, or part of it: names are judged at its end. */
  pass: (root: Node, range?: PassRange) => BlindingPass;
  /** Names accepted by passes that have finished since the last call. */
  take: () => HarvestedName[];
  isStaff: (name: string) => boolean;
  isStaffExact: (name: string) => boolean;
  /** An address at the domain of the signed-in account or a colleague's. */
  isColleagueAddress: (address: string) => boolean;
  readonly evidence: Evidence;
}

export function createHarvester(options: HarvesterOptions): Harvester {
  const { lexicon, marks } = options;
  const subject = createRecordSubject();
  const candidates = createCandidates(lexicon, marks, subject.namesAFile);
  const finished: HarvestedName[] = [];
  const shadowWords = createShadowWordCount();
  const evidence: Evidence = {
    structuredNames: 0,
    personalFields: 0,
    tabularPersonalFields: 0,
    applicantTokens: 0,
    staffNames: 0,
    personalInputs: 0,
    nameInputs: 0,
  };
  let headings: Element[] = [];
  const threads = createThreadReader(marks, candidates);
  let inShadow = false; // the read running now is of a shadow root
  const colleagues = createColleagues(lexicon, marks, candidates, () => (evidence.staffNames += 1));
  const splitNames = createSplitNames();
  const personalPanes = new Set<Element>();
  const freeText = createFreeTextNames({ lexicon, candidates, colleagues, marks, subject });
  const avatars = createAvatars(candidates);
  const forms = createFormFields(marks, candidates, evidence, (field, role) => {
    const category = CATEGORY_OF_ROLE[role];
    if (category !== undefined) {
      marks.mark(field, { kind: 'category', category });
      marks.addPersonal(field);
    } else if (role === 'notes') marks.addNotes(field);
  });

  function applyRole(node: Element | Text, role: FieldRole, cue: NameCue, text: string | undefined, anchor: Element): void {
    if (NAME_ROLES.has(role)) {
      if (text === undefined || (cue === 'attribute' && otherMail(anchor))) return;
      candidates.add(anchor, text, cue);
      return splitNames.note(role, anchor, text);
    }
    if (role === 'staff-name') {
      if (text === undefined) return;
      const applicant = cue === 'attribute' && writesAsApplicant(anchor, subject.namesAFile(text));
      return applicant ? candidates.add(anchor, text, 'mail-header') : colleagues.add(text, node);
    }
    if (role === 'notes') return marks.addNotes(anchor);
    // "Voorletters: F.B.": the initials of a name are part of the name.
    if (role === 'initials') return text === undefined ? undefined : marks.mark(node, { kind: 'category', category: 'names' });
    if (role === 'photo') {
      if (text !== undefined && INITIALS_TEXT.test(text)) avatars.offer(anchor);
      else if (IMAGE_TAGS.has(anchor.tagName) || text === undefined) options.onPhoto?.(anchor);
      return;
    }
    const category = CATEGORY_OF_ROLE[role];
    if (category === undefined || text === undefined || !fitsCategory(role, text)) return;
    // A class word alone ("adr" around a sender's name) names an address only with a number in it.
    if (cue === 'attribute' && role === 'address' && !/\d/u.test(text)) return;
    marks.mark(node, { kind: 'category', category });
    marks.addPersonal(anchor);
    const pane = anchor.closest(DETAIL_PANES);
    if (pane !== null) personalPanes.add(pane);
    evidence.personalFields += 1;
    if (anchor.closest(TABULAR) !== null || flatGridHeader(anchor) !== undefined) evidence.tabularPersonalFields += 1;
  }

  function visit(element: Element): void {
    const signal = attributeSignal(element);
    if (signal.applicant) evidence.applicantTokens += 1;
    if (FIELD_TAGS.has(element.tagName)) return forms.read(element as HTMLInputElement, signal);
    const text = valueText(element);
    colleagues.read(element, text);
    if (signal.role !== undefined) applyRole(element, signal.role, signal.explicit ? 'field-role' : 'attribute', text, element);
    if (IMAGE_TAGS.has(element.tagName) || element.getAttribute('role') === 'img') return avatars.photo(element);

    threads.read(element);
    if (text !== undefined) {
      if (headsNotes(element, text)) {
        const area = notesArea(element);
        if (area !== undefined) marks.addNotes(area);
      } else if (!NOTES_HEADING_TAGS.has(element.tagName) && element.childElementCount === 0) {
        readStaffLine(element, text, marks, colleagues.add, candidates.staff, (name, node) => candidates.add(node, name, 'field-role'));
      } else if (NOTES_HEADING_TAGS.has(element.tagName) && endsInRole(text, 'staff-name')) {
        // "Contactpersoon", "Jouw recruiter": the block it heads is a colleague's.
        const area = staffArea(element);
        for (const block of area.blocks) marks.mark(block, { kind: 'staff' });
        for (const name of area.names) colleagues.add(name.text, name.node);
      }
      labelled(element, text);
      if (!inChrome(element)) {
        if (isHeading(element) || titleLike(element, text)) headings.push(element);
        layoutNames(element, text, candidates);
      } else chromeNames(element, text, candidates);
      if (INITIALS_TEXT.test(text) && element.childElementCount === 0 && isInitialsAvatar(element)) avatars.offer(element);
      // Words about applicants the document's own count cannot see: a board drawn in a shadow root.
      if (inShadow && element.childElementCount === 0) evidence.applicantTokens += shadowWords(element, text);
    }
    // Mixed content: "<strong>Nationaliteit:</strong> Surinaams".
    for (const child of element.childNodes) {
      if (child.nodeType !== 3 || child.previousSibling === null) continue;
      const value = squash(child.textContent);
      if (value === '' || value.length > MAX_VALUE_LENGTH) continue;
      const label = labelOf(child as Text);
      const role = label === undefined ? undefined : roleOfLabel(label);
      if (role !== undefined && roleOfLabel(value) === undefined) applyRole(child as Text, role, 'field-role', value, element);
    }
    if (holdsText(element)) freeText(element);
    bareRowName(element, candidates);
  }

  /** A value under a label: the label's role is the value's. */
  function labelled(element: Element, text: string): void {
    let value = element;
    // Climb to the element the label belongs to: <dd><a>X</a></dd> is labelled at the <dd>.
    for (let depth = 0; depth < 3; depth += 1) {
      const parent = value.parentElement;
      if (parent === null || parent.childElementCount > 2 || parent.childNodes.length > 5 || squash(parent.textContent) !== text) break;
      value = parent;
    }
    const label = labelOfValue(value, element);
    if (label === undefined || label === text || isOurMaskText(label)) return;
    let role = roleInItsTable(label, value);
    if (role === undefined && (describesWork(label) || placeOfWorkColumn(label, value))) marks.mark(value, { kind: 'descriptor' });
    // A value that reads as a label itself is one of a row of labels ("Telefoon", "E-mail"); one that
    // brings its own ("Zoekgebied: Tilburg (+25 km)" under "Locatie", a search filter, set T) is that label's.
    if (role === undefined || roleOfLabel(text) !== undefined || OWN_LABEL.test(text)) return;
    if (NAME_ROLES.has(role) && inChrome(element) && element.tagName !== 'TD') return;
    // A table of users with their roles and rights is a list of colleagues.
    if (NAME_ROLES.has(role) && value.tagName === 'TD' && staffTable(value)) {
      role = 'staff-name';
      // Everything in a colleague's row stays: their address, their initials.
      if (value.parentElement !== null) marks.mark(value.parentElement, { kind: 'staff' });
    }
    applyRole(value, role, 'field-role', text, value);
  }

  /** The names of a finished read, judged now that all cues are in. */
  function judgeNames(): HarvestedName[] {
    forms.finish();
    avatars.colleagues((name, node) => colleagues.add(name, node));
    // A pane filled later (a dialog's fields arriving after its heading) is headed by its first heading.
    for (const pane of personalPanes) {
      const heading = pane.querySelector(PANE_HEADING);
      if (heading !== null && !headings.includes(heading) && !inChrome(heading)) headings.push(heading);
    }
    personalPanes.clear();
    for (const heading of headings) {
      const text = squash(heading.textContent);
      // The record's title, named again after a title, in a file name or in another script.
      if (text !== '' && subject.corroborated(heading, text)) candidates.add(heading, text, 'record-heading');
      const pane = paneOf(heading);
      if (pane !== undefined && marks.hasPersonal(pane) && text !== '') candidates.add(heading, text, 'detail-heading');
      for (const { anchor, text } of recordHeadingNames(heading)) candidates.add(anchor, text, 'record-heading');
    }
    headings = [];
    return splitNames.join(candidates.judge());
  }

  function accept(name: HarvestedName): void {
    if (name.cues.some((cue) => cue === 'field-role' || cue === 'attribute' || cue === 'detail-heading' || cue === 'record-heading'))
      evidence.structuredNames += 1;
    const container = itemOf(name.anchor) ?? (isHeading(name.anchor) ? paneOf(name.anchor) : undefined);
    if (container !== undefined) {
      name.container = container;
      // Photos beside a found name are the applicant's, and so is a town in a line of facts under it.
      const beside = besideName(container);
      for (const photo of beside.photos) options.onPhoto?.(photo);
      for (const avatar of beside.initials) avatars.offer(avatar);
    }
    markTownsBeside(name.anchor, container, lexicon, marks);
    avatars.applicant(name.name);
    finished.push(name);
    for (const other of otherSpellings(name.anchor, name.name, lexicon)) finished.push({ ...name, name: other, spellingOf: name.name });
  }

  function pass(root: Node, range: PassRange = {}): BlindingPass {
    const doc = root.ownerDocument ?? (root as Document);
    // Scripts, styles and our own elements are neither read nor entered.
    const skipped = (element: Element) => SKIP.has(element.tagName) || options.isOwnElement?.(element) === true;
    let element = range.from ?? (root.nodeType === 1 ? (root as Element) : (root as ParentNode).firstElementChild);
    let started = false;
    // Accepting a name looks for photos beside it: on a long list that is sliced like the reading.
    let judged: HarvestedName[] | undefined;
    let accepted = 0;
    return sliced({
      run(shouldYield) {
        inShadow = root.nodeType === 11;
        if (!started) {
          started = true;
          // A mail site's title names the mailbox: its owner is a colleague, not an applicant.
          if (root === doc.documentElement && range.from === undefined) {
            colleagues.title(doc.title, doc.documentElement);
            subject.title(doc.title);
          }
          // An entry added to a thread on its own (a chat's new message) is read as part of it.
          if (root.nodeType === 1 && root !== doc.documentElement) threads.readAround(root as Element);
          if (element !== null && element !== root && !skipped(element)) visit(element);
          else if (element === root) visit(root as Element);
        }
        let count = 0;
        while (element !== null) {
          const enter = element === root || !skipped(element);
          element = nextElementIn(root, element, enter);
          if (element === range.until) element = null;
          if (element === null) break;
          if (skipped(element)) continue;
          visit(element);
          count += 1;
          if ((count & 15) === 0 && shouldYield?.() === true) return false;
        }
        judged ??= judgeNames();
        while (accepted < judged.length) {
          accept(judged[accepted]!);
          accepted += 1;
          if ((accepted & 15) === 0 && accepted < judged.length && shouldYield?.() === true) return false;
        }
        // Initials avatars, decided once every name of the read is in: an applicant's hidden, a colleague's kept.
        const { applicants, colleagues: theirs } = avatars.take();
        for (const avatar of applicants) options.onPhoto?.(avatar);
        for (const avatar of theirs) options.onColleaguePhoto?.(avatar);
        return true;
      },
    });
  }

  return {
    pass,
    take: () => finished.splice(0),
    isStaff: candidates.isStaff,
    isStaffExact: candidates.isStaffExact,
    isColleagueAddress: colleagues.isColleagueAddress,
    evidence,
  };
}
