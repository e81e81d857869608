import { mentionsApplicant, roleOfAttributeTokens, type FieldRole } from '../../blinding/field-roles';

/**
 * What an element's own attributes say it holds: class, id, itemprop, autocomplete, name and the
 * data-* attributes (their names and values), and a custom element's tag name, read with the pure
 * core's token rules. Pages repeat
 * the same class strings on every row, so answers are remembered per string.
 */
export interface AttributeSignal {
  role: FieldRole | undefined;
  /** itemprop or autocomplete said it: as good as a visible label. */
  explicit: boolean;
  /** The element is about one applicant ("candidate-card", "data-applicant-id"). */
  applicant: boolean;
}

const NONE: AttributeSignal = { role: undefined, explicit: false, applicant: false };
const APPLICANT: AttributeSignal = { role: undefined, explicit: false, applicant: true };
const roles = new Map<string, FieldRole | null>();
const applicantWords = new Map<string, boolean>();
const REMEMBERED = 4096;

function roleOf(value: string): FieldRole | undefined {
  let role = roles.get(value);
  if (role === undefined) {
    if (roles.size > REMEMBERED) roles.clear();
    role = roleOfAttributeTokens(value) ?? null;
    roles.set(value, role);
  }
  return role ?? undefined;
}

function aboutApplicant(value: string): boolean {
  let found = applicantWords.get(value);
  if (found === undefined) {
    if (applicantWords.size > REMEMBERED) applicantWords.clear();
    found = mentionsApplicant(value);
    applicantWords.set(value, found);
  }
  return found;
}

const EXPLICIT = ['itemprop', 'autocomplete'];
const OWN = ['class', 'id', 'name', 'data-testid', 'data-test', 'data-qa', 'data-field', 'data-ui', 'data-role'];

export function attributeSignal(element: Element): AttributeSignal {
  // A custom element's name is the component's own word for it: <rt-candidate-card>, <applicant-row>,
  // and what it shows: <ui5-avatar> draws a person's initials or photo in its shadow root.
  const custom = element.localName.includes('-');
  const customTag = custom && aboutApplicant(element.localName);
  let role: FieldRole | undefined = custom ? roleOf(element.localName) : undefined;
  if (element.attributes.length === 0)
    return role !== undefined ? { role, explicit: false, applicant: customTag } : customTag ? APPLICANT : NONE;
  let explicit = false;
  let applicant = customTag;
  for (const name of EXPLICIT) {
    const value = element.getAttribute(name);
    if (value === null || value === '' || value === 'off' || value === 'on') continue;
    role ??= roleOf(value);
    if (role !== undefined) explicit = true;
  }
  for (const attribute of element.attributes) {
    const name = attribute.name;
    if (!OWN.includes(name) && !name.startsWith('data-')) continue;
    const value = attribute.value;
    if (name.startsWith('data-')) {
      // The attribute's own name can say it: data-candidate-id, data-applicant.
      const bare = name.slice(5);
      if (!applicant && aboutApplicant(bare)) applicant = true;
      if (value === '' || value.length > 80) continue;
    }
    if (role === undefined) role = roleOf(value);
    if (!applicant && aboutApplicant(value)) applicant = true;
  }
  return role === undefined && !applicant ? NONE : { role, explicit, applicant };
}
