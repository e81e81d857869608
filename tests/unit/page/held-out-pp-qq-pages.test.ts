import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets PP and QQ of stop 40 showed us.
const lexicon = testLexicon({
  given: ['feven', 'mohammed', 'nour', 'ilse', 'bart', 'wahyu', 'noa', 'roos', 'emre'],
  family: ['gebreyesus', 'sayed', 'khalil', 'schouten', 'lammers', 'hidayat', 'siebelink', 'visser', 'celik'],
  common: ['roos'],
});
const found = (text: string) => detectMarkers(text).map((range) => [text.slice(range.start, range.end), range.category]);

describe('pages of held-out sets PP and QQ', () => {
  it("takes back the guess that a forward's sender is a colleague where a file on the page bears the name", () => {
    const inbox = (attachment: string) =>
      harvestPage(
        `<nav><span class="me">Ilse Schouten</span></nav><section>` +
          '<div class="conv"><span class="cust">Feven Gebreyesus</span><div class="subj">Fwd: Sollicitatie pedagogisch medewerker</div></div>' +
          '<div class="conv"><span class="cust">Mohammed Al-Sayed</span><div class="subj">Open sollicitatie kok</div></div>' +
          '<div class="conv"><span class="cust">Nour Khalil</span><div class="subj">Vraag over stageplaats</div></div></section>' +
          `<main><h1>Fwd: Sollicitatie pedagogisch medewerker</h1><div class="files"><span>${attachment}</span></div></main>` +
          '<aside aria-label="Customer"><h2>Feven Gebreyesus</h2><p><a href="mailto:feven@example.com">feven@example.com</a></p></aside>',
        lexicon,
      );
    expect(inbox('CV_Feven_Gebreyesus.pdf').names).toContain('Feven Gebreyesus');
    // Without her cv on the page, a forward's sender stays the colleague who forwarded (held-out set S).
    expect(inbox('Rooster_week_24.pdf').names).not.toContain('Feven Gebreyesus');
  });

  it("reads the name of a card drawn in a custom element's shadow root, before the card's badge", () => {
    document.body.replaceChildren();
    const list = document.createElement('div');
    document.body.append(list);
    const people = [
      ['RV', 'Roos Visser', 'Eerder bij jullie gewerkt'],
      ['WH', 'Wahyu Hidayat', 'Nieuw op het platform'],
      ['NS', 'Noa Siebelink', 'Nieuw op het platform'],
    ];
    for (const [initials, name, badge] of people) {
      const card = document.createElement('talent-card');
      list.append(card);
      const root = card.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>:host{display:block}</style><div class="card"><div class="avatar">${initials}</div><div><div class="name">${name} <span class="badge">${badge}</span></div><div class="sub">21 jaar · 37 diensten · sollicitatie</div></div><div class="actions"><button>Accepteren</button><button>Afwijzen</button></div></div>`;
    }
    const marks = createPageMarks();
    const harvester = createHarvester({ lexicon, marks, onPhoto: () => undefined });
    harvester.pass(document.documentElement).run();
    for (const card of list.children) harvester.pass(card.shadowRoot!).run();
    const names = harvester.take().map((name) => name.name);
    expect(names).toEqual(expect.arrayContaining(['Wahyu Hidayat', 'Noa Siebelink']));
    expect(names).not.toContain('Nieuw op het platform');
  });

  it('knows common Indian given names and Hindustani and Eritrean family names the packages miss', () => {
    const full = createNameLexicon(NAME_LEXICON_DATA);
    for (const given of ['vishal', 'vijay', 'manish', 'gaurav', 'pankaj']) expect(full.given(given)).toBeGreaterThan(0);
    for (const family of ['ramsaroep', 'gebreyesus']) expect(full.family(family)).toBeGreaterThan(0);
  });

  it('reads a value after a label that follows a middle dot', () => {
    expect(found('26 years · Nationality: Eritrean')).toContainEqual(['Eritrean', 'nationality']);
    expect(found('Bloembinden · Geboortedatum: 27-04-2007 · Heerhugowaard')).toContainEqual(['27-04-2007', 'birth']);
  });

  it('hides a birth date said in a sentence and a country one says one is from', () => {
    expect(found('Mijn geboortedatum is 5 maart 1994.')).toContainEqual(['5 maart 1994', 'birth']);
    expect(found('Goedemiddag, ik ben verpleegkundige uit Oekraïne.')).toContainEqual(['Oekraïne', 'nationality']);
    expect(found('I am a nurse from Ghana and live in Leeds.')).toContainEqual(['Ghana', 'nationality']);
    // A town one is glad to come from is no country, and the country must follow soon.
    expect(found('Ik ben blij uit Utrecht te komen.').filter(([, category]) => category === 'nationality')).toEqual([]);
  });

  it('hides a British mobile number of eleven digits, and no more digits after a Dutch one', () => {
    expect(found('olamide@example.com · 07700 900412')).toContainEqual(['07700 900412', 'phone']);
    expect(found('Bel 06 12345678 3 dagen na het gesprek')).toContainEqual(['06 12345678', 'phone']);
  });
});
