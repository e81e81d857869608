/**
 * What says a page is a vacancy: a posting's structured data, apply buttons, a posting's headings,
 * and an editor holding vacancy text or a vacancy's fields (lib/page/page-role.ts weighs them).
 */

// Dutch postings say "wij" and "we" alike: "Wat bieden wij?", "Wat bieden we?", "Wat we bieden";
// and "Dit ga je doen", "Dit breng je mee", "Dit krijg je" (an ATS's editor, held-out set T).
const VACANCY_HEADINGS =
  /\b(?:(?:wat|dit) ga je doen|dit breng je mee|dit krijg je|dit bieden (?:wij|we)|dit vragen (?:wij|we)|wat (?:vragen|bieden|verwachten) (?:wij|we)|wat (?:wij|we) (?:vragen|bieden|verwachten)|wie zoeken (?:wij|we)|wie ben (?:jij|je)|wat krijg je|wat neem je mee|wij bieden|wat je meebrengt|functie-?eisen|functieomschrijving|jouw profiel|over de functie|over de stage|jouw taken|jouw werkzaamheden|arbeidsvoorwaarden|requirements|responsibilities|what you(?:'ll| will)? do|what we offer|about the role|your profile|qualifications|who you are)\b/iu;
const APPLY =
  /^\s*(?:nu |direct |meteen )?(?:solliciteer|solliciteren|reageer|reageren|apply|apply now|apply for this (?:job|position)|verstuur (?:je |jouw )?sollicitatie|sollicitatie versturen|submit (?:your )?application|send (?:your )?application)\b/iu;

export interface VacancySignals {
  /** schema.org JobPosting in JSON-LD or microdata. */
  jobPosting: boolean;
  applyButtons: number;
  vacancyHeadings: number;
  /** An editable field or area holding vacancy text (an ATS vacancy editor). */
  vacancyEditor: boolean;
}

// The fields of a vacancy editor, by their labels: a form to write a vacancy in, even an empty one
// (Umbraco's property labels in shadow roots, held-out set R). "Functie" or "Vacature" alone is
// also the job an applicant applied for.
// A label may carry a note in brackets ("Vacaturetekst (HTML)", "Salaris (tekst)": a Drupal editor,
// held-out set GG). "Hours per week" and "Application URL": a job marketing tool's campaign (set HH, Vonq).
const VACANCY_FIELD =
  /^(?:functietitel|vacaturetitel|vacaturetekst|vacatureomschrijving|functieomschrijving|functie-eisen|salaris|salarisindicatie|salarisschaal|standplaats|sluitingsdatum|publicatiedatum|uren per week|soort dienstverband|sollicitatielink|job title|job description|salary range|closing date|employment type|hours per week|application url|apply url|vacancy title)(?:\s*\([^()]{1,20}\))?\s*[:*]?$/iu;
const VACANCY_EDITOR_FIELDS = 3;
const MAX_SHADOW_ROOTS = 200;
const MAX_SHADOW_LEAVES = 60;

/** Distinct vacancy field labels among the document's labels and the short leaves of its shadow roots. */
function vacancyFieldLabels(doc: Document, shadowRoots: readonly ShadowRoot[]): number {
  const labels = new Set<string>();
  const read = (element: Element) => {
    const text = (element.textContent ?? '').trim();
    if (text.length < 40 && VACANCY_FIELD.test(text)) labels.add(text.toLowerCase());
  };
  for (const label of doc.querySelectorAll('label, dt, legend, th')) read(label);
  for (const root of shadowRoots) {
    let leaves = 0;
    for (const element of root.querySelectorAll('*')) {
      if (element.childElementCount !== 0) continue;
      read(element);
      if ((leaves += 1) >= MAX_SHADOW_LEAVES) break;
    }
  }
  return labels.size;
}

const MAX_ELEMENTS_FOR_ROOTS = 4000;

/** The open shadow roots of the document's custom elements (a web-component editor draws its fields there). */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const elements = doc.getElementsByTagName('*');
  for (let at = 0; at < elements.length && at < MAX_ELEMENTS_FOR_ROOTS && roots.length < MAX_SHADOW_ROOTS; at += 1) {
    const root = elements[at]!.shadowRoot;
    if (root !== null) roots.push(root);
  }
  return roots;
}

/** The vacancy text in an editor: two or more of a posting's headings. */
function holdsVacancyText(editor: Element): boolean {
  const text = editor.tagName === 'TEXTAREA' ? (editor as HTMLTextAreaElement).value : spacedText(editor);
  const matches = text.match(new RegExp(VACANCY_HEADINGS.source, 'giu'));
  return matches !== null && matches.length >= 2;
}
/** The editor's texts joined with spaces: a rich-text editor writes "<h2>Dit ga je doen</h2><p>Je …" with none between. */
function spacedText(editor: Element): string {
  const parts: string[] = [];
  let length = 0;
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null && length < MAX_EDITOR_TEXT; node = walker.nextNode()) {
    parts.push(node.nodeValue ?? '');
    length += (node.nodeValue ?? '').length;
  }
  return parts.join(' ');
}
const MAX_EDITOR_TEXT = 100_000;
const EDITORS = 'textarea, [contenteditable=""], [contenteditable="true"]';

export function vacancySignals(doc: Document, shadowRoots: readonly ShadowRoot[] = []): VacancySignals {
  let jobPosting = doc.querySelector('[itemtype*="JobPosting" i]') !== null;
  if (!jobPosting) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      if (/"@type"\s*:\s*(?:\[[^\]]*)?"JobPosting"/u.test(script.textContent ?? '')) jobPosting = true;
    }
  }
  let applyButtons = 0;
  // Buttons and links by their text, and an application form by its name ("Solliciteer direct").
  for (const control of doc.querySelectorAll('a, button, input[type="submit"], [role="button"], form[aria-label], form[title]')) {
    const text =
      control.tagName === 'INPUT'
        ? ((control as HTMLInputElement).value ?? '')
        : control.tagName === 'FORM'
          ? (control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '')
          : (control.textContent ?? '');
    if (text.length < 60 && APPLY.test(text)) applyButtons += 1;
  }
  let vacancyHeadings = 0;
  for (const heading of doc.querySelectorAll('h1, h2, h3, h4, h5, strong, dt, legend, label')) {
    const text = heading.textContent ?? '';
    if (text.length < 80 && VACANCY_HEADINGS.test(text)) vacancyHeadings += 1;
  }
  const vacancyEditor =
    [doc, ...shadowRoots].some((root) => [...root.querySelectorAll(EDITORS)].some(holdsVacancyText)) ||
    vacancyFieldLabels(doc, shadowRoots) >= VACANCY_EDITOR_FIELDS;
  return { jobPosting, applyButtons, vacancyHeadings, vacancyEditor };
}
