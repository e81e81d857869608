import { describe, expect, it } from 'vitest';
import { outsideUnreadRest, runFirstPass, type UnreadRest } from '../../../entrypoints/screening.content/first-pass';
import { createPaintHolds } from '../../../lib/page/hold-paint';

function record(partial: Partial<MutationRecord>): MutationRecord {
  return {
    addedNodes: [] as unknown as NodeList,
    removedNodes: [] as unknown as NodeList,
    attributeName: null,
    nextSibling: null,
    target: document.body,
    type: 'childList',
    ...partial,
  } as MutationRecord;
}
const nodes = (...list: Node[]) => list as unknown as NodeList;

describe('the first pass of a long page the parser is still adding to', () => {
  it('hides what the parser appends after the top, leaves it to the rest’s pass, and hands on the page’s own changes', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, index) => `<tr id="r${index}"><td>Bram Oost</td><td>${'Motivatie: ik wil graag leren. '.repeat(3)}</td></tr>`,
    );
    document.body.innerHTML = `<h1 id="h">Kandidaten</h1><table><tbody>${rows.join('')}</tbody></table>`;
    let rest: UnreadRest | undefined;
    let parsed!: () => void;
    let shown!: () => void;
    const topShown = new Promise<void>((resolve) => (shown = resolve));
    const holds = createPaintHolds(document);
    const pass = runFirstPass(
      {
        doc: document,
        parsed: new Promise<void>((resolve) => (parsed = resolve)),
        holds,
        ready: async () => true,
        readAdapter: () => undefined,
        read: async () => undefined,
        take: async () => undefined,
        isApplicantPage: () => true,
        mask: async () => undefined,
        giveBack: () => undefined,
        restUnread: (unread) => void (rest ??= unread),
      },
      () => shown(),
    );
    await topShown;
    const tbody = document.querySelector('tbody')!;
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    row.append(cell);
    tbody.append(row);
    const footer = document.createElement('footer');
    document.body.append(footer);
    const heading = document.getElementById('h')!;
    const appended = record({ target: tbody, addedNodes: nodes(row) });
    const inRow = record({ target: row, addedNodes: nodes(cell) });
    const atEnd = record({ target: document.body, addedNodes: nodes(footer) });
    const pageChange = record({ target: heading, type: 'attributes', attributeName: 'title' });
    expect(outsideUnreadRest(rest, [appended, inRow, atEnd, pageChange])).toEqual([pageChange]);
    expect(row.hasAttribute('data-ew-rest')).toBe(true);
    expect(footer.hasAttribute('data-ew-rest')).toBe(true);
    // Text straight in the body after the top: no mark can hide it, so the page is held.
    const loose = document.createTextNode('losse tekst');
    document.body.append(loose);
    expect(holds.held).toBe(false);
    expect(outsideUnreadRest(rest, [record({ target: document.body, addedNodes: nodes(loose) })])).toEqual([]);
    expect(holds.held).toBe(true);
    parsed();
    await pass;
    expect(document.querySelector('[data-ew-rest]')).toBeNull();
    expect(holds.held).toBe(false);
    // Once the rest is read, every record is the pipeline's again.
    expect(outsideUnreadRest(rest, [appended])).toEqual([appended]);
  });
});

describe('the first pass while the session is on its way', () => {
  function steps(ready: () => Promise<boolean>, log: string[]) {
    return {
      doc: document,
      parsed: Promise.resolve(),
      holds: createPaintHolds(document),
      ready: async () => {
        log.push('ready?');
        const answer = await ready();
        log.push(`ready ${answer}`);
        return answer;
      },
      readAdapter: () => void log.push('adapter'),
      read: async () => void log.push('read'),
      take: async () => void log.push('take'),
      isApplicantPage: () => true,
      mask: async () => void log.push('mask'),
      giveBack: () => void log.push('give back'),
      restUnread: () => undefined,
    };
  }

  it('reads the names before the session comes, and takes them, with the adapter’s, only after it', async () => {
    document.body.innerHTML = '<h1>Kandidaten</h1><p>Bram Oost</p>';
    const log: string[] = [];
    let answer!: (value: boolean) => void;
    const session = new Promise<boolean>((resolve) => (answer = resolve));
    const pass = runFirstPass(
      steps(() => session, log),
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['read', 'ready?']);
    answer(true);
    await pass;
    expect(log).toEqual(['read', 'ready?', 'ready true', 'adapter', 'take', 'mask']);
  });

  it('stops without taking or masking anything when screening turns out to be off here', async () => {
    document.body.innerHTML = `<h1>Kandidaten</h1><table>${'<tr><td>Bram Oost</td><td>Motivatie: ik wil graag leren.</td></tr>'.repeat(600)}</table>`;
    const log: string[] = [];
    await runFirstPass(
      steps(async () => false, log),
      () => log.push('shown'),
    );
    expect(log).toEqual(['read', 'ready?', 'ready false']);
    expect(document.querySelector('[data-ew-rest]')).toBeNull();
  });
});
