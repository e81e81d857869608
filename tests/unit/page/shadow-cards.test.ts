import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { firstShownText, firstTextElement, hasTwin, itemOf } from '../../../lib/page/harvest/structure';
import { testLexicon } from '../blinding/test-lexicon';

/** A board of custom-element cards: name and initials in an open shadow root, a photo slotted in. */
function board(photos: boolean[]): Element[] {
  document.body.replaceChildren();
  const lane = document.createElement('div');
  document.body.append(lane);
  return photos.map((photo, index) => {
    const card = document.createElement('wh-card');
    if (photo) {
      const image = document.createElement('img');
      image.setAttribute('slot', 'avatar');
      card.append(image);
    }
    lane.append(card);
    const root = card.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block }';
    const slot = document.createElement('slot');
    slot.setAttribute('name', 'avatar');
    const initials = document.createElement('span');
    initials.textContent = 'PR';
    slot.append(initials);
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = `Priya Raghunathan ${index}`;
    root.append(style, slot, title);
    return card;
  });
}

describe('cards drawn by custom elements in open shadow roots', () => {
  beforeEach(() => document.body.replaceChildren());

  it('are the items of a board: a text in the shadow root belongs to its host, one of several alike', () => {
    const [card] = board([true, true]);
    const title = card!.shadowRoot!.querySelector('.title')!;
    expect(itemOf(title)).toBe(card);
  });

  it('show their text through the shadow root, without style text or the initials a slot shows for a missing photo', () => {
    const [withPhoto, withoutPhoto] = board([true, false]);
    expect(firstShownText(withoutPhoto!, 5)?.data).toBe('Priya Raghunathan 1');
    expect(firstShownText(withoutPhoto!, 5, (text) => text.startsWith('PR'))).toBeUndefined();
    expect(firstTextElement(withPhoto!)).toBe(withPhoto!.shadowRoot!.querySelector('.title'));
    expect(firstTextElement(withoutPhoto!)).toBe(withoutPhoto!.shadowRoot!.querySelector('.title'));
  });

  it('are titled in a light card by the text after an initials badge, which stands in for a photo (held-out set HH)', () => {
    document.body.innerHTML = '<div class="c"><span>MW</span><b>Mark de Wit</b></div><div class="c"><span>Nieuw</span><b>Kim Bos</b></div>';
    const [initialsFirst, statusFirst] = [...document.querySelectorAll('.c')];
    expect(firstTextElement(initialsFirst!)?.tagName).toBe('B');
    expect(firstTextElement(statusFirst!)?.tagName).toBe('SPAN');
  });

  it("counts words about applicants in a shadow root, which the document's own count cannot see", () => {
    const host = document.createElement('wh-board');
    document.body.append(host);
    const heading = document.createElement('h2');
    heading.textContent = 'Sollicitanten · Klantenservice';
    const lane = document.createElement('h3');
    lane.textContent = 'Gesolliciteerd';
    host.attachShadow({ mode: 'open' }).append(heading, lane);
    const harvester = createHarvester({ lexicon: testLexicon({}), marks: createPageMarks() });
    harvester.pass(host.shadowRoot!).run();
    expect(harvester.evidence.applicantTokens).toBe(2);
    harvester.pass(document.documentElement).run();
    expect(harvester.evidence.applicantTokens).toBe(2);
  });

  it("does not count one colleague's job title on a team card as a board about applicants, however often it is read", () => {
    const card = document.createElement('team-card');
    document.body.append(card);
    const role = document.createElement('span');
    role.textContent = 'Stagiair Elektrotechniek (niveau 4)';
    card.attachShadow({ mode: 'open' }).append(role);
    const harvester = createHarvester({ lexicon: testLexicon({}), marks: createPageMarks() });
    harvester.pass(card.shadowRoot!).run();
    harvester.pass(card.shadowRoot!).run();
    expect(harvester.evidence.applicantTokens).toBe(0);
  });
});

