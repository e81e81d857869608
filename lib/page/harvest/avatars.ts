import { roleOfLabel } from '../../blinding/field-roles';
import { foldText } from '../../blinding/text-fold';
import { columnHeader } from '../labels';
import type { Candidates } from './candidates';
import { nameParts, initialsOf } from './staff';
import { inBanner } from './chrome';
import { otherRowInList } from './row-topic';
import { onACallTile } from './initials';
import { itemOf } from './structure';
import { NAME_SHAPED } from './role-marks';

/**
 * Initials avatars stand for a person. An applicant's are hidden like a photo; a colleague's stay
 * readable (only applicants are hidden): the assignee's "FJ" after "Toegewezen aan" or in an
 * "Eigenaar" column, the signed-in user's in the page's header, an avatar whose tooltip names a
 * colleague, the initials of a colleague that no applicant on the page shares, or those heading a
 * mail on another subject.
 */
export interface Avatars {
  /** An initials avatar seen during the pass; decided at its end, when colleagues are known. */
  offer: (avatar: Element) => void;
  /**
   * A photo seen during the pass. Its alt text may name a person: the text beside it that repeats
   * that name is a name, and the photo is the applicant's once the name is one.
   */
  photo: (image: Element) => void;
  /** Applicants found: their initials are theirs, whoever else shares them. */
  applicant: (name: string) => void;
  /** Colleagues named by owner-labelled avatars' tooltips (before names are judged). */
  colleagues: (staff: (name: string, node: Element) => void) => void;
  /** The avatars and named photos that stand for applicants, and the avatars of colleagues. */
  take: () => { applicants: Element[]; colleagues: Element[] };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
const MAX_LABEL = 40;

/** The short text just before an element in its parent ("Toegewezen aan"); a longer text is no label. */
function textBefore(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node !== null; node = node.previousSibling) {
    text = `${node.textContent ?? ''} ${text}`;
    if (text.length > MAX_LABEL) return '';
  }
  return squash(text);
}

/** A label of a colleague just before the avatar or over its column ("Eigenaar", "Owner:"). */
function ownerLabelled(avatar: Element): boolean {
  const before = textBefore(avatar).replace(/[:：]$/u, '');
  const tail = before.split(/[.!?|•·]\s*/u).pop() ?? '';
  if (tail !== '' && roleOfLabel(tail) === 'staff-name') return true;
  const cell = avatar.closest('td, [role="gridcell"], [role="cell"]');
  const header = cell === null ? undefined : columnHeader(cell);
  return header !== undefined && roleOfLabel(header) === 'staff-name';
}

/**
 * The name an avatar's tooltip gives: its own title or label, or its parent's. An address after the
 * name is left off ("Henk Visser · henk@visser-installatie.example", held-out set U, Tally).
 */
function tooltipName(avatar: Element): string | undefined {
  for (let current: Element | null = avatar, depth = 0; current !== null && depth < 2; depth += 1, current = current.parentElement) {
    // A wrapper's label is the avatar's; a pane's ("Customer" over a helpdesk's side panel, set QQ) is not.
    if (depth > 0 && current.childElementCount > 2) break;
    const said = squash(current.getAttribute('title') ?? current.getAttribute('aria-label')).replace(ADDRESS_AFTER, '');
    if (said !== '' && said.length <= 60 && !said.includes('@')) return said;
  }
  return undefined;
}
const SELF_MARKED = /^(\p{Lu}.{1,58}?)\s*\((?:you|jij|ik|me|mij|u|yourself)\)$/iu;
const ADDRESS_AFTER = /\s*(?:[·•|–—(<-]|\s)\s*[^\s@]+@\S+\s*[)>]?$/u;

/**
 * "Toegewezen aan Floor Jacobs", "Owner: Floor Jacobs": a tooltip that names a colleague by their
 * role; "Youssef Amrani (you)" names the signed-in user (held-out set X, Spike).
 */
function ownerInTooltip(said: string): string | undefined {
  const self = SELF_MARKED.exec(said)?.[1];
  if (self !== undefined) return self;
  const words = said.split(' ');
  for (let count = 1; count <= 3 && count < words.length; count += 1) {
    const label = words
      .slice(0, count)
      .join(' ')
      .replace(/[:：]$/u, '');
    if (roleOfLabel(label) === 'staff-name') return words.slice(count).join(' ');
  }
  return undefined;
}

/**
 * The text beside a photo that repeats its alt text: "<img alt="Ama Owusu"> <b>Ama Owusu</b>" in a
 * call's tile or a knock dialog (held-out set T, Whereby). A bounded look in its parent and grandparent.
 */
function textBesidePhoto(image: Element, alt: string): Element | undefined {
  for (let box = image.parentElement, level = 0; box !== null && level < 2; box = box.parentElement, level += 1) {
    if (box.childElementCount > MAX_BESIDE) return undefined;
    const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), read = 0; node !== null && read < MAX_BESIDE * 3; node = walker.nextNode(), read += 1)
      if (squash(node.textContent) === alt && node.parentElement !== null) return node.parentElement;
  }
  return undefined;
}
const MAX_BESIDE = 6;

