import { beforeEach, describe, expect, it } from 'vitest';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { createAvatars } from '../../../lib/page/harvest/avatars';
import type { Candidates } from '../../../lib/page/harvest/candidates';
import { labelOf } from '../../../lib/page/labels';
import { applicantWords, readPageRole } from '../../../lib/page/page-role';
import { itemOf } from '../../../lib/page/harvest/structure';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set X showed us: an inbox whose rows are
// links, an HR case's reference fields, a wiki's staff page read while our mask holds its title.
const lexicon = testLexicon({
  given: ['wiktoria', 'tarik', 'ama', 'karin', 'bram', 'nadia', 'sjoerd', 'kevin'],
  family: ['zielinska', 'benali', 'owusu', 'vries', 'oosterhuis', 'boukhari', 'boer', 'tan'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set X showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it("reads an inbox's rows made of links, each its sender's", () => {
    const posting = (initials: string, sender: string, subject: string) =>
      `<a class="posting" href="#"><span class="avatar">${initials}</span><div><div class="posting__sender">${sender}</div>` +
      `<div class="posting__title">${subject}</div></div><time>9:41am</time></a>`;
    const { names } = harvest(
      '<h2>New for you</h2><div class="postings">' +
        posting('TB', 'Tarik Benali', 'Application Junior Data Analyst – CV attached') +
        posting('AO', 'Ama Owusu', 'Follow-up on my application') +
        posting('KV', 'Karin de Vries', 'Planning week 44') +
        '</div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Tarik Benali', 'Ama Owusu']));
    expect(names).not.toContain('Karin de Vries');
    // A link of a menu is no row of its own.
    document.body.innerHTML = '<nav><a class="m" href="#">Imbox</a><a class="m" href="#">Feed</a></nav>';
    expect(itemOf(document.querySelector('a')!)).toBeUndefined();
  });

  it("keeps an applicant who writes to the signed-in account an applicant: a mail's way from one address to the other", () => {
    const { names } = harvest(
      '<header class="app-header"><span class="avatar" title="Bram Oosterhuis">BO</span> <span>bram@oosterhuis-co.example.com</span></header>' +
        '<main><h1>Sollicitatie: Junior Data Analist</h1><article class="entry"><header><div class="entry__from">Wiktoria Zielinska</div>' +
        '<div class="entry__addr">wiktoria.zielinska@example.com → bram@oosterhuis-co.example.com</div></header>' +
        '<div class="attachments">📄 Wiktoria_Zielinska_CV_2026.pdf · 356 KB</div></article></main>',
    );
    expect(names).toContain('Wiktoria Zielinska');
  });

  it("reads the label before a reference field's wrapper, and a case's subject person as the person it is about", () => {
    document.body.innerHTML =
      '<div class="form-group"><label class="control-label"><span>*</span> Subject person</label>' +
      '<div class="input-group"><input type="hidden" value="a9c0"><input id="s" value="Nadia Boukhari"><button>🔍</button></div></div>' +
      '<div class="form-group"><label>Opened for</label><div class="input-group"><input value="x"><input id="second" value="y"></div></div>';
    expect(labelOf(document.querySelector('#s')!)).toBe('* Subject person');
    // Only the field that opens its wrapper takes the label.
    expect(labelOf(document.querySelector('#second')!)).toBeUndefined();
    expect(roleOfLabel('* Subject person')).toBe('applicant-name');
    expect(roleOfLabel('Opened for')).toBe('applicant-name');
  });

  it("reads a page's role from its title as the page wrote it, while ours masks the tab's title", () => {
    document.title = '…';
    const row = (name: string) => `<tr><td><a href="#">${name}</a></td><td>Servicedesk</td><td>toestel 2201</td></tr>`;
    const page = harvest(
      '<h1>IT-afdeling » Wiki</h1><table><thead><tr><th>Naam</th><th>Team</th><th>Telefoon</th></tr></thead><tbody>' +
        row('Sjoerd de Boer') +
        row('Kevin Tan') +
        '</tbody></table><p>Vragen over stageplekken gaan via Sjoerd; de mbo-stagiairs begeleidt Kevin.</p>',
    );
    const evidence = { ...page.harvester.evidence, names: page.names.length, adapterNames: 0 };
    const written = (element: Element) =>
      element.tagName === 'TITLE' ? 'Wie is wie - IT-afdeling - Redmine' : (element.textContent ?? '');
    expect(readPageRole(document, evidence, written)).toBe('neither');
    // The title as the page wrote it counts among the places that name things.
    document.title = '…';
    expect(applicantWords(document, 'Sollicitaties | Werving')).toBe(applicantWords(document) + 1);
  });
});

describe("the signed-in user's avatar", () => {
  it('is kept, and names a colleague, when its tooltip marks them as you ("Youssef Amrani (you)")', () => {
    const candidates = { isStaff: () => false, isStaffInitials: () => false } as unknown as Candidates;
    const avatars = createAvatars(candidates);
    document.body.innerHTML = '<div><span class="ava" title="Youssef Amrani (you)">YA</span> <b>Inbox</b></div>';
    const avatar = document.querySelector('.ava')!;
    avatars.offer(avatar);
    const staff: string[] = [];
    avatars.colleagues((name) => staff.push(name));
    expect(staff).toEqual(['Youssef Amrani']);
    expect(avatars.take().colleagues).toEqual([avatar]);
  });
});

describe('names a chat lists after a count of applicants', () => {
  it('takes the names, and leaves the facts between them ("Li Wei, tel …, en Nicole de Boer")', () => {
    expect(
      applicantPhraseNames('Nog twee voor Helpende Plus: Li Wei (李伟), tel 06 77 21 30 98, en Nicole de Boer (geen familie van Esther).'),
    ).toEqual(['Li Wei', 'Nicole de Boer']);
    expect(applicantPhraseNames('Nog twee voor de lunch: broodjes, en soep.')).toEqual([]);
  });
});
