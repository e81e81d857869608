/**
 * Lists that name the employer's team rather than applicants: the owner of a shared calendar or
 * mailbox, the members of a group chat the user is in, and the hosts and members of a meeting.
 */
import { squash } from './values';

/** The part a leaf gives first: "Host" of "Host · teamleider Etten-Leur". */
const firstPartOf = (leaf: Element): string =>
  squash(leaf.textContent)
    .split(/[·|•,]/u)[0]!
    .trim();
const PEOPLE_LIST = 'ul, ol, [role="list"], [role="listbox"], table, [role="grid"]';

/** A member's part in a meeting's or workspace's list of people ("Member", "Host"); a guest's is none of these. */
const MEMBER_ROLE =
  /^(?:host|co-?host|member|organi[sz]er|organisator|moderator|owner|eigenaar|admin|beheerder|lid|presenter|presentator)$/iu;
/** A leaf that says someone's part in a meeting or a workspace first: "Host", "Host · teamleider Etten-Leur". */
export const memberRole = (leaf: Element): boolean => {
  const role = firstPartOf(leaf);
  return MEMBER_ROLE.test(role) || (ATTENDEE_ROLE.test(role) && listNamesAGuest(leaf));
};
/**
 * "Attendee" is everyone's part in some meetings, the applicant's too; where the list marks one
 * person as its guest ("Hamid Karimi (Guest)", held-out set CC, a video call's people), the
 * attendees are the team.
 */
const ATTENDEE_ROLE = /^(?:attendee|participant|deelnemer|panelist|panellid|interviewer)$/iu;
const GUEST_MARK = /\((?:guest|gast|extern(?:al|e)?)\)|(?:^|[·|•,] ?)(?:guest|gast|extern(?:al|e)?)(?:$| ?[·|•,])/imu;
const listNamesAGuest = (leaf: Element): boolean => {
  const list = leaf.closest(PEOPLE_LIST);
  if (list === null) return false;
  let guest = guestLists.get(list);
  if (guest === undefined) guestLists.set(list, (guest = [...list.children].some((item) => GUEST_MARK.test(squash(item.textContent)))));
  return guest;
};
const guestLists = new WeakMap<Element, boolean>();

const GUEST_PART = /^(?:guest|gast|extern(?:al|e)?)$/iu;
/** A leaf that says its person is the guest of a list whose other people include a host or member. */
export function guestAmongMembers(leaf: Element): boolean {
  if (!GUEST_PART.test(firstPartOf(leaf))) return false;
  const list = leaf.closest(PEOPLE_LIST);
  return (
    list !== null && [...list.querySelectorAll('*')].some((part) => part.childElementCount === 0 && MEMBER_ROLE.test(firstPartOf(part)))
  );
}

/** An avatar's letters are this short. */
const MAX_AVATAR_TEXT = 3;
/**
 * A person's name as a text of its own, with at most an avatar's letters or an icon before, and
 * the leaf right after it that may say their part: "Jasper Kuijpers<small>Host · teamleider</small>",
 * "<span class=av>TK</span>Tomasz Kowalczyk" (the account in a mail's header).
 */
export function nameAfterAvatar(element: Element): { name: string; part: Element | undefined } | undefined {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const name = squash(child.textContent);
      if (name === '') continue;
      const part = child.nextSibling;
      return { name, part: part?.nodeType === 1 && (part as Element).childElementCount === 0 ? (part as Element) : undefined };
    }
    if (child.nodeType !== 1 || (child as Element).childElementCount > 0 || squash(child.textContent).length > MAX_AVATAR_TEXT)
      return undefined;
  }
  return undefined;
}

// A colleague's shared calendar, mailbox or folder: "Roos Hendriks – Agenda", "Agenda van Roos
// Hendriks", "Priya's calendar" in a mail or calendar app's folder list (held-out set P, Tuta).
const WORKSPACE = String.raw`(?:[Aa]genda|[Kk]alender|[Cc]alendar|[Pp]ostvak(?: IN| in)?|[Ii]nbox|[Mm]ailbox|[Pp]ostbus|[Dd]rive|[Bb]estanden|[Ff]iles|[Tt]aken|[Tt]asks|[Pp]lanning)`;
const WORKSPACE_WORD = new RegExp(WORKSPACE, 'u');
const OWNER_FIRST = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Ll}{1,3} ){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:['’]s? | [–—·|:-] )${WORKSPACE}$`,
  'u',
);
const OWNER_AFTER = new RegExp(
  String.raw`^${WORKSPACE} (?:van|of) (\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Ll}{1,3} ){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,3})$`,
  'u',
);

/** The owner, by full name, of a shared calendar, mailbox or folder named by its line, or undefined. */
export function ownerOfAWorkspace(text: string): string | undefined {
  // Asked of every short text of the page: the word first, the name patterns only after it.
  if (text.length > 80 || !WORKSPACE_WORD.test(text)) return undefined;
  const owner = (OWNER_FIRST.exec(text) ?? OWNER_AFTER.exec(text))?.[1];
  // A single word is as likely a team's or a topic's calendar ("Werving – Agenda").
  return owner?.includes(' ') ? owner : undefined;
}

// A group chat's members with the signed-in user among them: "Gülşen Aksoy, Merel Bosch, Milan
// Soekhai, Jij" under a team group's name (WhatsApp, held-out set Q). An unsaved number may stand among them.
const YOU = /^(?:jij|jijzelf|u|you|ik|me)$/iu;
const MEMBER = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}$/u;
const PHONE_NUMBER = /^\+?[\d\s()-]{8,20}$/u;
const MAX_MEMBERS_TEXT = 400;

/** The other members named in a list of a group's members that includes "Jij"/"You", else none. */
export function groupMembers(text: string): string[] {
  if (text.length > MAX_MEMBERS_TEXT || !text.includes(',')) return [];
  const parts = text.split(/\s*,\s*/u).filter((part) => !PHONE_NUMBER.test(part));
  const others = parts.filter((part) => !YOU.test(part));
  if (others.length < 2 || others.length === parts.length || !others.every((part) => MEMBER.test(part))) return [];
  return others;
}