/**
 * A thumbnail over or beside a portrait's file name: "pasfoto_kimberley.jpg" after an attachment's
 * image, "pasfoto_samira_bouzerda.jpg · gedeeld door …" under a chat's shared media (set AA).
 */
function portraitCaption(image: Element): boolean {
  const captions = [image.nextSibling, image.parentElement?.nextElementSibling ?? null];
  return captions.some((caption) => caption != null && PORTRAIT_FILE.test(squash(caption.textContent).slice(0, MAX_CAPTION)));
}
const MAX_CAPTION = 80;
const PORTRAIT_FILE =
  /^(?:pas|profiel|profile[ _-]?)?(?:foto|photo|portret|portrait|headshot|selfie)[^\s/]*\.(?:jpe?g|png|webp|heic|gif)(?![\p{L}])/iu;
const PICTURE_OF =
  /^(?:(?:pas|profiel|profile )?(?:foto|photo|picture|afbeelding|image|video|avatar)(?:[ \t]+(?:van|of))?)[ \t]+(?=\p{Lu})/iu;

/** The avatar heads a row on another subject among applications: the sender's, not an applicant's (set S, Nextcloud Mail). */
function inOtherRow(avatar: Element): boolean {
  const row = itemOf(avatar);
  return row !== undefined && row !== avatar && otherRowInList(row);
}
const MAX_NAMED_PHOTOS = 500;

export function createAvatars(candidates: Candidates): Avatars {
  const seen = new Set<Element>();
  const applicantLetters = new Set<string>();
  const kept = new Set<Element>();
  /** Photos by the name their alt text gives, until that name is an applicant's; applicants' names. */
  const namedPhotos = new Map<string, Element[]>();
  const applicantNames = new Set<string>();
  /** Photos whose caption is a portrait's file name: someone's, and on an applicant page an applicant's. */
  let portraits: Element[] = [];
  return {
    offer: (avatar) => void seen.add(avatar),
    photo(image) {
      if (portraitCaption(image)) portraits.push(image);
      // "Pasfoto Ilayda Demir", "Video van Oleksandr Bondar" on a call's tile drawn as role="img" (held-out set U).
      const alt = squash(image.getAttribute('alt') ?? image.getAttribute('aria-label')).replace(PICTURE_OF, '');
      if (!NAME_SHAPED.test(alt) || namedPhotos.size >= MAX_NAMED_PHOTOS) return;
      const key = foldText(alt);
      namedPhotos.set(key, [...(namedPhotos.get(key) ?? []), image]);
      const beside = textBesidePhoto(image, alt);
      // A photo naming the text is as good as an avatar spelling it.
      if (beside !== undefined) candidates.add(beside, alt, 'avatar-initials');
    },
    applicant(name) {
      applicantNames.add(foldText(name));
      // "SE" for "Soufiane El Amrani": an avatar may count the particle too.
      const withParticles = foldText(name)
        .split(/[^\p{L}]+/u)
        .filter((word) => word !== '');
      for (const letters of [...initialsOf(nameParts(name).words), ...initialsOf(withParticles)]) applicantLetters.add(letters);
      // "FE" for "Fatima-Zahra El Amrani": the given name and the first word of a family name with a particle (set W).
      const spaced = foldText(name).split(/\s+/u);
      if (spaced.length >= 3) applicantLetters.add(`${[...spaced[0]!][0]}${[...spaced[1]!][0]}`);
    },
    colleagues(staff) {
      for (const avatar of seen) {
        const said = tooltipName(avatar);
        const owner = said === undefined ? undefined : ownerInTooltip(said);
        if (owner !== undefined) {
          kept.add(avatar);
          staff(owner, avatar);
        } else if (inBanner(avatar) || ownerLabelled(avatar)) {
          kept.add(avatar);
          if (said !== undefined) staff(said, avatar);
        }
      }
    },
    take() {
      const applicants: Element[] = [];
      const colleagues: Element[] = [];
      for (const avatar of seen) {
        const letters = foldText(squash(avatar.textContent)).replace(/[^\p{L}]/gu, '');
        const said = tooltipName(avatar);
        const colleague =
          kept.has(avatar) ||
          inBanner(avatar) ||
          ownerLabelled(avatar) ||
          (said !== undefined && candidates.isStaff(said)) ||
          (candidates.isStaffInitials(letters) && !applicantLetters.has(letters)) ||
          (!applicantLetters.has(letters) && (inOtherRow(avatar) || onACallTile(avatar)));
        (colleague ? colleagues : applicants).push(avatar);
      }
      seen.clear();
      kept.clear();
      applicants.push(...portraits);
      portraits = [];
      for (const [name, photos] of namedPhotos)
        if (applicantNames.has(name)) {
          applicants.push(...photos);
          namedPhotos.delete(name);
        }
      return { applicants, colleagues };
    },
  };
}
