import { roleOfLabel } from '../../blinding/field-roles';

/**
 * Labels and values side by side in one parent, all of one shape: a grid of
 * `<span>E-mail</span><span>…</span><span>Telefoon</span><span>…</span>`. Its values have no
 * label of their own that a single pair would show (labels.ts leaves peers of one shape alone, as
 * the headers of a row are). Here the parent alternates: every other child reads as a label.
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
  const shape = `${value.tagName}.${value.getAttribute('class') ?? ''}`;
  let labels = 0;
  for (let at = 0; at < children.length; at += 2) {
    const label = children[at]!;
    if (`${label.tagName}.${label.getAttribute('class') ?? ''}` !== shape) return undefined;
    const text = squash(label.textContent);
    if (text.length > 40) return undefined;
    if (roleOfLabel(text) !== undefined || /[:：]$/u.test(text)) labels += 1;
  }
  // Most of the even children are labels: not a row of headers or of names.
  if (labels < 2 || labels * 2 < children.length / 2) return undefined;
  const text = squash(children[index - 1]!.textContent);
  return text === '' ? undefined : text;
}
