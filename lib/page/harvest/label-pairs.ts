import { roleOfLabel } from '../../blinding/field-roles';

/**
 * Labels and values side by side in one parent: a grid of
 * `<span>E-mail</span><span>…</span><span>Telefoon</span><span>…</span>`, or a form-like table row
 * `<td class="lbl">Recruiter:</td><td>…</td><td class="lbl">Hiring Manager:</td><td>…</td>`. Its
 * values have no label of their own that a single pair would show (labels.ts leaves peers of one
 * shape alone, as the headers of a row are). Here the parent alternates: every other child reads
 * as a label, the labels all of one shape and the values all of one shape.
 */
const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
const MAX_CHILDREN = 40;

/** The label a value's place gives it: alternating pairs, or the question a list of answers is under. */
export function pairedLabel(value: Element): string | undefined {
  return alternatingLabel(value) ?? questionAbove(value);
}

function alternatingLabel(value: Element): string | undefined {
  const parent = value.parentElement;
  if (parent === null || parent.childElementCount < 4 || parent.childElementCount > MAX_CHILDREN || parent.childElementCount % 2 !== 0)
    return undefined;
  const children = [...parent.children];
  const index = children.indexOf(value);
  if (index % 2 !== 1) return undefined;
  const shape = (element: Element) => `${element.tagName}.${element.getAttribute('class') ?? ''}`;
  const labelShape = shape(children[0]!);
  let labels = 0;
  for (let at = 0; at < children.length; at += 2) {
    const label = children[at]!;
    if (shape(label) !== labelShape || shape(children[at + 1]!) !== shape(value)) return undefined;
    const text = squash(label.textContent);
    if (text.length > 40) return undefined;
    if (roleOfLabel(text) !== undefined || /[:：]$/u.test(text)) labels += 1;
  }
  // Most of the even children are labels: not a row of headers or of names.
  if (labels < 2 || labels * 2 < children.length / 2) return undefined;
  const text = squash(children[index - 1]!.textContent);
  return text === '' ? undefined : text;
}

/**
 * A form's answers to one question, listed under a line that quotes it: "Recente reacties op
 * ‘Volledige naam’", "Responses to “Full name”" (Google Forms, held-out set N). Each item of the
 * list is a value of the quoted field.
 */
const QUOTED_QUESTION = /(?:reacties|antwoorden|inzendingen|responses|answers|submissions)\b[^‘'"“«]{0,20}[‘'"“«]([^’'"”»]{2,40})[’'"”»]/iu;
const LIST_ITEM = new Set(['LI', 'DD']);
const LINES_ABOVE = 2;

function questionAbove(value: Element): string | undefined {
  if (!LIST_ITEM.has(value.tagName) && value.getAttribute('role') !== 'listitem') return undefined;
  let line = value.parentElement?.previousElementSibling ?? null;
  for (let read = 0; line !== null && read < LINES_ABOVE; read += 1, line = line.previousElementSibling) {
    const text = squash(line.textContent);
    if (text.length > 120) return undefined;
    const quoted = QUOTED_QUESTION.exec(text)?.[1];
    if (quoted !== undefined) return quoted;
  }
  return undefined;
}
