import { squash } from './values';
import { twins } from './structure';

/** The name heading a row of a list whose words say nothing of whom it holds ("Groepshulp · 32 uur"). */
export interface RowName {
  anchor: Element;
  text: string;
  list: Element;
  /** The text node that holds the name, where it stands between the row's other parts. */
  node?: Text;
}

/**
 * Rows alike to one that holds an applicant: when the name heading one row of a list is an
 * applicant's on more than a hint (the record open beside the list, its fields labelled), the
 * names heading the other rows are applicants too. A form's inbox of submissions says nowhere that
 * they are applications (held-out set S, Jotform).
 */
export function rowsBesideApplicant(rows: readonly RowName[], isApplicant: (name: string) => boolean): RowName[] {
  const named = rows.filter((row) => nameLike(row.text) && !inTeamSection(row));
  const lists = new Set<Element>();
  for (const row of named) if (!lists.has(row.list) && isApplicant(row.text)) lists.add(row.list);
  return named.filter((row) => lists.has(row.list));
}

/** A name alone, not a line of a message ("Hi Tomasz, great, I will send …"): few words, no sentence's marks. */
const nameLike = (text: string) => !/[.!?:;]|,.*,/u.test(text) && text.split(/\s+/u).length <= MAX_NAME_WORDS;
const MAX_NAME_WORDS = 5;

/**
 * A list's section that holds the team: a chat console lists its visitors, then "Collega's online"
 * and the colleagues in rows alike (held-out set NN, a live chat). Read back from the row to the
 * nearest line that is no row.
 */
const TEAM_SECTION = /^(?:collega['’]?s|colleagues|team(?:leden)?|team members|operators|agents|medewerkers)(?:[ \t(]|$)/iu;
const MAX_SECTION_LINE = 40;
const MAX_ROWS_BACK = 60;

function inTeamSection({ anchor, list }: RowName): boolean {
  let row = anchor;
  while (row.parentElement !== null && row.parentElement !== list) row = row.parentElement;
  return underTeamSection(row);
}

/** The row stands under a line of its list that says the rows after it are the team's ("Collega's online"). */
export function underTeamSection(row: Element): boolean {
  let back = 0;
  for (
    let before = row.previousElementSibling;
    before !== null && back < MAX_ROWS_BACK;
    before = before.previousElementSibling, back += 1
  ) {
    if (twins(before, row)) continue;
    const line = squash(before.textContent);
    return line.length <= MAX_SECTION_LINE && TEAM_SECTION.test(line);
  }
  return false;
}
