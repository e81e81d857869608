/**
 * Answers about the page's structure that hold while the page stays as it is: within one slice of
 * a harvest pass, which runs in one task and changes nothing in the page. The cells of a long list
 * ask the same question of their row, one after the other; within a slice it is worked out once.
 * Outside a slice nothing is remembered, and everything is forgotten when a slice ends.
 */
const memos: Map<object, unknown>[] = [];
let openSlices = 0;

export function rememberedInSlice<K extends object, V>(answer: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  memos.push(memo as Map<object, unknown>);
  return (key) => {
    if (openSlices === 0) return answer(key);
    if (memo.has(key)) return memo.get(key) as V;
    const value = answer(key);
    memo.set(key, value);
    return value;
  };
}

/** Run one slice of reading: what it asks through `rememberedInSlice` is remembered until it returns. */
export function inSlice<T>(work: () => T): T {
  openSlices += 1;
  try {
    return work();
  } finally {
    openSlices -= 1;
    if (openSlices === 0) for (const memo of memos) memo.clear();
  }
}

/** A resumable pass whose every slice is one `inSlice`. */
export const sliced = <P extends { run: (shouldYield?: () => boolean) => boolean }>(pass: P): P => ({
  ...pass,
  run: (shouldYield?: () => boolean) => inSlice(() => pass.run(shouldYield)),
});
