import type { Candidates } from './candidates';
import { FORWARDED_FROM, MAIL_ROW_PARTS } from './cue-words';
import type { PageMarks } from './page-marks';
import { NAME_SHAPED } from './role-marks';

/**
 * A thread of comments about an applicant, without a "Notities" heading to say so: entries of one
 * shape, each with a short head (its author and a date or time) and a body of running text that
 * speaks about someone ("Hij heeft ...", "Called Mr. Dimitrov", "@Tom can you ..."), or whose head
 * says a note was written ("commented", "plaatste een opmerking"). Such a thread is a recruiter's
 * notes: gendered pronouns in it are hidden, and the names heading its entries are its authors,
 * colleagues who stay readable. Mail (an address, a recipient line), list rows and table rows are
 * never a thread.
 */
const ENTRY_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION']);
const NOT_A_THREAD = 'a, table, [role="listbox"], [role="option"], [role="grid"], [role="treegrid"], [role="row"], [role="table"]';
const TIME_STAMP =
  /(?:\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b|\b(?:gisteren|vandaag|eergisteren|yesterday|today)\b|\b\d+\s*(?:min(?:uten|utes)?|uur|u|dagen|dag|weken|week|hours?|days?|weeks?)\s+(?:geleden|ago)\b)/iu;
// A pronoun may open a sentence: "Haar cv staat in de map"; before a hyphen it is part of a word
// ("Zij-instromer", a card's tag on a board in held-out set HH).
const ABOUT_SOMEONE =
  /(?:\b(?:[Hh]ij|[Zz]ij|[Hh]em|[Hh]aar|[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b(?![-‐‑])|(?:^|[^\p{L}])(?:[Dd]hr|[Mm]evr|[Mm]w|M[rs]s?)\.?\s+\p{Lu}|@\p{Lu})/u;
const NOTE_ACTION =
  /\b(?:commented|wrote|replied|added a (?:note|comment)|left a (?:note|comment)|plaatste|schreef|reageerde|voegde|heeft (?:een )?(?:notitie|opmerking|reactie)|notitie|opmerking|comment|note)\b/iu;
const MAIL_SIGNS = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.\p{L}|(?:^|\s)(?:aan|to|cc|van|from)\s*:/iu;
const SENTENCE_END = /\p{Ll}[.!?](?:\s|$)/u;
const CUT_OFF = /(?:…|\.\.\.)$/u;
const HEAD_LENGTH = 160;
const TIME_AT_END = /\b\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm))?(?:\s*[✓✔]{1,2})?$/u;
const TAIL_LENGTH = 24;
/** A chat bubble is a message, not a column of a page that happens to end in a time. */
const MAX_BUBBLE = 800;
const MIN_BODY = 25;
const MAX_ENTRY = 4000;
const ENTRIES_READ = 8;
const MAX_ENTRY_ELEMENTS = 60;

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

interface Entry {
  /** The entry's head names a note being written. */
  action: boolean;
  /** The body speaks about a third person. */
  aboutSomeone: boolean;
  /** The body is written in sentences, not a row of values. */
  prose: boolean;
  /** The body is cut off ("…"): a mail list's preview of a message, not a comment. */
  preview: boolean;
}

/**
 * The entry's texts joined with spaces, or undefined past the limit: a chat draws author, time and
 * message in elements side by side ("Pieter de Groot", "09:12", "Morgen!"), with no space between.
 */
function spacedText(entry: Element): string | undefined {
  let text = '';
  const walker = entry.ownerDocument.createTreeWalker(entry, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    text += ` ${node.textContent ?? ''}`;
    if (text.length > MAX_ENTRY * 2) return undefined;
  }
  return squash(text);
}

/** True when the element holds more than `limit` elements; counts no further (a column may hold thousands). */
function holdsMoreElements(element: Element, limit: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT);
  let count = 0;
  while (walker.nextNode() !== null) if ((count += 1) > limit) return true;
  return false;
}

