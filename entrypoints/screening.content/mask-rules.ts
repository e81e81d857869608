import { CATEGORY_MASKS, PRONOUN_MASKS, type MarkerCategory } from '../../lib/blinding/categories';
import { createMarkerDetector, type MarkerDetector } from '../../lib/blinding/detect';
import type { MarkerRange } from '../../lib/blinding/marker-range';
import type { Locale } from '../../lib/i18n/locale';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';
import type { ApplicantBook } from './applicants';
import { combineSelectors } from './applicants';
import { pseudonymText } from './pseudonym-text';

/**
 * What the page shows instead of a marker: "Kandidaat 7" for a known applicant's name (or the
 * neutral "Kandidaat …" until the background has given the number), "[e-mail]" and the like for
 * the other categories, a neutral pronoun in notes. Compiled again whenever new names appear.
 */
export interface MaskRules {
  mask: (text: string, owner: Element, kind: 'text' | 'attribute' | 'href') => string | undefined;
  ranges: (text: string, owner: Element, kind?: 'text' | 'attribute' | 'href') => MarkerRange[];
  /**
   * Text the recruiter typed (a note, a criterion label, a reveal reason), masked before it is
   * sent and stored: with every harvested name, also a revealed one (a reveal shows a name on
   * the page, it does not make it storable), and with names masked even if the site does not
   * hide them.
   */
  maskNote: (text: string) => string;
}

export interface MaskRulesOptions {
  adapter: ScreeningAdapter;
  applicants: ApplicantBook;
  hidden: ReadonlySet<MarkerCategory>;
  locale: Locale;
}

const WHOLE_TEXT = /\S(?:[\s\S]*\S)?/u;

export function createMaskRules({ adapter, applicants, hidden, locale }: MaskRulesOptions): MaskRules {
  const names = applicants.all.map((applicant) => ({ name: applicant.name, applicantKey: applicant.localId }));
  const detect: MarkerDetector = createMarkerDetector({ names, categories: hidden });
  const detectInNotes: MarkerDetector = createMarkerDetector({ names, categories: hidden, pronouns: true });
  const detectForStorage: MarkerDetector = createMarkerDetector({
    names,
    categories: new Set<MarkerCategory>([...hidden, 'names']),
    pronouns: true,
  });
  const fields = adapter.fields.filter((field) => hidden.has(field.category));
  const fieldSelector = combineSelectors(fields.map((field) => field.selector));
  const notesSelector = combineSelectors(adapter.notes);
  const anyRevealed = applicants.all.some((applicant) => applicant.revealed);

  function isRevealedAt(owner: Element): boolean {
    return anyRevealed && applicants.forElement(owner)?.revealed === true;
  }

  function wholeFieldCategory(owner: Element): MarkerCategory | undefined {
    if (fieldSelector === '') return undefined;
    const field = owner.closest(fieldSelector);
    if (field === null) return undefined;
    return fields.find((entry) => field.matches(entry.selector))?.category;
  }

  function ranges(text: string, owner: Element, kind: 'text' | 'attribute' | 'href' = 'text'): MarkerRange[] {
    if (isRevealedAt(owner)) return [];
    // A link keeps its scheme ("mailto:"): only the address part inside it is masked.
    const category = kind === 'href' ? undefined : wholeFieldCategory(owner);
    if (category !== undefined) {
      const match = WHOLE_TEXT.exec(text);
      if (match !== null) return [{ start: match.index, end: match.index + match[0].length, category }];
    }
    const inNotes = notesSelector !== '' && owner.closest(notesSelector) !== null;
    return (inNotes ? detectInNotes : detect)(text).filter((range) => {
      // A revealed applicant's name may show anywhere on the page.
      if (range.category !== 'names' || range.applicantKey === undefined) return true;
      return applicants.byLocalId(range.applicantKey)?.revealed !== true;
    });
  }

  function mask(text: string, owner: Element, kind: 'text' | 'attribute' | 'href'): string | undefined {
    const found = ranges(text, owner, kind);
    if (found.length === 0) return undefined;
    return applyRanges(text, found, kind);
  }

  function applyRanges(text: string, found: readonly MarkerRange[], kind: 'text' | 'attribute' | 'href'): string {
    let result = '';
    let cursor = 0;
    for (const range of found) {
      result += text.slice(cursor, range.start);
      result += replacement(range, kind);
      cursor = range.end;
    }
    return result + text.slice(cursor);
  }

  function replacement(range: MarkerRange, kind: 'text' | 'attribute' | 'href'): string {
    if (kind === 'href') return encodeURIComponent(CATEGORY_MASKS[range.category][locale]);
    if (range.pronoun !== undefined) return PRONOUN_MASKS[range.pronoun][locale];
    if (range.category === 'names') {
      const applicant = range.applicantKey === undefined ? undefined : applicants.byLocalId(range.applicantKey);
      if (applicant !== undefined) return pseudonymText(applicant.number, locale);
    }
    return CATEGORY_MASKS[range.category][locale];
  }

  function maskNote(text: string): string {
    const found = detectForStorage(text);
    return found.length === 0 ? text : applyRanges(text, found, 'text');
  }

  return { mask, ranges, maskNote };
}