describe('custom elements named for applicants', () => {
  it("read as cards about applicants by their tag name, without a word in their text; the assignee's line stays a colleague's", () => {
    document.body.replaceChildren();
    const lane = document.createElement('section');
    document.body.append(lane);
    for (const [name, assignee] of [
      ['Bram Oost', 'Joris Kok'],
      ['Noor Bakx', 'Mirte Bos'],
    ]) {
      const card = document.createElement('rt-candidate-card');
      lane.append(card);
      const root = card.attachShadow({ mode: 'open' });
      const box = document.createElement('div');
      box.className = 'card';
      const title = document.createElement('span');
      title.className = 'name';
      title.textContent = name!;
      const line = document.createElement('div');
      line.className = 'meta';
      line.textContent = `Toegewezen: ${assignee}`;
      box.append(title, line);
      root.append(box);
    }
    const harvester = createHarvester({
      lexicon: testLexicon({ given: ['bram', 'noor'], family: ['oost', 'bakx'] }),
      marks: createPageMarks(),
    });
    harvester.pass(document.documentElement).run();
    for (const card of lane.children) harvester.pass(card.shadowRoot!).run();
    const names = harvester.take().map((found) => found.name);
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Noor Bakx']));
    expect(names).not.toContain('Joris Kok');
    expect(harvester.evidence.applicantTokens).toBeGreaterThan(0);
  });

  it("take a card's name from a row classed 'top' inside its shadow root: the top of a card is no top bar of the page", () => {
    document.body.replaceChildren();
    const header = document.createElement('header');
    header.textContent = 'Femke Brouwer';
    const lane = document.createElement('section');
    document.body.append(header, lane);
    for (const name of ['Kevin Oduya', 'Sara Lindqvist']) {
      const card = document.createElement('rt-candidate-card');
      lane.append(card);
      const box = document.createElement('div');
      box.className = 'card';
      const top = document.createElement('div');
      top.className = 'top';
      const title = document.createElement('span');
      title.className = 'name';
      title.textContent = name;
      top.append(title);
      box.append(top);
      card.attachShadow({ mode: 'open' }).append(box);
    }
    const harvester = createHarvester({
      lexicon: testLexicon({ given: ['kevin', 'sara', 'femke'], family: ['oduya', 'lindqvist', 'brouwer'] }),
      marks: createPageMarks(),
    });
    harvester.pass(document.documentElement).run();
    for (const card of lane.children) harvester.pass(card.shadowRoot!).run();
    const names = harvester.take().map((found) => found.name);
    expect(names).toEqual(expect.arrayContaining(['Kevin Oduya', 'Sara Lindqvist']));
    expect(harvester.isStaff('Kevin Oduya')).toBe(false);
    expect(harvester.isStaff('Femke Brouwer')).toBe(true);
  });
});

describe('text we wrote over a name', () => {
  it("labels nothing when the page is read again: a tag after a card's pseudonym is no name", () => {
    document.body.innerHTML =
      '<div class="card"><div class="top">Kandidaat 6</div><div class="tags"><span>Talentpool</span></div></div>' +
      '<div class="card"><div class="top">Candidate 2</div><div class="tags"><span>Referral</span></div></div>' +
      '<div class="card"><div class="top">Kandidaat</div><div class="tags"><span>Imane Bouzid</span></div></div>';
    const harvester = createHarvester({
      lexicon: testLexicon({ given: ['talentpool', 'referral', 'imane'], family: ['bouzid'] }),
      marks: createPageMarks(),
    });
    harvester.pass(document.documentElement).run();
    const names = harvester.take().map((found) => found.name);
    expect(names).not.toContain('Talentpool');
    expect(names).not.toContain('Referral');
    // A real "Kandidaat" label still labels its value.
    expect(names).toContain('Imane Bouzid');
  });

  it('and a category mask labels nothing either: "[adres]" before the next line of a hover card', () => {
    document.body.innerHTML =
      '<ul><li>[e-mail]</li><li>[telefoon]</li><li>[adres]</li><li id="v">Gesolliciteerd 3 dagen geleden</li><li>Bron: Indeed</li><li>CV: cv.pdf</li></ul>';
    const marks = createPageMarks();
    createHarvester({ lexicon: testLexicon({}), marks })
      .pass(document.documentElement)
      .run();
    expect(marks.markOf(document.querySelector('#v')!)).toBeUndefined();
  });
});

