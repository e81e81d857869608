import type { MarkerDetector } from '../../lib/blinding/detect';
import type { MarkerRange } from '../../lib/blinding/marker-range';
import { addressAtAWorkplace, blockOfWorkDetails } from '../../lib/blinding/workplace-address';
import { isInline } from '../../lib/page/harvest/block-text';
import { isHeading } from '../../lib/page/harvest/structure';
import { squash } from '../../lib/page/harvest/values';

/** A block longer than this is running text, not a header's or a card's details. */
const MAX_BLOCK_TEXT = 400;
/** A record (a card, a row) around the block is this short; a longer ancestor is the page's layout. */
const MAX_RECORD_TEXT = 600;
const RECORD_LEVELS = 3;
const RECORD_BOUNDS = 'section, article, aside, header, main, form, dialog, li, tr, [role="row"], [role="listitem"], [role="article"]';

/**
 * True for an address of the employer on an applicant page (lib/blinding/workplace-address.ts):
 * placed at a venue by its sentence, or in a short block of a vacancy's or company's details
 * that, with the record around it, names no applicant. An applicant's card that lists their
 * address beside "32 uur" names them, so their address stays hidden.
 */
/** A side panel's part about the firm: "Organisatie" over "Team", "Operator" and "Locatie" (held-out set LL, a live chat). */
const FIRM_HEADING =
  /^(?:organisatie|organisation|organization|bedrijf|bedrijfsgegevens|company|werkgever|employer|vestiging|ons bedrijf)$/iu;

/** The short part of a record, around `block`, that a heading opens with the firm's own word for itself. */
function partHeadedByTheFirm(block: Element): Element | undefined {
  let part: Element | null = block.parentElement;
  for (let level = 0; part !== null && level < RECORD_LEVELS; level += 1, part = part.parentElement) {
    const first = part.firstElementChild;
    if (first !== null && first !== block && isHeading(first)) return FIRM_HEADING.test(squash(first.textContent)) ? part : undefined;
  }
  return undefined;
}

export function createEmployerAddress(
  detect: MarkerDetector,
  originalText: (element: Element) => string,
): (read: string, range: MarkerRange, owner: Element) => boolean {
  // A known applicant's name, also where it runs into a marker beside it and their union took its category.
  const namesAnApplicant = (text: string) => detect(text).some((range) => range.applicantKey !== undefined);

  /** A block's text with its lines apart: "Woonstichting De Linie<br>t.a.v. ..." reads as two lines. */
  function linesOf(block: Element): string {
    const parts: string[] = [];
    for (let child = block.firstChild; child !== null; child = child.nextSibling)
      parts.push(child.nodeType === 1 ? originalText(child as Element) : (child.textContent ?? ''));
    return squash(parts.join(' '));
  }

  function detailsBlock(owner: Element): boolean {
    let block: Element | null = owner;
    while (block !== null && isInline(block)) block = block.parentElement;
    if (block === null) return false;
    const text = linesOf(block);
    if (text.length > MAX_BLOCK_TEXT) return false;
    // The firm's part of a side panel is a record of its own, whatever stands beside it.
    const firmPart = partHeadedByTheFirm(block);
    if (firmPart !== undefined) return !namesAnApplicant(linesOf(firmPart));
    if (!blockOfWorkDetails(text) || namesAnApplicant(text)) return false;
    let record = block.parentElement;
    for (let level = 0; record !== null && level < RECORD_LEVELS; level += 1, record = record.parentElement) {
      const recordText = linesOf(record);
      if (recordText.length > MAX_RECORD_TEXT) break;
      if (namesAnApplicant(recordText)) return false;
      // A section, an article or a row is a record of its own: what stands beside it is another's.
      if (record.matches(RECORD_BOUNDS)) break;
    }
    return true;
  }

  return (read, range, owner) => addressAtAWorkplace(read, range.start, range.end) || detailsBlock(owner);
}
