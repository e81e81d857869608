import { describe, expect, it } from 'vitest';
import { passesInTurn } from '../../../lib/page/harvest/passes-in-turn';
import { rememberedInSlice } from '../../../lib/page/harvest/slice-memo';

/** A pass over one root that takes `steps` runs of work, logging each. */
function stepPass(root: Node, steps: number, log: string[]) {
  let done = 0;
  return {
    run(shouldYield?: () => boolean) {
      while (done < steps) {
        done += 1;
        log.push(`${(root as Element).id}:${done}`);
        if (done < steps && shouldYield?.() === true) return false;
      }
      return true;
    },
  };
}

function roots(count: number): Element[] {
  return Array.from({ length: count }, (_, index) => Object.assign(document.createElement('li'), { id: `r${index}` }));
}

describe('passes over many roots in turn', () => {
  it('reads every root in order and says when all are done', () => {
    const log: string[] = [];
    const pass = passesInTurn(roots(3), (root) => stepPass(root, 2, log));
    expect(pass.run()).toBe(true);
    expect(log).toEqual(['r0:1', 'r0:2', 'r1:1', 'r1:2', 'r2:1', 'r2:2']);
  });

  it('stops between two small roots when time is up, and goes on from the next one', () => {
    const log: string[] = [];
    const pass = passesInTurn(roots(3), (root) => stepPass(root, 1, log));
    // Each root finishes at once, so only the check between roots can stop the burst.
    expect(pass.run(() => true)).toBe(false);
    expect(log).toEqual(['r0:1']);
    expect(pass.run(() => true)).toBe(false);
    expect(pass.run()).toBe(true);
    expect(log).toEqual(['r0:1', 'r1:1', 'r2:1']);
    // Done stays done: nothing is read twice.
    expect(pass.run()).toBe(true);
    expect(log).toHaveLength(3);
  });

  it('resumes a root stopped halfway instead of starting it again', () => {
    const log: string[] = [];
    const pass = passesInTurn(roots(2), (root) => stepPass(root, 3, log));
    let asks = 0;
    expect(pass.run(() => (asks += 1) === 1)).toBe(false);
    expect(pass.run()).toBe(true);
    expect(log).toEqual(['r0:1', 'r0:2', 'r0:3', 'r1:1', 'r1:2', 'r1:3']);
  });

  it('lets the roots of one run share remembered answers (one slice), and forgets them after', () => {
    let asked = 0;
    const listOf = rememberedInSlice((element: Element) => ((asked += 1), element.parentElement));
    const list = document.createElement('ul');
    const rows = roots(50);
    list.append(...rows);
    const pass = passesInTurn(rows, (root) => ({ run: () => (listOf(list.firstElementChild!), listOf(root as Element), true) }));
    expect(pass.run()).toBe(true);
    // Every row asks about the first row too: worked out once, so 50 answers for 50 rows, not 99.
    expect(asked).toBe(50);
    listOf(list.firstElementChild!);
    expect(asked).toBe(51);
  });

  it('reads nothing for no roots', () => {
    let made = 0;
    expect(passesInTurn([], () => ((made += 1), { run: () => true })).run(() => true)).toBe(true);
    expect(made).toBe(0);
  });
});
