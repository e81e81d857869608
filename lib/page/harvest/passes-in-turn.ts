import type { BlindingPass } from '../dom-blinder';
import { sliced } from './slice-memo';

/**
 * One resumable pass over many roots, each read in turn: a burst of 1,000 added rows is one pass
 * whose slices may stop between rows as well as inside one, and whose rows share a slice's
 * remembered answers (slice-memo.ts) instead of each working out their list again.
 */
export function passesInTurn(roots: readonly Node[], passOf: (root: Node) => BlindingPass): BlindingPass {
  let index = 0;
  let current: BlindingPass | undefined;
  return sliced({
    run(shouldYield) {
      while (index < roots.length) {
        current ??= passOf(roots[index]!);
        if (!current.run(shouldYield)) return false;
        current = undefined;
        index += 1;
        if (index < roots.length && shouldYield?.() === true) return false;
      }
      return true;
    },
  });
}
