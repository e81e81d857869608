import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/**
 * The id criteria and scores are filed under when the page shows no vacancy title: one set per
 * site (the background files everything by the sender's site). Never text from the URL: on a
 * profile page the path holds the applicant's name (/in/jan-de-vries-123), and this id is sent,
 * stored as a database key, written into backups and shown in the panel.
 */
export const NO_VACANCY_TITLE = '—';

/**
 * Which vacancy the criteria and scores belong to: the vacancy title as the site adapter finds it
 * on the page, passed through the note masker (`maskNote`, which masks every harvested name, also a
 * revealed one, and throws while the masking rules are not ready). Only the panel needs it, so it
 * lives in the panel script, not in the start-up script
 * (docs/decisions.md#screening-start-up-size).
 */
export function vacancyIdOf(adapter: ScreeningAdapter, maskNote: (text: string) => string, doc: Document = document): string {
  const selector = adapter.vacancyTitle.join(',');
  let title = '';
  try {
    title = selector === '' ? '' : (doc.querySelector(selector)?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  } catch {
    title = '';
  }
  if (title === '') return NO_VACANCY_TITLE;
  return maskNote(title).replace(/\s+/gu, ' ').trim().slice(0, 200) || NO_VACANCY_TITLE;
}
