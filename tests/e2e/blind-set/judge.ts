/**
 * Turns two visits of one page (the extension off, then screening on) into the figures of the
 * blind-set evaluation. Pure, so the rules of the measurement can be read in one place.
 */
import type { BlindPage, Snapshot, Visit } from './blind-set';

export interface PageResult {
  file: string;
  role: BlindPage['role'];
  /** mustHide strings still readable: in the text, the title, an attribute or a field. */
  left: { text: string; kind: string; where: string }[];
  hideTotal: number;
  /** mustStay strings readable without the extension but not with it (over-redaction). */
  missing: string[];
  stayTotal: number;
  photosVisible: number;
  photosTotal: number;
  /** Field selectors whose value changed in the DOM, or stays readable (not covered by a mask). */
  fieldsChanged: string[];
  fieldsReadable: string[];
  fieldsTotal: number;
  paintedFrames: number;
  frames: number;
  /** Vacancy and other pages: what differs from the page without the extension. */
  changes: string[];
  /** The page was never shown (still held when measured). */
  neverShown: boolean;
  /** Entries of the set that the page without the extension does not show (not counted). */
  setProblems: string[];
  pass: boolean;
}

const normalise = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ');

/** Where a string is readable in a snapshot, if anywhere. A name inside a longer word does not count. */
function readableAt(snapshot: Snapshot, needle: string, wholeWord: boolean): string | undefined {
  const escaped = normalise(needle)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped, 'u');
  if (pattern.test(normalise(snapshot.flow))) return 'text';
  if (pattern.test(normalise(snapshot.title))) return 'title';
  if (snapshot.attributes.some((value) => pattern.test(normalise(value)))) return 'attribute';
  if (snapshot.fieldValues.some((value) => pattern.test(normalise(value)))) return 'field';
  return undefined;
}

export function judgePage(page: BlindPage, off: Visit, on: Visit): PageResult {
  const setProblems: string[] = [];
  const left: PageResult['left'] = [];
  for (const marker of page.mustHide) {
    if (readableAt(off.snapshot, marker.text, true) === undefined) setProblems.push(`mustHide not on the page: ${marker.text}`);
    const where = readableAt(on.snapshot, marker.text, true);
    if (where !== undefined) left.push({ ...marker, where });
  }
  const missing: string[] = [];
  for (const text of page.mustStay) {
    if (readableAt(off.snapshot, text, false) === undefined) {
      setProblems.push(`mustStay not on the page: ${text}`);
      continue;
    }
    if (readableAt(on.snapshot, text, false) === undefined) missing.push(text);
  }
  let photosVisible = 0;
  let photosTotal = 0;
  for (const photo of on.snapshot.photos) {
    const before = off.snapshot.photos.find((entry) => entry.selector === photo.selector);
    if (before === undefined || before.count === 0) setProblems.push(`photo selector matches nothing: ${photo.selector}`);
    photosTotal += photo.count;
    photosVisible += photo.visible;
  }
  const fieldsChanged: string[] = [];
  const fieldsReadable: string[] = [];
  for (const field of on.snapshot.fields) {
    const before = off.snapshot.fields.find((entry) => entry.selector === field.selector);
    if (before === undefined || !before.found) {
      setProblems.push(`field selector matches nothing: ${field.selector}`);
      continue;
    }
    if (field.value !== before.value) fieldsChanged.push(field.selector);
    // Readable: shown as the page shows it, and not covered by our mask.
    if (field.readable && field.shown === before.shown) fieldsReadable.push(field.selector);
  }
  const changes = page.role === 'applicants' ? [] : differences(off.snapshot, on.snapshot);
  const neverShown = !on.snapshot.shown;
  const pass =
    !neverShown &&
    left.length === 0 &&
    missing.length === 0 &&
    photosVisible === 0 &&
    fieldsChanged.length === 0 &&
    fieldsReadable.length === 0 &&
    on.paintedFrames === 0 &&
    changes.length === 0;
  return {
    file: page.file,
    role: page.role,
    left,
    hideTotal: page.mustHide.length,
    missing,
    stayTotal: page.mustStay.length,
    photosVisible,
    photosTotal,
    fieldsChanged,
    fieldsReadable,
    fieldsTotal: page.fields.length,
    paintedFrames: on.paintedFrames,
    frames: on.frames,
    changes,
    neverShown,
    setProblems,
    pass,
  };
}

/** On a page that is not about applicants, screening must change nothing at all. */
function differences(off: Snapshot, on: Snapshot): string[] {
  const changes: string[] = [];
  const after = new Set(on.text.map((line) => normalise(line).trim()));
  for (const line of off.text.map((text) => normalise(text).trim()))
    if (!after.has(line)) changes.push(`text changed: ${line.slice(0, 80)}`);
  if (off.title !== on.title) changes.push(`title changed: ${off.title}`);
  const attributesAfter = new Set(on.attributes);
  for (const value of off.attributes) if (!attributesAfter.has(value)) changes.push(`attribute changed: ${value.slice(0, 80)}`);
  off.fields.forEach((field, index) => {
    if (on.fields[index]?.value !== field.value) changes.push(`field value changed: ${field.selector}`);
  });
  if (on.masks > 0) changes.push(`${on.masks} field masks drawn`);
  if (on.ownUi !== '') changes.push(`screening UI shown: ${on.ownUi.slice(0, 60)}`);
  if (on.images !== off.images) changes.push(`${off.images - on.images} images hidden`);
  return changes;
}
