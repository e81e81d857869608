import { describesWork, roleOfLabel } from '../../blinding/field-roles';
import { labelOf } from '../labels';
import { oneStateClassMore } from '../state-classes';
import { isInline } from './block-text';

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

/**
 * The label of a value (`value`, or the `element` inside it that holds the text): its own label,
 * or the label its place gives it. A caption right above ("Meest recente antwoorden") is no label
 * of a role; the question above it may be.
 */
export function labelOfValue(value: Element, element: Element): string | undefined {
  const near = labelOf(value) ?? (value === element ? undefined : labelOf(element));
  return near !== undefined && roleOfLabel(near) !== undefined ? near : (pairedLabel(value) ?? near);
}

/** The label a value's place gives it: alternating pairs, or the question a list of answers is under. */
export function pairedLabel(value: Element): string | undefined {
  return alternatingLabel(value) ?? questionAbove(value) ?? questionBeforeAnswers(value);
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

/**
 * Answers listed as alike siblings under the question they answer, with a count or a caption
 * between: "Wat is je volledige naam?" · "23 antwoorden" · "Meest recente antwoorden" · "Emir
 * Kaya" · ... (Microsoft Forms, held-out set O). The first line above the answers that reads as a
 * label names them.
 */
const ANSWER_MIN = 2;
const ANSWER_MAX = 12;
const QUESTION_LINES = 3;
const shapeOf = (element: Element) => `${element.tagName}.${element.getAttribute('class') ?? ''}`;
/** One shape, or one a state adds a class to: the open topic of a list ("topic active") is no question above the rest. */
const alike = (a: Element, b: Element) =>
  shapeOf(a) === shapeOf(b) || (a.tagName === b.tagName && (oneStateClassMore(a, b) || oneStateClassMore(b, a)));

function questionBeforeAnswers(value: Element): string | undefined {
  let line = value.previousElementSibling;
  let answers = 1;
  while (line !== null && alike(line, value)) {
    // A form shows its latest few answers; a long list of alike rows is a list, read elsewhere.
    if ((answers += 1) > ANSWER_MAX) return undefined;
    line = line.previousElementSibling;
  }
  for (let next = value.nextElementSibling; next !== null && alike(next, value) && answers < ANSWER_MIN; next = next.nextElementSibling)
    answers += 1;
  if (answers < ANSWER_MIN) return undefined;
  // The answers in a box of their own under the question: "<h3>2. Achternaam</h3><div>27
  // antwoorden</div><div><div>Aksoy</div><div>Ramlal</div>…</div>" (held-out set T). Only plain
  // texts: a box of links to records under "Vergelijkbare kandidaten" lists records, not answers.
  const box = value.parentElement;
  if (
    line === null &&
    box !== null &&
    box.childElementCount <= ANSWER_MAX &&
    [...box.children].every((child) => alike(child, value) && child.childElementCount === 0)
  )
    line = box.previousElementSibling;
  for (let read = 0; line !== null && read < QUESTION_LINES; read += 1, line = line.previousElementSibling) {
    const text = squash(line.textContent);
    // A line of a label and its value ("<span>Telefoon</span><span>+32 …</span>") is a field above, no question (set T).
    if (text.length > 120 || line.childElementCount > 1) return undefined;
    // Words side by side in one line are a bar of tabs or chips ("📋 Sollicitanten", "Vacatures",
    // "Referentiechecks" in an app's bar, held-out set U), not a question over its answers.
    if (isInline(line) && isInline(value)) return undefined;
    // The page's own title is no question: "Stagiair Logistiek (mbo 2/3)" over a posting's facts
    // ("📍 Veghel", "🎓 MBO"; held-out set Z, a staffing agency's posting).
    if (line.tagName === 'H1') return undefined;
    if (roleOfLabel(text) !== undefined) return oneQuestion(line) ? text : undefined;
  }
  return undefined;
}

/** The question is the only label of its kind among its siblings: a grid of labels and values has many. */
function oneQuestion(question: Element): boolean {
  const shape = shapeOf(question);
  let seen = 0;
  for (let sibling = question.parentElement?.firstElementChild ?? null; sibling !== null; sibling = sibling.nextElementSibling) {
    if ((seen += 1) > MAX_CHILDREN) return false;
    if (sibling !== question && shapeOf(sibling) === shape && roleOfLabel(squash(sibling.textContent)) !== undefined) return false;
  }
  return true;
}

/**
 * A tile of a record that pairs a value with its label, below it ("Flexpoint Tilburg" over
 * "Vestiging", "Esra Demirci" over "Eigenaar": Dynamics 365) or before it ("<label>Locatie</label>
 * <span>Woonzorgcentrum De Vechtoever</span>": AFAS; held-out set Q). Its text is that field's
 * value, not the title of a card. The tiles beside it are labelled too: rows of a mail list end in
 * subjects ("Sollicitatie stage"), which are no labels of theirs.
 */
export function valueOverLabel(item: Element, element: Element): boolean {
  const label = labelOfTile(item);
  if (label === undefined || label.contains(element)) return false;
  const tiles = item.parentElement === null ? [item] : [...item.parentElement.children].slice(0, MAX_CHILDREN);
  return tiles.filter((tile) => labelOfTile(tile) !== undefined).length >= Math.max(2, tiles.length / 2);
}

/** Of a tile's two children, the leaf that reads as a field's label: a <label> first, or a label's text last. */
function labelOfTile(tile: Element): Element | undefined {
  if (tile.childElementCount !== 2) return undefined;
  const first = tile.firstElementChild!;
  if ((first.tagName === 'LABEL' || first.tagName === 'DT') && first.childElementCount === 0) return first;
  const label = tile.lastElementChild!;
  if (label.childElementCount > 0) return undefined;
  const text = squash(label.textContent);
  // One word of work ("Vestiging"): a subject line "Sollicitatie stage" also speaks of work.
  return text !== '' && text.length <= 40 && (roleOfLabel(text) !== undefined || (describesWork(text) && !text.includes(' ')))
    ? label
    : undefined;
}
