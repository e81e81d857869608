import { browser } from 'wxt/browser';
import { localDay } from '../../lib/db/activity';
import { hash53 } from '../../lib/wording/fingerprint';

/**
 * "Vacancies checked" counts vacancies, not page loads: a reload or a second visit of the same
 * vacancy on the same day is one check. The pages counted today are kept as hashes of their URL in
 * session storage (gone when the browser closes), never as URLs.
 */
const KEY = 'countedVacancyPages';
const MAX_PAGES_PER_DAY = 5000;

interface CountedPages {
  day: string;
  hashes: string[];
}

/** The page a URL shows: without its fragment, which only scrolls. */
function pageOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** True the first time a page is reported today; remembers it. */
export async function isFirstCountToday(url: string, now = new Date()): Promise<boolean> {
  const day = localDay(now);
  const stored = (await browser.storage.session.get(KEY))[KEY] as CountedPages | undefined;
  const today = stored?.day === day && Array.isArray(stored.hashes) ? stored : { day, hashes: [] };
  const hash = hash53(pageOf(url));
  if (today.hashes.includes(hash)) return false;
  const hashes = [...today.hashes, hash].slice(-MAX_PAGES_PER_DAY);
  await browser.storage.session.set({ [KEY]: { day, hashes } });
  return true;
}
