import type { FieldRole } from '../../blinding/field-roles';
import type { HarvestedName } from './candidates';
import { DETAIL_PANES } from './values';

/**
 * A given name and a family name in fields of their own ("Voornaam" and "Achternaam" columns of
 * a sheet, or fields of one form) are one person. The whole name goes to the applicant book
 * before its parts, so both parts get that person's pseudonym instead of one each.
 */
export interface SplitNames {
  note: (role: FieldRole, anchor: Element, text: string) => void;
  /** The judged names, with each record's whole name before them. */
  join: (judged: HarvestedName[]) => HarvestedName[];
}

const RECORDS = `tr, [role="row"], ${DETAIL_PANES}`;

export function createSplitNames(): SplitNames {
  const parts = new Map<Element, { given?: Element; family?: Element }>();

  return {
    note(role, anchor, text) {
      if ((role !== 'given-name' && role !== 'family-name') || text === '') return;
      const record = anchor.closest(RECORDS);
      if (record === null) return;
      const entry = parts.get(record) ?? {};
      entry[role === 'given-name' ? 'given' : 'family'] = anchor;
      parts.set(record, entry);
    },
    join(judged) {
      const byAnchor = new Map(judged.map((name) => [name.anchor, name]));
      const whole: HarvestedName[] = [];
      for (const { given, family } of parts.values()) {
        const first = given === undefined ? undefined : byAnchor.get(given);
        const last = family === undefined ? undefined : byAnchor.get(family);
        if (first === undefined || last === undefined) continue;
        whole.push({ ...first, name: `${first.name} ${last.name}`, score: Math.max(first.score, last.score) });
      }
      parts.clear();
      return whole.length === 0 ? judged : [...whole, ...judged];
    },
  };
}
