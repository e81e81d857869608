import { createApplicantBook, type ApplicantBook } from '../../../entrypoints/screening.content/applicants';
import { MARKER_CATEGORIES, type MarkerCategory } from '../../../lib/blinding/categories';
import type { ScreeningAdapter } from '../../../lib/sites/screening-adapters/schema';

/** A minimal adapter: applicant cards `.card` with a `.name`, and a `.vacancy` title. */
export const testAdapter: ScreeningAdapter = {
  id: 'test',
  label: 'Test',
  matches: [],
  names: ['.name'],
  containers: ['.card'],
  photos: [],
  fields: [],
  notes: [],
  vacancyTitle: ['.vacancy'],
  attributes: [],
  reference: 'unit test',
};

/** Put `markup` in the document and harvest its applicants, as the content script does. */
export function pageWith(markup: string): ApplicantBook {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const book = createApplicantBook(testAdapter, (element) => element.textContent ?? '');
  book.harvest(document);
  return book;
}

export const ALL_CATEGORIES = new Set<MarkerCategory>(MARKER_CATEGORIES);
