import { nameAfterActivity } from './activity-title';
import { judgeName, type NameCue } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { COMMON_WORD_NAMES, NAME_PARTICLES } from '../../blinding/name-words';
import { foldText } from '../../blinding/text-fold';
import { FORWARDED_FROM } from './cue-words';
import type { PageMarks } from './page-marks';
import { addressesBeside } from './addresses-beside';
import { ordinaryWords } from './ordinary-words';
import { rowsBesideApplicant, type RowName } from './rows-of-applicants';
import { FAMILY_FIRST, wordCount } from './role-marks';
import { createStaffNames, nameParts, sameWords } from './staff';
import { itemOf, placeOf } from './structure';
import { mentionsApplication } from '../page-role';

/** Longest text before an author's name in a note's head: an avatar's initials, a sender badge, a time. */
const HEAD_TEXT_LENGTH = 24;

/**
 * The element stands at the head of its row or card (or in none): before it only short texts,
 * no running text. An author's name heads a note; a name after the note's text is not its author.
 */
function headsItem(anchor: Element): boolean {
  const item = itemOf(anchor);
  if (item === undefined) return true;
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null && !anchor.contains(node); node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (text.length > HEAD_TEXT_LENGTH || FORWARDED_FROM.test(text)) return false;
  }
  return true;
}

/** "<div>Doorgestuurd van <span>Ilias</span></div>": the name in this head wrote the forwarded message. */
function forwardedFrom(anchor: Element): boolean {
  const text = (anchor.textContent ?? '').replace(/\s+/gu, ' ').trim();
  return FORWARDED_FROM.test(text.slice(0, FORWARD_LEAD.exec(text)?.[0].length ?? 0));
}
const FORWARD_LEAD = /^\P{Lu}*\p{L}+\s+\p{L}+\s*:?/u;

/** A name the page's structure gave, with the element it stands in. */
export interface HarvestedName {
  name: string;
  anchor: Element;
  cues: NameCue[];
  score: number;
  /** The row, card or pane the name stands in (its photos are hidden with it). */
  container?: Element;
  /** The name this one spells in another script. */
  spellingOf?: string;
}

/**
 * Cues collected during one pass, judged together at its end: a card title that is also a link
 * to a detail page is a stronger cue than either alone, and a heading only counts as a detail
 * pane's heading once the pane's fields have been read.
 */
export interface Candidates {
  /** `node`: the text node that holds the name, when the anchor holds more (a row with badges). */
  add: (anchor: Element, text: string, cue: NameCue, node?: Text) => void;
  /** The name heading an entry of a thread of notes (comment-thread.ts): its author, a colleague. */
  author: (anchor: Element, text: string) => void;
  guest: (anchor: Element) => void; // a guest's message head, where hosts wear badges: no author (comment-thread.ts)
  /** A name the free-text rules already accepted. */
  accept: (anchor: Element, name: string, cue: NameCue) => void;
  staff: (name: string) => void;
  /** The name heading a row whose words say nothing of whom it holds: taken when a row beside it holds an applicant. */
  rowName: (anchor: Element, text: string, list: Element, node?: Text) => void;
  /** A colleague or contact as far as the page says (a guess more than a hint takes back): a mail's sender. */
  likelyStaff: (name: string) => void;
  /** Every part of the name belongs to a colleague ("Wessel" of "Wessel Maas"). */
  isStaff: (name: string) => boolean;
  /** A colleague's whole name, in any of its forms. */
  isStaffExact: (name: string) => boolean;
  /** Letters of an initials avatar are a colleague's initials. */
  isStaffInitials: (letters: string) => boolean;
  /** Judge what was collected; returns the accepted names and forgets the rest. */
  judge: () => HarvestedName[];
}

const LAYOUT_CUES: ReadonlySet<NameCue> = new Set([
  'card-title',
  'detail-link',
  'detail-heading',
  'record-heading',
  'list-cell',
  'avatar-initials',
]);
// An avatar spelling the text's initials is no weak cue: it says the text names someone, even one
// whose given name is also a word somewhere ("Rohit").
const WEAK_CUES: ReadonlySet<NameCue> = new Set(
  ([...LAYOUT_CUES, 'mail-header', 'attribute'] as NameCue[]).filter((cue) => cue !== 'avatar-initials'),
);
/** Cues that only hint at a name: the layout's, a class word, a mail header, an avatar's letters. */
const onlyHinted = (cues: readonly NameCue[]) => cues.every((cue) => WEAK_CUES.has(cue) || cue === 'avatar-initials');
/** A layout name this close to the mark is taken when its neighbours' names are. */
const NEAR_MISS = 0.35;

