import { roleOfLabel } from '../../blinding/field-roles';
import { foldText } from '../../blinding/text-fold';
import { columnHeader } from '../labels';
import type { Candidates } from './candidates';
import { nameParts, initialsOf } from './staff';
import { inBanner } from './chrome';

/**
 * Initials avatars stand for a person. An applicant's are hidden like a photo; a colleague's stay
 * readable (only applicants are hidden): the assignee's "FJ" after "Toegewezen aan" or in an
 * "Eigenaar" column, the signed-in user's in the page's header, an avatar whose tooltip names a
 * colleague, or the initials of a colleague that no applicant on the page shares.
 */
export interface Avatars {
  /** An initials avatar seen during the pass; decided at its end, when colleagues are known. */
  offer: (avatar: Element) => void;
  /** Applicants found: their initials are theirs, whoever else shares them. */
  applicant: (name: string) => void;
  /** Colleagues named by owner-labelled avatars' tooltips (before names are judged). */
  colleagues: (staff: (name: string, node: Element) => void) => void;
  /** The avatars that stand for applicants, and those of colleagues. */
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

/** The name an avatar's tooltip gives: its own title or label, or its parent's. */
function tooltipName(avatar: Element): string | undefined {
  for (let current: Element | null = avatar, depth = 0; current !== null && depth < 2; depth += 1, current = current.parentElement) {
    const said = squash(current.getAttribute('title') ?? current.getAttribute('aria-label'));
    if (said !== '' && said.length <= 60 && !said.includes('@')) return said;
  }
  return undefined;
}

/** "Toegewezen aan Floor Jacobs", "Owner: Floor Jacobs": a tooltip that names a colleague by their role. */
function ownerInTooltip(said: string): string | undefined {
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

export function createAvatars(candidates: Candidates): Avatars {
  const seen = new Set<Element>();
  const applicantLetters = new Set<string>();
  const kept = new Set<Element>();
  return {
    offer: (avatar) => void seen.add(avatar),
    applicant(name) {
      // "SE" for "Soufiane El Amrani": an avatar may count the particle too.
      const withParticles = foldText(name)
        .split(/[^\p{L}]+/u)
        .filter((word) => word !== '');
      for (const letters of [...initialsOf(nameParts(name).words), ...initialsOf(withParticles)]) applicantLetters.add(letters);
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
          (candidates.isStaffInitials(letters) && !applicantLetters.has(letters));
        (colleague ? colleagues : applicants).push(avatar);
      }
      seen.clear();
      kept.clear();
      return { applicants, colleagues };
    },
  };
}
