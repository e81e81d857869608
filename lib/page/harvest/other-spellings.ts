import { judgeName } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { NON_LATIN_WORDS } from '../../blinding/other-script';

/**
 * A name written twice beside itself: in Latin letters and in the applicant's own script
 * ("Yonas Tesfaye" over "ዮናስ ተስፋዬ", "Fatima Zahra" beside "فاطمة الزهراء", "王芳" over "Wang
 * Fang"). The other spelling is as identifying as the first, and no transliteration links the two,
 * so a short text next to a found name that is wholly the other kind of writing is that name too.
 */
/** One to four words, all in scripts other than Latin, the whole text (or in parentheses). */
const NON_LATIN_NAME = new RegExp(String.raw`^\(?(${NON_LATIN_WORDS})\)?$`, 'u');
const LATIN = /\p{Script=Latin}/u;
const MAX_SPELLING = 48;

/** The other spellings of `name` in the elements just before and after its anchor. */
export function otherSpellings(anchor: Element, name: string, lexicon: NameLexicon): string[] {
  const latinName = LATIN.test(name);
  const found: string[] = [];
  for (const beside of [anchor.previousElementSibling, anchor.nextElementSibling]) {
    if (beside === null || beside.childElementCount > 2) continue;
    const text = (beside.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text === '' || text.length > MAX_SPELLING) continue;
    const other = NON_LATIN_NAME.exec(text)?.[1];
    if (latinName && other !== undefined) found.push(other);
    // A name in another script with its Latin spelling beside it: the spelling must read as a name.
    else if (!latinName && other === undefined && !text.includes(',')) {
      const verdict = judgeName(text, ['card-title'], lexicon);
      if (verdict.accept) found.push(verdict.name);
    }
  }
  return found;
}
