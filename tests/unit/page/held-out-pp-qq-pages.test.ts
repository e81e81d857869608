import { describe, expect, it } from 'vitest';
import { pronounOfSomeoneElse } from '../../../entrypoints/screening.content/pronoun-of-someone-else';
import { detectMarkers } from '../../../lib/blinding';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { scanContextualNames } from '../../../lib/blinding/name-context-detectors';
import { describesWork, roleOfAttributeTokens, roleOfLabel } from '../../../lib/blinding/field-roles';
import { lineBelow } from '../../../entrypoints/screening.content/text-before';
import { fitsCategory } from '../../../lib/page/harvest/values';
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

  it('takes no phrase under a name label for a name: a small word among capitalised ones', () => {
    expect(judgeName('Uitgenodigd door Karin Veldhuis', ['field-role'], lexicon).accept).toBe(false);
    // A name typed small in a field still is one.
    expect(judgeName('feven gebreyesus', ['field-role'], lexicon).accept).toBe(true);
    expect(judgeName('Nour el Khalil', ['field-role'], lexicon).accept).toBe(true);
    // A small initial is no small word (set LL, a form's answers).
    expect(judgeName('JANSEN, p.', ['field-role'], createNameLexicon(NAME_LEXICON_DATA)).accept).toBe(true);
  });

  it("keeps a mail's recipient row out of the row's name: whom a mail went to is said by other cues", () => {
    const mail = harvestPage(
      '<table><tr><td class="lbl">Van:</td><td>Nour Khalil &lt;<a href="mailto:nour@example.com">nour@example.com</a>&gt;</td></tr>' +
        '<tr><td class="lbl">Aan:</td><td>Ilse Schouten (via Baanzoeker)</td></tr><tr><td class="lbl">Datum:</td><td>17 juni</td></tr></table>' +
        '<p>Sollicitatie werkvoorbereider</p>',
      lexicon,
    );
    expect(mail.names).not.toContain('Ilse Schouten');
  });

  it("reads a new hire's payroll contact as a colleague", () => {
    expect(roleOfLabel('Salarisadministratie:')).toBe('staff-name');
    expect(roleOfLabel('Payroll')).toBe('staff-name');
  });

  it('takes no one who introduces themselves for a firm written as a brand for an applicant', () => {
    const introduced = (text: string) => {
      const names: string[] = [];
      scanContextualNames(text, (start, end) => names.push(text.slice(start, end)));
      return names;
    };
    expect(introduced('Hoi Nour, ik ben Ilse van DistriNed. Wanneer kun je starten?')).toEqual(['Nour']);
    expect(introduced('Ik ben Nour van den Berg en ik solliciteer')).toEqual(['Nour van den Berg']);
  });

  it('keeps the pronoun of a colleague named at the end of the sentence before', () => {
    const text = 'Ik heb je mail doorgestuurd naar onze HR-collega Ilse Schouten. Zij neemt binnen een week contact met je op.';
    const start = text.indexOf('Zij');
    const pronoun: MarkerRange = { start, end: start + 3, category: 'gender', pronoun: 'pronoun-subject' };
    expect(pronounOfSomeoneElse(text, pronoun, [], (name) => name === 'Ilse Schouten')).toBe(true);
    // An applicant named there keeps the pronoun hidden.
    expect(pronounOfSomeoneElse(text, pronoun, [], () => false)).toBe(false);
    // A message's author read as the line above ("Mark Huisman. He seems a bit nervous") closes no sentence (set JJ).
    const authored = 'Ilse Schouten. He seems a bit nervous, let us start with the easy questions.';
    // Nor its last word alone: "Schouten" after "Ilse".
    const he = authored.indexOf('He');
    expect(
      pronounOfSomeoneElse(
        authored,
        { start: he, end: he + 2, category: 'gender', pronoun: 'pronoun-subject' },
        [],
        (name) => name === 'Ilse Schouten' || name === 'Schouten',
      ),
    ).toBe(false);
  });

  it("reads a street on its own line as the line over a postcode's", () => {
    document.body.innerHTML =
      '<h2>Jolien ten Broeke</h2><p>Vlietstede 14</p><p>3436 GK Nieuwegein</p><p>Werkervaring 2019</p><p>Bakkerij 3</p>';
    const [, street, , , bakery] = document.body.children;
    expect(lineBelow(street!.firstChild!, 'Vlietstede 14')).toBe('\n3436 GK Nieuwegein');
    expect(found('Vlietstede 14\n3436 GK Nieuwegein')).toContainEqual(['Vlietstede 14', 'address']);
    // No postcode below: nothing is read with it.
    expect(lineBelow(bakery!.firstChild!, 'Bakkerij 3')).toBe('');
  });

  it("keeps a search's location readable, and reads a column of postcode and town as an address", () => {
    expect(found('Location: Amsterdam + 30 km')).toEqual([]);
    expect(found('Location: Kerkstraat 5, Amsterdam')).toContainEqual(['Kerkstraat 5, Amsterdam', 'address']);
    expect(roleOfLabel('Postcode / woonplaats')).toBe('address');
    expect(fitsCategory('city', 'Amsterdam + 30 km')).toBe(false);
    expect(fitsCategory('city', 'Amsterdam')).toBe(true);
  });

  it("reads a job's requirements as what describes the work, and both nationalities joined with their articles", () => {
    expect(describesWork('Vacature-eisen')).toBe(true);
    expect(describesWork('Talen')).toBe(false);
    expect(found('Ja, ik heb de Nederlandse en de Turkse nationaliteit.')).toContainEqual(['Nederlandse en de Turkse', 'nationality']);
  });

  it('reads the French labels and field names of a Belgian or French HR form (held-out set RR)', () => {
    expect(
      ['Lieu de naissance', 'Nationalité', 'Code postal', 'Ville', 'Date de naissance', 'Rijksregisternummer'].map(roleOfLabel),
    ).toEqual(['birthplace', 'nationality', 'postcode', 'city', 'birth', 'id-number']);
    expect(
      ['lieu_naissance', 'pays_naissance', 'adresse_ligne1', 'code_postal', 'nationalNumber', 'nationalite'].map(roleOfAttributeTokens),
    ).toEqual(['birthplace', 'birthplace', 'address', 'postcode', 'id-number', 'nationality']);
  });
});