/** Two or more children alike (tag and class) that each hold elements of their own: cards, not the parts of a message. */
function holdsCards(entry: Element): boolean {
  const seen = new Set<string>();
  for (const child of entry.children) {
    const kind = child.getAttribute('class') ?? '';
    if (kind === '' || child.childElementCount === 0) continue;
    const key = `${child.tagName} ${kind}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** One entry: a head with a time in its first line, then running text. */
function readEntry(entry: Element): Entry | undefined {
  // A column of the page's layout (a chat app's list of chats beside its messages) holds many entries
  // of its own; a lane of a board holds cards (held-out set HH, a Talentech pipeline).
  if (holdsMoreElements(entry, MAX_ENTRY_ELEMENTS) || holdsCards(entry)) return undefined;
  const text = spacedText(entry);
  if (text === undefined || text.length < MIN_BODY || text.length > MAX_ENTRY) return undefined;
  // A chat bubble ends in its time (Telegram, WhatsApp: "... een proefdag. 09:40 ✓✓"), after its author and text.
  const timeAtEnd = text.length <= MAX_BUBBLE ? TIME_AT_END.exec(text.slice(-TAIL_LENGTH)) : null;
  const time =
    timeAtEnd !== null
      ? null
      : (TIME_STAMP.exec(text.slice(0, HEAD_LENGTH)) ?? (entry.querySelector('time') === null ? null : { index: 0, 0: '' }));
  if (time === null && timeAtEnd === null) return undefined;
  const timeEnd = time === null ? 0 : time.index + time[0].length;
  if (MAIL_SIGNS.test(text.slice(0, timeEnd + 40)) || entry.querySelector(MAIL_ROW_PARTS) !== null) return undefined;
  const body = time === null ? text.slice(0, text.length - (timeAtEnd?.[0].length ?? 0)) : text.slice(timeEnd);
  if (body.length < MIN_BODY || body.split(' ').length < 5) return undefined;
  return {
    action: NOTE_ACTION.test(text.slice(0, timeEnd)),
    aboutSomeone: ABOUT_SOMEONE.test(body),
    prose: SENTENCE_END.test(body),
    preview: CUT_OFF.test(body),
  };
}

/**
 * True when the children of `container` are the entries of a comment thread: entries that speak
 * about someone or say a note was written, or (`byColleague`) entries one of whose authors is a
 * known colleague (a task's comments in Asana, held-out set N: "Liked the writing sample").
 */
export function isCommentThread(container: Element, byColleague?: (name: string) => boolean): boolean {
  const first = firstEntry(container);
  if (first === undefined || !ENTRY_TAGS.has(first.tagName)) return false;
  if (container.closest(NOT_A_THREAD) !== null || first.getAttribute('role') === 'row' || first.getAttribute('role') === 'option')
    return false;
  let entries = 0;
  let signs = 0;
  let prose = 0;
  let previews = 0;
  let child: Element | null = first;
  for (let read = 0; child !== null && read < ENTRIES_READ; read += 1, child = child.nextElementSibling) {
    const entry = readEntry(child);
    if (entry === undefined) continue;
    entries += 1;
    if (entry.action || entry.aboutSomeone) signs += 1;
    if (entry.prose) prose += 1;
    if (entry.preview) previews += 1;
  }
  // An inbox's rows end in a preview cut off with an ellipsis (Tuta, held-out set II): mails, not comments.
  if (entries < 2 || previews * 2 >= entries) return false;
  // Rows of values with a date and an assignee are no thread: a colleague's entries are written in sentences.
  if (signs >= 1) return true;
  return byColleague !== undefined && prose >= 2 && threadAuthors(container).some((author) => byColleague(squash(author.textContent)));
}

/**
 * A chat's day separator before its messages ("Vandaag", "Dinsdag 14 januari"), or the bar that
 * names a topic and its day ("werving > Monteur E-installaties – kandidaten · di 18 mrt": Zulip, set T).
 */
const MAX_SEPARATOR = 80;

/** A line before a chat's messages: its day, or what the system says happened, in one sentence. */
function leadLine(child: Element): boolean {
  if (child.childElementCount > 1) return false;
  const text = squash(child.textContent);
  if (text.length <= MAX_SEPARATOR && TIME_STAMP.test(text)) return true;
  return child.childElementCount === 0 && text.length <= MAX_SYSTEM_LINE && SYSTEM_LINE.test(text);
}
const MAX_SYSTEM_LINE = 160;
const SYSTEM_LINE = /^\S+(?:\s+\S+){3,}[.!]$/u;

/**
 * The first of two children of one shape next to each other, after at most a day separator. A list
 * under a header of its own is no thread: its header says what the rows are, a separator when.
 */
function firstEntry(container: Element): Element | undefined {
  let child = container.firstElementChild;
  // A day separator, then maybe a system line ("Marloes heeft Wei toegevoegd.", held-out set R).
  for (let skipped = 0; child !== null && skipped < 2 && leadLine(child); skipped += 1) child = child.nextElementSibling;
  if (child != null && alikeNext(child)) return child;
  // Entries that call themselves comments may follow a panel's other parts: "<div class=comment>Ingrid
  // Smit · vandaag 10:12<br>Mooi portfolio, zijn …" under a file's details and tabs (held-out set OO).
  for (let read = 0; child != null && read < MAX_PARTS_BEFORE; read += 1, child = child.nextElementSibling)
    if (COMMENT_KIND.test(kindOf(child)) && alikeNext(child)) return child;
  return undefined;
}
const MAX_PARTS_BEFORE = 12;
const COMMENT_KIND = /(?:^|[-_])(?:comments?|notes?|remarks?|opmerkingen|opmerking|notities|notitie|reacties|reactie)(?:$|[-_])/iu;
const alikeNext = (child: Element) => {
  const next = child.nextElementSibling;
  return next !== null && child.tagName === next.tagName && kindOf(child) === kindOf(next);
};

/**
 * An entry's kind: its first class word. A chat adds words for the message's place in a run
 * ("Message own first-in-group", "Message last-in-group"), not for another kind of entry.
 */
const kindOf = (element: Element): string => (element.getAttribute('class') ?? '').trim().split(/\s+/u)[0] ?? '';

const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
const MAX_AUTHORS = 50;

/** The element naming each entry's author: the first name-shaped text of its head, before the time. */
function threadAuthors(container: Element): Element[] {
  const authors: Element[] = [];
  for (let entry = container.firstElementChild; entry !== null && authors.length < MAX_AUTHORS; entry = entry.nextElementSibling) {
    // A message of one's own has no author line: a contact card or a file it shares is no author.
    if (readEntry(entry)?.prose !== true) continue;
    const walker = entry.ownerDocument.createTreeWalker(entry, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), seen = 0; node !== null && seen < 6; node = walker.nextNode()) {
      const text = squash(node.textContent);
      if (text === '' || INITIALS.test(text)) continue;
      seen += 1;
      // "Doorgestuurd van Ilias Bouchtaoui": the name after it wrote the forwarded message, not this one.
      if ((TIME_STAMP.test(text) && !NAME_SHAPED.test(text)) || FORWARDED_FROM.test(text)) break;
      if (NAME_SHAPED.test(text) && node.parentElement !== null) {
        authors.push(node.parentElement);
        break;
      }
    }
  }
  return authors;
}

/** A badge after an author's name that makes them the host of a call, event or chat. */
const HOST_BADGE =
  /^\(?(?:host|co-?host|organi[sz]er|organisator|moderator|presenter|presentator|gastheer|gastvrouw|recruiter|interviewer)\)?$/iu;

function hostBadge(author: Element): boolean {
  const badge = author.nextElementSibling ?? author.firstElementChild;
  return badge !== null && HOST_BADGE.test(squash(badge.textContent));
}

export interface ThreadReader {
  /** A thread of comments without a heading that says so is notes too: marks it, and passes on its authors. */
  read: (element: Element) => void;
  /**
   * The thread an entry added on its own may belong to (a chat's new message). Its parent is asked
   * once per number of children, not once for every entry of a burst.
   */
  readAround: (entry: Element) => void;
}

/**
 * Authors are offered as such: candidates.ts takes the first name of each entry as its author, a
 * colleague, unless the page names them as an applicant too.
 */
export function createThreadReader(
  marks: Pick<PageMarks, 'inNotes' | 'addNotes'>,
  candidates: Pick<Candidates, 'author' | 'guest' | 'isStaff'>,
): ThreadReader {
  const asked = new WeakMap<Element, number>();
  const read = (element: Element) => {
    if (element.childElementCount < 2 || marks.inNotes(element) || !isCommentThread(element, candidates.isStaff)) return;
    marks.addNotes(element);
    const authors = threadAuthors(element);
    // Where some authors carry a host's badge ("Maaike Brouwer Host"), those without one are the
    // guests of the call or event: the people interviewed, not colleagues (held-out set FF, Livestorm).
    const badged = authors.filter(hostBadge);
    for (const author of authors)
      if (badged.length === 0 || badged.includes(author)) candidates.author(author, squash(author.textContent));
      else candidates.guest(author);
  };
  return {
    read,
    readAround(entry) {
      const parent = entry.parentElement;
      if (parent === null || asked.get(parent) === parent.childElementCount) return;
      asked.set(parent, parent.childElementCount);
      read(parent);
    },
  };
}
