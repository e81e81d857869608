import type { KnownName } from '../../lib/blinding/name-matcher';
import { distinctiveParts, parseName } from '../../lib/blinding/names';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/**
 * The applicants on this page: names the page's structure gave (lib/page/harvest) and, on a known
 * site, names from the adapter's fields. Held only in the content script's memory: a name is needed
 * to find it in free text, and leaves this script only as an HMAC key (applicant-key.ts).
 */
export interface Applicant {
  /** Local id for this page session ("a3"), passed to the detector as the range's applicantKey. */
  readonly localId: string;
  /** The name the pseudonym is keyed from: the first full form seen. */
  readonly name: string;
  /** Other forms of the same name on the page ("Fatima" in a greeting, "Benali, Fatima"). */
  readonly aliases: Set<string>;
  /** HMAC key, once computed. */
  key?: string;
  /** Pseudonym number from the background, once known. */
  number?: number;
  /** Containers (rows, cards, the profile) that belong to this applicant. */
  readonly containers: Set<Element>;
  revealed: boolean;
}

/** Every form of an applicant's name the page showed, the first full form first. */
export const namesOfApplicant = (applicant: Applicant | undefined): string[] =>
  applicant === undefined ? [] : [applicant.name, ...applicant.aliases];

export interface ApplicantBook {
  readonly all: readonly Applicant[];
  /** Read names from the adapter's name fields in `root`; returns the applicants seen for the first time. */
  harvest: (root: ParentNode) => Applicant[];
  /**
   * Names the page's structure gave, each with the row, card or pane it stands in; a spelling of
   * a name in another script ("ዮናስ ተስፋይ" beside "Yonas Tesfay") names the same applicant.
   */
  add: (names: readonly { name: string; container?: Element; spellingOf?: string }[]) => Applicant[];
  byLocalId: (localId: string) => Applicant | undefined;
  /** The applicant known by this name or one of its forms. */
  forName: (name: string) => Applicant | undefined;
  /** The applicant a container (or anything inside it) belongs to. */
  forElement: (element: Element) => Applicant | undefined;
  /** Every form of every name, for the detector. */
  knownNames: () => KnownName[];
  /** Forget the applicants `isColleague` picks out (page-pipeline.ts, when a page becomes an applicant page). */
  forget: (isColleague: (applicant: Applicant) => boolean) => void;
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

const identityOf = (name: string) => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();

/**
 * `judge` weighs a name an adapter's selector found, returning the name as it should be
 * registered, or undefined when it is none: the generic mode applies every site's selectors to any
 * page, and there ".name-link" is as often a file's link as a candidate's name.
 */
export function createApplicantBook(
  adapter: ScreeningAdapter,
  originalText: (element: Element) => string,
  judge?: (name: string) => string | undefined,
): ApplicantBook {
  const all: Applicant[] = [];
  const byName = new Map<string, Applicant>();
  const byLocal = new Map<string, Applicant>();
  const byContainer = new WeakMap<Element, Applicant>();
  const partsOf = new Map<Applicant, Set<string>>();
  /** Each applicant's place in `all`: a burst of rows sharing given names compares hundreds. */
  const order = new Map<Applicant, number>();
  const nameSelector = combineSelectors(adapter.names);
  const containerSelector = combineSelectors(adapter.containers);

  /** Applicants by each distinctive part of their name, so a new name is compared with few. */
  const byPart = new Map<string, Applicant[]>();
  /** Applicants ever added: local ids stay unique when one is forgotten. */
  let added = 0;

  /** An applicant whose name has the same parts, or all of this one's ("Fatima" of "Fatima Benali"). */
  function sameness(parts: Set<string>): Applicant | undefined {
    // Either set holds the other, so a match shares at least one part: only those are compared.
    const sharing = new Set<Applicant>();
    for (const part of parts) for (const applicant of byPart.get(part) ?? []) sharing.add(applicant);
    let first: Applicant | undefined;
    for (const applicant of sharing) {
      const known = partsOf.get(applicant)!;
      const [small, large] = parts.size <= known.size ? [parts, known] : [known, parts];
      if (![...small].every((part) => large.has(part))) continue;
      // The earliest applicant wins, as it did when all were compared in order.
      if (first === undefined || order.get(applicant)! < order.get(first)!) first = applicant;
    }
    return first;
  }

  function addName(name: string, container: Element | null | undefined, fresh: Applicant[]): void {
    const identity = identityOf(name);
    let applicant = byName.get(identity);
    if (applicant === undefined) {
      const parts = new Set(distinctiveParts(parseName(name)));
      applicant = sameness(parts);
      if (applicant === undefined) {
        added += 1;
        applicant = { localId: `a${added}`, name, aliases: new Set(), containers: new Set(), revealed: false };
        order.set(applicant, added);
        all.push(applicant);
        byLocal.set(applicant.localId, applicant);
        partsOf.set(applicant, parts);
        for (const part of parts) {
          const holders = byPart.get(part);
          if (holders === undefined) byPart.set(part, [applicant]);
          else holders.push(applicant);
        }
        fresh.push(applicant);
      } else {
        applicant.aliases.add(name);
        fresh.push(applicant);
      }
      byName.set(identity, applicant);
    }
    if (container !== null && container !== undefined && !byContainer.has(container)) {
      applicant.containers.add(container);
      byContainer.set(container, applicant);
    }
  }

  const judged = new WeakMap<Element, string>();
  function harvest(root: ParentNode): Applicant[] {
    if (nameSelector === '') return [];
    const fields: Element[] = [];
    if (root.nodeType === 1 && (root as Element).matches(nameSelector)) fields.push(root as Element);
    fields.push(...root.querySelectorAll(nameSelector));
    const fresh: Applicant[] = [];
    for (const field of fields) {
      const text = originalText(field).replace(/\s+/gu, ' ').trim();
      // A long page's fields are read once while it is parsed and again when all of it is in.
      if (judged.get(field) === text) continue;
      judged.set(field, text);
      const name = judge === undefined ? text : judge(text);
      if (name === undefined || !plausibleName(name)) continue;
      addName(name, containerSelector === '' ? null : field.closest(containerSelector), fresh);
    }
    return fresh;
  }

  return {
    all,
    harvest,
    add(names) {
      const fresh: Applicant[] = [];
      for (const { name, container, spellingOf } of names) {
        const same = spellingOf === undefined ? undefined : byName.get(identityOf(spellingOf));
        if (same !== undefined) {
          same.aliases.add(name);
          byName.set(identityOf(name), same);
        } else if (plausibleName(name)) addName(name, container, fresh);
      }
      return fresh;
    },
    byLocalId: (localId) => byLocal.get(localId),
    forName: (name) => byName.get(identityOf(name)),
    forElement(element) {
      for (let current: Element | null = element; current !== null; current = current.parentElement) {
        const applicant = byContainer.get(current);
        if (applicant !== undefined) return applicant;
      }
      return undefined;
    },
    knownNames() {
      const names: KnownName[] = [];
      for (const applicant of all) {
        names.push({ name: applicant.name, applicantKey: applicant.localId });
        for (const alias of applicant.aliases) names.push({ name: alias, applicantKey: applicant.localId });
      }
      return names;
    },
    forget(isColleague) {
      for (const applicant of all.filter(isColleague)) {
        all.splice(all.indexOf(applicant), 1);
        byLocal.delete(applicant.localId);
        for (const [identity, holder] of byName) if (holder === applicant) byName.delete(identity);
        for (const part of partsOf.get(applicant) ?? [])
          byPart.set(
            part,
            byPart.get(part)!.filter((holder) => holder !== applicant),
          );
        for (const container of applicant.containers) byContainer.delete(container);
        partsOf.delete(applicant);
        order.delete(applicant);
      }
    },
    containerSelector,
    nameSelector,
  };
}
