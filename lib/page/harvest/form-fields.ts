import { roleOfLabel, type FieldRole } from '../../blinding/field-roles';
import { labelOf } from '../labels';
import type { AttributeSignal } from './attribute-roles';
import type { Candidates } from './candidates';
import { NOT_VALUE_INPUTS } from './cue-words';
import type { PageMarks } from './page-marks';
import { CATEGORY_OF_ROLE, MAX_VALUE_LENGTH, NAME_ROLES } from './role-marks';

/**
 * Form fields on a page about a person (an HR form, "add applicant"): what their label or their
 * attributes (autocomplete, name) say they hold. Their values are never written: a marked field
 * gets an opaque mask (lib/page/field-masks.ts). A given and a family name in one form make one
 * name, so it can be found wherever else the page shows it.
 */
export interface FormFieldCounts {
  personalInputs: number;
  nameInputs: number;
}

export interface FormFields {
  read: (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, signal: AttributeSignal) => void;
  /** Offer the names of the forms read so far (at the end of a pass). */
  finish: () => void;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Fields of one value split over several inputs ("Geboortedatum": day, month, year) carry the
 * label of their group: a fieldset's legend, or a group's aria-label or aria-labelledby.
 */
function groupRole(field: Field): FieldRole | undefined {
  const group = field.closest('fieldset, [role="group"]');
  if (group === null) return undefined;
  const labelledBy = group.getAttribute('aria-labelledby');
  const named =
    (group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend')?.textContent : undefined) ??
    group.getAttribute('aria-label') ??
    (labelledBy === null ? undefined : group.ownerDocument.getElementById(labelledBy.split(/\s+/u)[0] ?? '')?.textContent);
  const text = (named ?? '').replace(/\s+/gu, ' ').trim();
  return text === '' || text.length > 60 ? undefined : roleOfLabel(text);
}

export function createFormFields(
  marks: PageMarks,
  candidates: Candidates,
  counts: FormFieldCounts,
  other: (field: Field, role: FieldRole) => void,
): FormFields {
  const names = new Map<Element, { anchor: Element; given?: string; family?: string; full?: string }>();
  // The personal fields read so far, counted again at the end of every pass: a page's script may
  // fill an HR form after it is read ("onboarding" forms load their values after the page).
  const personal = new Set<Field>();
  const nameFields = new Set<Field>();
  const filled = (fields: Set<Field>) => {
    let count = 0;
    for (const field of fields) {
      if (!field.isConnected) fields.delete(field);
      else if (field.value.trim() !== '') count += 1;
    }
    return count;
  };

  function nameOf(field: Field, role: FieldRole, value: string): void {
    // One person per form, except in a grid of records whose rows each hold a person's fields
    // ("Kandidaat", "E-mail", "Telefoon" as inputs in every row: held-out set W, a task's fields).
    const row = field.closest('tr, [role="row"]');
    const record = row !== null && row.querySelectorAll('input, select, textarea').length >= 2 ? row : null;
    const form = record ?? field.closest('form, fieldset, [role="form"], dialog') ?? field.ownerDocument.documentElement;
    const parts = names.get(form) ?? { anchor: field };
    if (role === 'given-name') parts.given ??= value;
    else if (role === 'family-name') parts.family ??= value;
    else parts.full ??= value;
    names.set(form, parts);
  }

  return {
    read(field, signal) {
      if (field.tagName === 'INPUT' && NOT_VALUE_INPUTS.has((field as HTMLInputElement).type)) return;
      const label = labelOf(field);
      const labelRole = label === undefined ? undefined : roleOfLabel(label);
      const role = labelRole ?? signal.role ?? groupRole(field);
      if (role === undefined) return;
      // A visible label that names no role outweighs a class or id word: Odoo's applicant form has
      // `name="name"` on "Onderwerp / Sollicitatienaam", which holds a job title. The field is
      // still masked, but its value is a name only if the lexicon or the shape says so too.
      const weak = label !== undefined && labelRole === undefined && !signal.explicit && role === signal.role;
      // An empty form asks for someone's data (the application form of a posting, a search form):
      // it is masked like a filled one, but only a filled one says the page is about a person.
      if (NAME_ROLES.has(role)) {
        marks.mark(field, { kind: 'category', category: 'names' });
        marks.addPersonal(field);
        personal.add(field);
        nameFields.add(field);
        const value = field.tagName === 'SELECT' ? '' : field.value.replace(/\s+/gu, ' ').trim();
        if (value === '' || value.length > MAX_VALUE_LENGTH) return;
        if (weak) candidates.add(field, value, 'attribute');
        else nameOf(field, role, value);
        return;
      }
      if (role === 'staff-name') return marks.mark(field, { kind: 'staff' });
      if (role === 'initials') {
        // "Voorletters", "Initials": the initials of a name are part of the name, in a field as in text.
        marks.mark(field, { kind: 'category', category: 'names' });
        marks.addPersonal(field);
        personal.add(field);
        return;
      }
      if (role === 'photo') return;
      if (CATEGORY_OF_ROLE[role] !== undefined) personal.add(field);
      other(field, role);
    },
    finish() {
      counts.personalInputs = filled(personal);
      counts.nameInputs = filled(nameFields);
      for (const parts of names.values()) {
        const joined = [parts.given, parts.family].filter((part) => part !== undefined).join(' ');
        for (const name of [parts.full, joined]) if (name !== undefined && name !== '') candidates.add(parts.anchor, name, 'field-role');
      }
      names.clear();
    },
  };
}
