import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/**
 * The applicants on this page, as read from the adapter's name fields. Held only in the content
 * script's memory: the name is needed to find it in free text, and leaves this script only as an
 * HMAC key (applicant-key.ts).
 */
export interface Applicant {
  /** Local id for this page session ("a3"), passed to the detector as the range's applicantKey. */
  readonly localId: string;
  readonly name: string;
  /** HMAC key, once computed. */
  key?: string;
  /** Pseudonym number from the background, once known. */
  number?: number;
  /** Containers (rows, cards, the profile) that belong to this applicant. */
  readonly containers: Set<Element>;
  revealed: boolean;
}

export interface ApplicantBook {
  readonly all: readonly Applicant[];
  /** Read names from the name fields in `root`; returns the applicants seen for the first time. */
  harvest: (root: ParentNode) => Applicant[];
  byLocalId: (localId: string) => Applicant | undefined;
  /** The applicant a container (or anything inside it) belongs to. */
  forElement: (element: Element) => Applicant | undefined;
  /** Combined selectors, or '' when the adapter has none. */
  readonly containerSelector: string;
  readonly nameSelector: string;
}

/** A name field must look like a name: letters, not a sentence, not an address. */
export function plausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 100 || !/\p{L}/u.test(text) || /[@:/\\]/u.test(text)) return false;
  return text.split(' ').length <= 8;
}

/** Joins selectors into one list, dropping those this browser cannot parse (logged by the canary). */
export function combineSelectors(selectors: readonly string[], doc: Document = document): string {
  return selectors.filter((selector) => isValidSelector(selector, doc)).join(',');
}

function isValidSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function createApplicantBook(adapter: ScreeningAdapter, originalText: (element: Element) => string): ApplicantBook {
  const all: Applicant[] = [];
  const byName = new Map<string, Applicant>();
  const byLocal = new Map<string, Applicant>();
  const byContainer = new WeakMap<Element, Applicant>();
  const nameSelector = combineSelectors(adapter.names);
  const containerSelector = combineSelectors(adapter.containers);

  function harvest(root: ParentNode): Applicant[] {
    if (nameSelector === '') return [];
    const fields: Element[] = [];
    if (root.nodeType === 1 && (root as Element).matches(nameSelector)) fields.push(root as Element);
    fields.push(...root.querySelectorAll(nameSelector));
    const found: Applicant[] = [];
    for (const field of fields) {
      const name = originalText(field).replace(/\s+/gu, ' ').trim();
      if (!plausibleName(name)) continue;
      const identity = name.normalize('NFC').toLocaleLowerCase();
      let applicant = byName.get(identity);
      if (applicant === undefined) {
        applicant = { localId: `a${all.length + 1}`, name, containers: new Set(), revealed: false };
        all.push(applicant);
        byName.set(identity, applicant);
        byLocal.set(applicant.localId, applicant);
        found.push(applicant);
      }
      const container = containerSelector === '' ? null : field.closest(containerSelector);
      if (container !== null && !byContainer.has(container)) {
        applicant.containers.add(container);
        byContainer.set(container, applicant);
      }
    }
    return found;
  }

  return {
    all,
    harvest,
    byLocalId: (localId) => byLocal.get(localId),
    forElement(element) {
      if (containerSelector === '') return undefined;
      for (
        let container = element.closest(containerSelector);
        container !== null;
        container = container.parentElement?.closest(containerSelector) ?? null
      ) {
        const applicant = byContainer.get(container);
        if (applicant !== undefined) return applicant;
      }
      return undefined;
    },
    containerSelector,
    nameSelector,
  };
}
