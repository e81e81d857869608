import { NAME_PARTICLES } from '../../lib/blinding/name-words';
import { foldText } from '../../lib/blinding/text-fold';

// How a text stands to an applicant's name where the page's structure says it holds one (mask-rules.ts).

const NAME_LED = /^([^–—|·]+?)\s+(?:[–—|·]|-)\s+(.+)$/u;

/** Up to six words, each capitalised or a name particle: "Van der Berg, Sanne". */
export function readsAsAName(text: string): boolean {
  const words = text.split(/[\s()·,]+/u).filter((word) => word !== '');
  return (
    words.length > 0 &&
    words.length <= 6 &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(foldText(word).replace(/['’]/gu, '')))
  );
}

/** "Name – what it is about": the name's part reads as a name, the rest neither does nor holds a part of it. */
export function nameLedTitle(text: string, name: string): boolean {
  const match = NAME_LED.exec(text.trim());
  if (match === null) return false;
  const [, head = '', rest = ''] = match;
  const parts = new Set(name.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 2));
  return (
    sharesAWord(head, name) && readsAsAName(head) && !readsAsAName(rest) && !rest.split(/[^\p{L}\p{N}]+/u).some((word) => parts.has(word))
  );
}

/** Does the text hold a word (two letters or more) of the name? */
export function sharesAWord(text: string, name: string): boolean {
  const parts = new Set(
    foldText(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part.length >= 2),
  );
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => parts.has(word));
}