/** `namesAFile`: the name stands in a file's name on the page (record-subject.ts). */
export function createCandidates(lexicon: NameLexicon, marks: PageMarks, namesAFile: (name: string) => boolean): Candidates {
  const { isOrdinary, hasOrdinaryWord, compoundOfWords } = ordinaryWords(lexicon);
  /**
   * Names that are also words ("Sanne Bakker", "Femke Drost") are names when a given name that is
   * no ordinary word leads family names, or when an address beside them spells them
   * ("femke.drost@..."): "de koster van de kerk" and "Wolf Street" stay words.
   */
  /** Capitalised words led by a given name that is no ordinary word: "Gijs Molenaar", not "Planning Bekijken" or "Bo Smit Bediening". */
  const givenLed = (name: string): boolean => {
    const words = name.split(/[\s,]+/u).filter((word) => word !== '' && !NAME_PARTICLES.has(foldText(word)));
    const first = foldText(words[0] ?? '');
    if (words.length < 2 || lexicon.given(first) === 0 || lexicon.commonWord(first) || !words.every((word) => /^\p{Lu}/u.test(word)))
      return false;
    // One ordinary word may be the family name ("Gijs Molenaar"); a longer title with one is a name and a role ("... Bediening").
    return words.length === 2 || !words.some((word) => isOrdinary(foldText(word)));
  };
  const corroborated = (name: string, anchor: Element): boolean => {
    const all = name.split(/[\s,]+/u).filter((word) => word !== '');
    const isParticle = (word: string | undefined) => word !== undefined && NAME_PARTICLES.has(foldText(word));
    const words = all.filter((word) => !isParticle(word));
    // A word after a particle is a family name, whatever else it means: "Lisa-Marie ten Brink" (set M).
    const afterParticle = new Set(all.filter((_word, at) => isParticle(all[at - 1])));
    // Each part of a double given name is listed: "Lisa-Marie", "Fatima-Zahra".
    const givenFirst = foldText(words[0] ?? '')
      .split('-')
      .every((part) => lexicon.given(part) > 0 && !lexicon.commonWord(part));
    // The curated surnames that are words ("Groen", "Smit") count as family names here.
    const familyAfter = words
      .slice(1)
      .every(
        (word) =>
          /^\p{Lu}/u.test(word) && (lexicon.family(foldText(word)) > 0 || COMMON_WORD_NAMES.has(foldText(word)) || afterParticle.has(word)),
      );
    if (words.length >= 2 && givenFirst && familyAfter) return true;
    const locals = addressesBeside(anchor);
    return words.every((word) => locals.some((local) => local.split(/[^\p{L}\p{N}]+/u).includes(foldText(word))));
  };

  const pending = new Map<Element, { text: string; cues: Set<NameCue>; node: Text | undefined }>();
  const threadHeads = new WeakSet<Element>();
  const guests = new WeakSet<Element>();
  const accepted: HarvestedName[] = [];
  const rowNames: RowName[] = [];
  /** Names taken, in any read so far, on more than a hint of the layout. */
  const vouched = new Set<string>();
  /** Colleagues known only as a thread's authors, with the places marked as theirs. */
  const authorsOnly = new Map<string, Element[]>();
  /** The names heading rows beside a row that holds an applicant (rows-of-applicants.ts), not judged yet, no colleague's. */
  function rowsOfApplicants(found: readonly HarvestedName[]): HarvestedName[] {
    // By word, so that a list of 500 rows asks a few names each, not every name of the page.
    const byWord = new Map<string, string[]>();
    for (const name of [...found.filter((entry) => !onlyHinted(entry.cues)).map((entry) => entry.name), ...vouched])
      for (const word of nameParts(name).words) {
        const names = byWord.get(word);
        if (names === undefined) byWord.set(word, [name]);
        else names.push(name);
      }
    const applicant = (text: string) => nameParts(text).words.some((word) => byWord.get(word)?.some((name) => sameWords(name, text)));
    const taken: HarvestedName[] = [];
    for (const row of rowsBesideApplicant(rowNames.splice(0), applicant)) {
      if (marks.markOf(row.node ?? row.anchor) !== undefined || isStaff(row.text)) continue;
      const verdict = judgeName(row.text, ['field-role'], lexicon);
      if (!verdict.accept || wordCount(verdict.name) < 2) continue;
      marks.mark(row.node ?? row.anchor, { kind: 'name', name: verdict.name });
      taken.push({ name: verdict.name, anchor: row.anchor, cues: ['list-cell'], score: verdict.score });
    }
    return taken;
  }

  function unStaffed(name: string, cues: NameCue[]): boolean {
    const author = [...authorsOnly.keys()].find((known) => sameWords(known, name));
    // A hint is enough where a file on the page bears the name: one who forwards an application does
    // not attach their own cv (a helpdesk's list shows the original sender: set PP, Help Scout).
    if (author === undefined || (onlyHinted(cues) && !namesAFile(author))) return false;
    staffNames.remove(author);
    for (const anchor of authorsOnly.get(author) ?? []) marks.mark(anchor, { kind: 'name', name });
    authorsOnly.delete(author);
    return !isStaff(name);
  }
  const staffNames = createStaffNames();
  const isStaff = staffNames.covers;

  function add(anchor: Element, text: string, cue: NameCue, node?: Text): void {
    const entry = pending.get(anchor);
    if (entry === undefined) return void pending.set(anchor, { text, cues: new Set([cue]), node });
    entry.cues.add(cue);
    // A task's title read whole first ("Screen application – Arjun Ramcharan") names the person it ends in.
    if (text !== entry.text && nameAfterActivity(entry.text) === text) entry.text = text;
  }

  return {
    add,
    author(anchor, text) {
      threadHeads.add(anchor);
      add(anchor, text, 'card-title');
    },
    guest: (anchor) => void guests.add(anchor),
    accept(anchor, name, cue) {
      accepted.push({ name, anchor, cues: [cue], score: 1 });
    },
    staff(name) {
      // Said to be a colleague on its own: no longer only a thread's author.
      for (const author of authorsOnly.keys()) if (sameWords(author, name)) authorsOnly.delete(author);
      staffNames.add(name);
    },
    rowName: (anchor, text, list, node) => void rowNames.push({ anchor, text, list, node }),
    likelyStaff(name) {
      if (isStaff(name)) return;
      authorsOnly.set(name, []);
      staffNames.add(name);
    },
    isStaff,
    isStaffExact: staffNames.isWhole,
    isStaffInitials: staffNames.hasInitials,
    judge() {
      const found: HarvestedName[] = [];
      const namesAt = new Map<string, number>();
      const nearMisses: { anchor: Element; node: Text | undefined; name: string; cues: NameCue[]; score: number }[] = [];
      const authors: { name: string; head: boolean }[] = [];
      for (const [anchor, { text, cues, node }] of pending) {
        if (marks.markOf(anchor)?.kind === 'staff') continue;
        const verdict = judgeName(text, [...cues], lexicon);
        // Where only the layout hints at a name (a card title, a section heading, a link in a
        // list), one word is too little: "Persoon", "Contact" and "Planning" head sections too.
        const layoutOnly = [...cues].every((cue) => LAYOUT_CUES.has(cue));
        // A class word that says "name" on a card's title counts with the layout ("JANSEN, p." among names, set II).
        const carded = cues.has('card-title') && [...cues].every((cue) => LAYOUT_CUES.has(cue) || cue === 'attribute');
        const nearly = givenLed(verdict.name) || (carded && FAMILY_FIRST.test(verdict.name));
        if (!verdict.accept && (layoutOnly || carded) && verdict.score >= NEAR_MISS && nearly && !marks.inNotes(anchor))
          nearMisses.push({ anchor, node, name: verdict.name, cues: [...cues], score: verdict.score });
        // "BPV-aanmeldingen Kok" over a list of students: a word about applications names no one (set U).
        if (!verdict.accept || mentionsApplication(verdict.name)) continue;
        // An author taken for a colleague, now named the applicant on more than a hint (a meeting
        // guest's badge read after their chat messages): the guess is taken back (held-out set R).
        if (isStaff(verdict.name) && !unStaffed(verdict.name, [...cues])) continue;
        if (layoutOnly && wordCount(verdict.name) < 2) continue;
        // Weak cues need words that can be a name: "Vakblad Nieuwsbrief" is a sender, not a person.
        const weakOnly = [...cues].every((cue) => WEAK_CUES.has(cue));
        // "Accountmanager Binnendienst": ordinary words, one of them a compound of two.
        if (weakOnly && compoundOfWords(verdict.name)) continue;
        if (weakOnly && hasOrdinaryWord(verdict.name) && !corroborated(verdict.name, anchor)) {
          if (layoutOnly && givenLed(verdict.name) && !marks.inNotes(anchor))
            nearMisses.push({ anchor, node, name: verdict.name, cues: [...cues], score: verdict.score });
          continue;
        }
        if (weakOnly && wordCount(verdict.name) < 2 && lexicon.given(foldText(verdict.name)) === 0) continue;
        // The first bold name of each note in a notes feed is its author: a colleague, also where a
        // class word says "name" in a thread's head (a chat's message header; not a name field
        // under a "Notities" heading). A name further down a note (an attachment's title, a card
        // the note shares) is not its author.
        // A table's row inside a note is no entry of the feed: a note's schedule of interviews (set Z).
        if (
          (layoutOnly || (threadHeads.has(anchor) && [...cues].every((cue) => cue === 'attribute' || LAYOUT_CUES.has(cue)))) &&
          marks.inNotes(anchor) &&
          !guests.has(anchor) &&
          anchor.closest('td') === null
        ) {
          if (headsItem(anchor) && !forwardedFrom(anchor)) authors.push({ name: verdict.name, head: threadHeads.has(anchor) });
          continue;
        }
        marks.mark(node ?? anchor, { kind: 'name', name: verdict.name });
        found.push({ name: verdict.name, anchor, cues: [...cues], score: verdict.score });
        if (layoutOnly || carded) namesAt.set(placeOf(anchor), (namesAt.get(placeOf(anchor)) ?? 0) + 1);
      }
      // Authors of notes are colleagues, unless the page names them as the applicant too (a reply
      // of the applicant in the thread about them, signed). For the head of a thread's entry only
      // what says "applicant" counts: a class word or a card in a list of the chat's members
      // ("fullName" beside "Beheerder", held-out set P) names the same colleague again.
      for (const author of authors) {
        // A colleague is named in full in the notes too ("@Pieter de Groot kun jij?"): that says nothing.
        const named = accepted.filter((name) => name.cues.some((cue) => cue !== 'introduction'));
        const same = [...found, ...named].filter((name) => sameWords(name.name, author.name));
        // The head of a thread's entry wins over what only hints at a name elsewhere.
        const weak = (name: HarvestedName) => author.head && onlyHinted(name.cues);
        // A name an earlier read took on more than a hint (a meeting's guest badge), or one a file on
        // the page bears (a student's submitted letter, held-out set T), is the applicant writing.
        if (!same.every(weak) || [...vouched].some((name) => sameWords(name, author.name)) || namesAFile(author.name)) continue;
        const anchors = same.map((name) => name.anchor);
        if (!isStaff(author.name)) authorsOnly.set(author.name, anchors);
        staffNames.add(author.name);
        for (const name of same) {
          marks.mark(name.anchor, { kind: 'staff' });
          if (found.includes(name)) found.splice(found.indexOf(name), 1);
        }
      }
      // A card title the lexicon does not know, where the titles of two or more cards alike are
      // names ("Gijs Molenaar" among "Lotte Smit" and "Esther Kok"), is a name too.
      for (const miss of nearMisses) {
        if ((namesAt.get(placeOf(miss.anchor)) ?? 0) < 2 || isStaff(miss.name)) continue;
        marks.mark(miss.node ?? miss.anchor, { kind: 'name', name: miss.name });
        found.push({ anchor: miss.anchor, name: miss.name, cues: miss.cues, score: miss.score });
      }
      for (const name of accepted) if (!isStaff(name.name) && marks.markOf(name.anchor)?.kind !== 'staff') found.push(name);
      if (rowNames.length > 0) found.push(...rowsOfApplicants(found));
      for (const name of found) if (!onlyHinted(name.cues)) vouched.add(name.name);
      pending.clear();
      accepted.length = 0;
      return found;
    },
  };
}
