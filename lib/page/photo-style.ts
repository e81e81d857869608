/**
 * CSS that hides photos and avatars (img, CSS backgrounds, SVG;
 * docs/decisions.md#hold-paint-until-blinded). It applies from document_start, so a photo is never
 * painted, not even before the first pass: no JavaScript has to find it first.
 *
 * Besides the adapter's own selectors, heuristics: any image inside an applicant's container,
 * and anywhere an element whose class, alt text or address says avatar or profile photo.
 */
const HEURISTICS = [
  'img[class*="avatar" i]',
  'img[alt*="avatar" i]',
  'img[alt*="profielfoto" i]',
  'img[alt*="profile photo" i]',
  'img[alt*="profile picture" i]',
  'img[src*="avatar" i]',
  'img[src*="profile-displayphoto"]',
  '[class*="avatar" i][style*="background"]',
  'svg[class*="avatar" i]',
];

/** The selectors the style sheet hides: the adapter's, inside its containers, and the heuristics. */
export function photoSelectors(photos: readonly string[], containerSelectors: readonly string[]): string[] {
  const inside = containerSelectors.flatMap((container) => [
    `${container} img`,
    `${container} picture`,
    `${container} svg[role="img"]`,
    `${container} [class*="avatar" i]`,
  ]);
  return [...photos, ...inside, ...HEURISTICS].filter(isUsableSelector);
}

/** Rules that hide photos; empty when nothing is to be hidden. */
export function photoCss(photos: readonly string[], containerSelectors: readonly string[]): string {
  const selectors = photoSelectors(photos, containerSelectors);
  if (selectors.length === 0) return '';
  // One rule per selector: a selector the browser does not understand drops only its own rule.
  return selectors.map((selector) => `${selector}{visibility:hidden!important}`).join('\n');
}

function isUsableSelector(selector: string): boolean {
  return selector.trim() !== '' && !/[{}]/u.test(selector);
}
