/**
 * Finds what to check on a page: blocks of vacancy text (highlighted with ranges), text fields
 * (textarea/input, overlay) and rich-text editors (contenteditable, ranges). Uses the site's
 * adapter first and falls back to the generic finder
 * (docs/decisions.md#site-adapters-then-generic). Reads the DOM only.
 */
import { RICH_TEXT_EDITORS } from './editors';
import type { VacancyAdapter } from './schema';

export interface VacancyTargets {
  blocks: Element[];
  fields: (HTMLTextAreaElement | HTMLInputElement)[];
  editables: HTMLElement[];
  /** How the targets were found: the adapter's id or "generic". */
  source: string;
}

/** Words that make a block look like a vacancy (Dutch and English). */
const VACANCY_CUES =
  /\b(vacature|stage|stagiair|functie|profiel|wij zoeken|we zoeken|solliciteer|werkzaamheden|wat bieden|wat vragen|kandidaat|job|vacancy|internship|requirements|responsibilities|we offer|apply|candidate)\b/gi;

const NOT_CONTENT = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    try {
      found.push(...root.querySelectorAll(selector));
    } catch {
      // An invalid selector in an adapter is caught by its unit test; never break the page here.
    }
  }
  return found;
}

function firstMatching(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    try {
      const element = root.querySelector(selector);
      if (element && (element.textContent ?? '').trim() !== '') return element;
    } catch {
      // see queryAll
    }
  }
  return undefined;
}

/** Drop elements that are inside another element of the list (an editor inside an editor). */
function outermost<T extends Element>(elements: readonly T[]): T[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && other.contains(element)));
}

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && (element as HTMLInputElement).type === 'text';
}

function isEditable(element: Element): boolean {
  return (element as HTMLElement).isContentEditable === true;
}

function isUsableField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  return !field.disabled && field.type !== 'password' && field.type !== 'hidden';
}

/** Split editor matches into fields and contenteditable roots; iframes give their body. */
function splitEditors(elements: readonly Element[]): Pick<VacancyTargets, 'fields' | 'editables'> {
  const fields: (HTMLTextAreaElement | HTMLInputElement)[] = [];
  const editables: HTMLElement[] = [];
  for (const element of elements) {
    if (isTextField(element)) {
      if (isUsableField(element)) fields.push(element);
    } else if (element.tagName === 'IFRAME') {
      // TinyMCE and friends edit inside a same-origin iframe; a cross-origin one throws or is null.
      try {
        const body = (element as HTMLIFrameElement).contentDocument?.body;
        if (body?.isContentEditable) editables.push(body);
      } catch {
        // cross-origin: not ours to read
      }
    } else if ((element as HTMLElement).isContentEditable) {
      editables.push(element as HTMLElement);
    }
  }
  return { fields: outermost(fields), editables: outermost(editables) };
}

/**
 * The largest block of vacancy-like text: every paragraph and list item adds its length to its
 * parent and grandparent, vacancy words count extra, page chrome (nav, footer, forms) is left out.
 */
export function largestVacancyBlock(doc: Document): Element | undefined {
  const scores = new Map<Element, number>();
  for (const item of doc.body?.querySelectorAll('p, li, dd') ?? []) {
    if (item.closest(NOT_CONTENT) || isEditable(item)) continue;
    const text = item.textContent ?? '';
    if (text.trim().length < 20) continue;
    const cues = text.match(VACANCY_CUES)?.length ?? 0;
    const score = text.length + cues * 80;
    let ancestor = item.parentElement;
    for (let depth = 0; ancestor && depth < 2; depth++, ancestor = ancestor.parentElement) {
      if (ancestor === doc.body) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / (depth + 1));
    }
  }
  let best: Element | undefined;
  let bestScore = 250;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** A JobPosting's description (schema.org microdata or the common ATS data attribute). */
const STRUCTURED_CONTENT = ['[itemtype$="JobPosting"] [itemprop="description"]', '[data-field="vacancy-text"]'];

export function findGenericTargets(doc: Document, ignore?: (element: Element) => boolean): VacancyTargets {
  const editors = queryAll(doc, RICH_TEXT_EDITORS).filter((element) => !ignore?.(element));
  const { fields, editables } = splitEditors(editors);
  const structured = firstMatching(doc, STRUCTURED_CONTENT);
  const main = structured ?? firstMatching(doc, ['main article', 'article', 'main', '[role="main"]']);
  const block = main && (main.textContent ?? '').trim().length >= 200 ? main : (largestVacancyBlock(doc) ?? main);
  const blocks = block && !isEditable(block) && !ignore?.(block) ? [block] : [];
  return { blocks, fields: fields.filter((f) => !blocks.some((b) => b.contains(f))), editables, source: 'generic' };
}

/** The targets for a page, from its adapter when it matches something, else generic. */
export function findTargets(
  doc: Document,
  adapter: VacancyAdapter | undefined,
  ignore?: (element: Element) => boolean,
): VacancyTargets & { stale: boolean } {
  if (adapter) {
    const block = firstMatching(doc, adapter.content);
    const editors = queryAll(doc, adapter.editors).filter((element) => !ignore?.(element));
    const { fields, editables } = splitEditors(editors);
    if (block || fields.length > 0 || editables.length > 0) {
      const blocks = block && !isEditable(block) && !editables.some((e) => e.contains(block)) ? [block] : [];
      return { blocks, fields, editables, source: adapter.id, stale: false };
    }
    return { ...findGenericTargets(doc, ignore), stale: true };
  }
  return { ...findGenericTargets(doc, ignore), stale: false };
}

/** Build the element filter for text collection: adapter excludes plus the caller's own UI. */
export function excludeFilter(adapter: VacancyAdapter | undefined, ignore?: (element: Element) => boolean): (element: Element) => boolean {
  const selectors = adapter?.exclude ?? [];
  return (element) => {
    if (ignore?.(element)) return true;
    for (const selector of selectors) {
      try {
        if (element.matches(selector)) return true;
      } catch {
        // invalid selector: ignored, see queryAll
      }
    }
    return false;
  };
}
