/**
 * The heading of a record in an ATS or CRM names the person the record is about, beside the
 * record's number: "<h1>Olena Kravets</h1> <span>ID 71904</span>", "<h1>Olena Kravets #71904</h1>".
 * A short, name-shaped text in another script beside it ("Олена Кравець") is another spelling of
 * that name. The page's other signals still decide whether the page is about
 * applicants (page-role.ts); this only points at where the record's name stands.
 */
const RECORD_ID = /^(?:(?:id|nr|no|ref|record|dossier|kandidaat|candidate|sollicitant|applicant)\b\.?\s*:?\s*)?#?\s*[A-Z]{0,3}-?\d{3,}$/iu;
const TRAILING_ID = /\s*(?:\(\s*(?:(?:id|nr|no)\b\.?:?\s*)?#?\d{3,}\s*\)|#\s*\d{3,}|\b(?:id|nr|no)\b\.?:?\s*#?\d{3,})$/iu;
const LATIN = /\p{Script=Latin}/u;
/** A name spelled out, in any script: letters, spaces, hyphens and apostrophes. */
const NAME_SHAPED = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){1,4}$/u;
const MAX_SIBLINGS = 6;

export interface RecordName {
  anchor: Element;
  text: string;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** The names a record heading gives: its own text, and other spellings beside it. */
export function recordHeadingNames(heading: Element): RecordName[] {
  const own = squash(heading.textContent);
  if (own === '' || own.length > 80) return [];
  const parent = heading.parentElement;
  const siblings =
    parent === null || parent.childElementCount > MAX_SIBLINGS ? [] : [...parent.children].filter((child) => child !== heading);
  const stripped = own.replace(TRAILING_ID, '');
  const besideId = siblings.some((sibling) => RECORD_ID.test(squash(sibling.textContent)));
  if (stripped === own && !besideId) return [];
  const names: RecordName[] = [{ anchor: heading, text: stripped }];
  for (const sibling of siblings) {
    const text = squash(sibling.textContent);
    // Only a spelling in another script: a status beside the heading ("In behandeling") is no name.
    if (sibling.childElementCount === 0 && NAME_SHAPED.test(text) && LATIN.test(text) !== LATIN.test(stripped))
      names.push({ anchor: sibling, text });
  }
  return names;
}
