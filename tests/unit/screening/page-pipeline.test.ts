import { beforeEach, describe, expect, it } from 'vitest';
import type { Applicant } from '../../../entrypoints/screening.content/applicants';
import { testLexicon } from '../blinding/test-lexicon';
import { pipelineFor } from './pipeline-in-jsdom';

// Invented applicants; the lexicon knows their names, as the real one would.
const FIRST = ['Bram', 'Noor', 'Ewa', 'Tariq', 'Mirte', 'Joris', 'Sevda', 'Kofi'];
const LAST = ['Oost', 'Haddad', 'Nowak', 'Bakx', 'Meer', 'Yilmaz', 'Mensah', 'Pinas', 'Osei'];
const JOBS = ['Junior Accountmanager', 'Magazijnmedewerker', 'Stagiair Marketing', 'Backend Developer'];
const lexicon = testLexicon({
  given: [...FIRST, 'Junior', 'Wendy', 'Lotte'].map((name) => name.toLowerCase()),
  family: [...LAST, 'Developer', 'Smit', 'Dekker'].map((name) => name.toLowerCase()),
});

/** A long applicant table (an export of `rows` rows); names that show only after row 200 too. */
function longTable(rows: number): void {
  const row = (index: number) => {
    const name =
      index >= 200 && index % 10 === 0 ? `Lotte Dekker${index}` : `${FIRST[index % FIRST.length]} ${LAST[(index * 7 + 3) % LAST.length]}`;
    const job = JOBS[index % JOBS.length];
    return `<tr><td>${index + 1}</td><td class="who">${name.replace(/\d+$/u, '')}</td><td>Nieuw</td><td class="job">${job}</td><td>Wendy Smit</td></tr>`;
  };
  document.body.innerHTML =
    '<div><span>Werving · Alle sollicitanten</span></div><table><thead><tr><th>#</th><th>Kandidaat</th><th>Status</th><th>Vacature</th><th>Recruiter</th></tr></thead>' +
    `<tbody>${Array.from({ length: rows }, (_, index) => row(index)).join('')}</tbody></table>`;
}

const pipelineWith = (doc: Document, onFresh: (fresh: Applicant[]) => void = () => undefined) => pipelineFor(doc, lexicon, { onFresh });

const texts = (selector: string) => [...document.querySelectorAll(selector)].map((cell) => cell.textContent ?? '');

describe('the page pipeline on a long page, shown top first', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('masks every name of the rest and keeps its job titles when the page is masked again while the rest is read', async () => {
    longTable(300);
    // New pseudonym numbers come as soon as the top's names are read, before the top is masked…
    const pipeline = pipelineWith(document, () => void pipeline.rescan(false));
    let shown = false;
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => {
        shown = true;
        // …and as the top is shown: the page is masked again at once, before the rest's names are read.
        void pipeline.rescan(false);
      },
    );
    expect(shown).toBe(true);
    expect(pipeline.role).toBe('applicants');
    const names = texts('.who');
    expect(names.filter((text) => !text.startsWith('Kandidaat'))).toEqual([]);
    expect(texts('.job').filter((text) => !JOBS.includes(text))).toEqual([]);
    expect(pipeline.applicants.all.map((applicant) => applicant.name)).toContain('Lotte Dekker');
    expect(document.querySelector('[data-ew-rest]')).toBeNull();
  });

  it('gives every name of the rest its number when the numbers come while the rest is read and masked', async () => {
    longTable(300);
    const rescans: Promise<void>[] = [];
    let next = 1;
    // Numbers come from the background a few tasks later, as they do in the browser.
    const pipeline = pipelineWith(document, (fresh) => {
      setTimeout(() => {
        for (const applicant of fresh) applicant.number = next++;
        rescans.push(pipeline.rescan(false));
      }, 0);
    });
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(rescans);
    expect(rescans.length).toBeGreaterThan(1);
    expect(texts('.who').filter((text) => !/^Kandidaat \d+$/u.test(text))).toEqual([]);
    expect(texts('.job').filter((text) => !JOBS.includes(text))).toEqual([]);
  });

  it('gives every name its number by masking again only the masks that wait for one, attributes too', async () => {
    longTable(300);
    for (const cell of document.querySelectorAll('.who')) cell.setAttribute('title', cell.textContent ?? '');
    let next = 1;
    let renumbered = 0;
    const pipeline = pipelineWith(document, (fresh) => {
      setTimeout(() => {
        for (const applicant of fresh) applicant.number = next++;
        pipeline.renumber();
        renumbered += 1;
      }, 0);
    });
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(renumbered).toBeGreaterThan(0);
    expect(texts('.who').filter((text) => !/^Kandidaat \d+$/u.test(text))).toEqual([]);
    const titles = [...document.querySelectorAll('.who')].map((cell) => cell.getAttribute('title') ?? '');
    expect(titles.filter((title) => !/^Kandidaat \d+$/u.test(title))).toEqual([]);
    expect(texts('.job').filter((text) => !JOBS.includes(text))).toEqual([]);
  });

  it('writes only the masks that wait for a number when the numbers come', async () => {
    longTable(20);
    document.body.insertAdjacentHTML('beforeend', '<p class="mail">bram.oost@example.nl</p>');
    const pipeline = pipelineWith(document);
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => undefined,
    );
    expect(document.querySelector('.mail')!.textContent).toBe('[e-mail]');
    const written: Node[] = [];
    const observer = new MutationObserver((records) => written.push(...records.map((record) => record.target)));
    observer.observe(document.body, { subtree: true, characterData: true, childList: true, attributes: true });
    document.querySelector('.who')!.remove();
    for (const applicant of pipeline.applicants.all) applicant.number = 3;
    pipeline.renumber();
    await Promise.resolve();
    observer.disconnect();
    expect(texts('.who')).toEqual(Array.from({ length: 19 }, () => 'Kandidaat 3'));
    // The removal, then one write per name cell left: no other text or attribute is touched.
    expect(written.filter((node) => node.parentElement?.className !== 'who')).toHaveLength(1);
    expect(written).toHaveLength(20);
  });
});
