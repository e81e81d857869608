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

export function pairedLabel(value: Element): string | undefined {
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
