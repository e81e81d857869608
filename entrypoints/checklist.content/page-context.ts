/** Which checklist items fit the page: vacancy work, screening applicants, or general. */
export type PageContext = 'vacancy' | 'screening' | 'general';

/** Pages about applicants: lists, profiles, application inboxes (nl and en words in the URL). */
const SCREENING_PATH = /kandida|sollicita|candidate|applicant|application|pipeline|talent/i;
/** Pages about vacancies: job ads, their editors, internship offers. */
const VACANCY_PATH = /vacature|vacanc|\bjobs?\b|job-|posting|stage|internship|editor|werkenbij|careers?/i;

/** Marks that ATS pages (and our demo pages) put on their content. */
const SCREENING_MARKS = ['[data-candidate-id]', '[data-field="candidate-name"]'];
const VACANCY_MARKS = ['[data-field="vacancy-text"]', '[data-editor]', '[itemtype$="JobPosting"]'];

/**
 * Decide from the URL and a few cheap selectors (no text analysis): applicant pages come first,
 * because an applicant page often also names the vacancy.
 */
export function detectPageContext(url: string, doc: Document): PageContext {
  let path = '';
  try {
    const parsed = new URL(url);
    path = `${parsed.hostname}${parsed.pathname}`;
  } catch {
    path = '';
  }
  if (SCREENING_MARKS.some((selector) => doc.querySelector(selector)) || SCREENING_PATH.test(path)) return 'screening';
  if (VACANCY_MARKS.some((selector) => doc.querySelector(selector)) || VACANCY_PATH.test(path)) return 'vacancy';
  return 'general';
}
