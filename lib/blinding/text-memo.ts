/**
 * An answer that depends on a text alone, remembered per text: a page repeats the same short texts
 * on every row ("Utrecht", "Profielfoto", "Motivatie: ..."), and a pass after a new pseudonym
 * number reads them all again. Long texts are seldom repeated and are not kept. `copy` gives each
 * caller an answer of its own when the caller may change it.
 */
const MAX_REMEMBERED_TEXT = 256;
const REMEMBERED_TEXTS = 4096;

export function rememberPerText<T>(answer: (text: string) => T, copy: (value: T) => T = (value) => value): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_REMEMBERED_TEXT) return answer(text);
    let found = answers.get(text);
    if (found === undefined && !answers.has(text)) {
      if (answers.size >= REMEMBERED_TEXTS) answers.clear();
      found = answer(text);
      answers.set(text, found);
    }
    return copy(found as T);
  };
}
