import { PHOTO_SELECTOR } from './cue-words';
import { INITIALS_TEXT } from './role-marks';
import { rememberedInSlice } from './slice-memo';
import { inChrome } from './chrome';

/**
 * Initials avatars: one to three capitals in a small element ("FB" in a coloured circle). They
 * stand for the person beside them as much as a photo does, so they are hidden like one.
 */
const MAX_AVATAR_PX = 72;
const MAX_TILE_AVATAR_PX = 160;
const MAX_INITIALS_TEXT = 64; // a few letters, with room for indentation

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

function small(element: Element): DOMRect | undefined {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.width <= MAX_AVATAR_PX && rect.height <= MAX_AVATAR_PX ? rect : undefined;
}

/**
 * Two capitals in a small round element, anywhere; or in a larger circle, as a video call draws a
 * participant without a camera on their tile ("HK" in an 84-pixel circle, held-out set CC).
 */
export function isInitialsAvatar(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view === null) return false;
  const rect = small(element) ?? circleOnATile(element);
  if (rect === undefined) return false;
  const radius = Number.parseFloat(view.getComputedStyle(element).borderTopLeftRadius) || 0;
  return radius >= Math.min(rect.width, rect.height) / (rect.width > MAX_AVATAR_PX ? 2.5 : 3);
}

/** A call tile's large circle: the tile shows whoever is in the call, so it is hidden only when it spells an applicant's name. */
export function onACallTile(element: Element): boolean {
  return element.getBoundingClientRect().width > MAX_AVATAR_PX;
}

/** A square box up to a tile's avatar size: a large circle is a participant's, a large box with rounded corners a badge. */
function circleOnATile(element: Element): DOMRect | undefined {
  const rect = element.getBoundingClientRect();
  return rect.width <= MAX_TILE_AVATAR_PX && Math.abs(rect.width - rect.height) <= 2 ? rect : undefined;
}

/** Initials in a small element beside a found name stand for that person, round or not. */
function initialsBeside(container: Element): Element[] {
  const found: Element[] = [];
  for (const element of container.querySelectorAll('*')) {
    if (element.childElementCount !== 0) continue;
    const text = element.textContent ?? '';
    // Initials are a few letters: longer texts are skipped before any regular expression runs.
    if (text.length > MAX_INITIALS_TEXT || !INITIALS_TEXT.test(squash(text))) continue;
    if (small(element) !== undefined) found.push(element);
  }
  return found;
}

const MAX_BACKGROUND_CHECKS = 40;
const HAS_TEXT = /\S/u;

/**
 * Photos set as a CSS background from a style sheet (`.face { background-image: url(...) }`),
 * which no selector finds: empty elements beside a found name whose computed background is an image.
 */
function backgroundPhotos(container: Element): Element[] {
  const view = container.ownerDocument.defaultView;
  if (view === null) return [];
  const found: Element[] = [];
  let checked = 0;
  for (const element of container.querySelectorAll('*')) {
    if (element.childElementCount !== 0 || HAS_TEXT.test(element.textContent ?? '')) continue;
    if ((checked += 1) > MAX_BACKGROUND_CHECKS) break;
    if (view.getComputedStyle(element).backgroundImage.includes('url(')) found.push(element);
  }
  return found;
}

/**
 * What stands beside a found name and is that person's: photos (by their tag or role, or a CSS
 * background) and initials avatars. A row names its applicant several times (a link, a cell, an
 * address): its row is searched once per slice.
 */
export const besideName = rememberedInSlice((container: Element) => ({
  photos: [...[...container.querySelectorAll(PHOTO_SELECTOR)].filter((image) => !inChrome(image)), ...backgroundPhotos(container)],
  initials: initialsBeside(container),
}));
