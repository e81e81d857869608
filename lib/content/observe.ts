/**
 * The one DOM observer for content scripts (docs/decisions.md#content-script-shell). Lint bans raw
 * MutationObserver elsewhere, so every observer stops with its script's signal.
 */
export interface ObservedBatch {
  records: readonly MutationRecord[];
  /**
   * More records than `largeBurst`: one pass over the whole root is cheaper than following every
   * change (work out the least work that covers a normal batch with lib/page/mutation-changes.ts).
   */
  burst: boolean;
}

export interface ObserveOptions {
  signal: AbortSignal;
  /** What to watch; default: added and removed nodes and changed text, in the whole subtree. */
  init?: MutationObserverInit;
  /** More records than this are a large burst. Default 1500. */
  largeBurst?: number;
  /** Records whose target this returns true for are dropped (our own UI). */
  ignore?: (node: Node) => boolean;
}

export interface Observation {
  /** Watch another root (an open shadow root, a same-origin frame's document) the same way. */
  add: (root: Node) => void;
}

const SUBTREE_AND_TEXT: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function observe(root: Node, callback: (batch: ObservedBatch) => void, options: ObserveOptions): Observation {
  const { signal, init = SUBTREE_AND_TEXT, largeBurst = 1500, ignore } = options;
  const roots = new Set<Node>();
  const observer = new MutationObserver((all) => {
    const records = ignore ? all.filter((record) => !ignore(record.target)) : all;
    if (records.length > 0) callback({ records, burst: records.length > largeBurst });
  });
  const add = (next: Node) => {
    if (signal.aborted || roots.has(next)) return;
    roots.add(next);
    observer.observe(next, init);
  };
  add(root);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { add };
}