describe("a row whose photo or initials say they are an applicant's", () => {
  it('names its person with the first name-shaped text after the initials, also in a shadow root', () => {
    document.body.replaceChildren();
    const list = document.createElement('ol');
    document.body.append(list);
    for (const [initials, name] of [
      ['MY', 'Mehmet Yildiz'],
      ['NH', 'Noor Haddad'],
    ]) {
      const row = document.createElement('li');
      const avatar = document.createElement('span');
      avatar.setAttribute('data-test-candidate-initials', '');
      avatar.textContent = initials!;
      const lockup = document.createElement('x-lockup');
      row.append(avatar, lockup);
      list.append(row);
      const title = document.createElement('span');
      title.textContent = name!;
      const headline = document.createElement('div');
      headline.textContent = 'Platform Engineer · Go, Terraform';
      lockup.attachShadow({ mode: 'open' }).append(title, headline);
    }
    const harvester = createHarvester({
      lexicon: testLexicon({ given: ['mehmet', 'noor'], family: ['yildiz', 'haddad'] }),
      marks: createPageMarks(),
    });
    harvester.pass(document.documentElement).run();
    for (const row of list.children) harvester.pass(row.querySelector('x-lockup')!.shadowRoot!).run();
    expect(harvester.take().map((found) => found.name)).toEqual(expect.arrayContaining(['Mehmet Yildiz', 'Noor Haddad']));
  });
});

describe('the only card in a lane of a board', () => {
  const lane = (cards: string[]) =>
    `<section class="lane"><h2>Fase</h2><div class="cards">${cards.map((name) => `<div class="card" data-test-candidate-card><div class="initials">XX</div><div class="body"><div class="title">${name}</div></div></div>`).join('')}</div></section>`;

  it('is a card like those in the lanes beside it', () => {
    document.body.innerHTML = `<main>${lane(['Bram Oost', 'Noor Bakx'])}${lane(['Nour Alhamwi'])}</main>`;
    const lone = document.querySelectorAll('.card')[2]!;
    expect(hasTwin(lone)).toBe(true);
    expect(itemOf(lone.querySelector('.title')!)).toBe(lone);
  });

  it("is a card when its lane also holds the lane's header and counter (Odoo's kanban column)", () => {
    const column = (cards: string[]) =>
      `<div class="group"><div class="head">Fase <span>${cards.length}</span></div><div class="bar"></div>${cards.map((name) => `<article class="record"><span>${name}</span><div class="sub">Via Indeed</div></article>`).join('')}</div>`;
    document.body.innerHTML = `<main>${column(['Bram Oost', 'Noor Bakx'])}${column(['Nour Alhamwi'])}</main>`;
    const lone = document.querySelectorAll('article')[2]!;
    expect(hasTwin(lone)).toBe(true);
    // A part of the lone card, beside its parts in the cards of the other lane, is still a part.
    expect(hasTwin(lone.querySelector('.sub')!)).toBe(false);
  });

  it('is no card when no lane beside it holds one alike, and a part of a card stays a part', () => {
    document.body.innerHTML = `<main>${lane(['Nour Alhamwi'])}<section class="lane"><h2>Leeg</h2><div class="cards"></div></section></main>`;
    expect(hasTwin(document.querySelector('.card')!)).toBe(false);
    document.body.innerHTML = `<main>${lane(['Bram Oost', 'Noor Bakx'])}</main>`;
    expect(hasTwin(document.querySelector('.initials')!)).toBe(false);
  });
});
