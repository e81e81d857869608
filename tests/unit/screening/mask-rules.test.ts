import { afterEach, describe, expect, it } from 'vitest';
import { createMaskRules } from '../../../entrypoints/screening.content/mask-rules';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { createStaffNames } from '../../../lib/page/harvest/staff';
import { testLexicon } from '../blinding/test-lexicon';
import { ALL_CATEGORIES as ALL, pageWith, testAdapter as adapter } from './page-with-applicants';

describe('mask rules on a page read from its structure', () => {
  afterEach(() => document.body.replaceChildren());

  it('hides a value wholly by its mark, but not the attributes of its element', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Bram Oost</h2></div><input id="mail" aria-label="E-mail privé">');
    const marks = createPageMarks();
    const field = document.querySelector('#mail')!;
    marks.mark(field, { kind: 'category', category: 'email' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('bram at home', field, 'text')).toBe('[e-mail]');
    expect(rules.mask('E-mail privé', field, 'attribute')).toBeUndefined();
  });

  it('hides the texts of an element found as a name that hold part of it, not a status beside it', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><div id="head"><span id="n">Oost, B. (Bram)</span><span id="s">— Actief · Beschikbaar per 01-04-2025</span></div>',
    );
    const marks = createPageMarks();
    marks.mark(document.querySelector('#head')!, { kind: 'name', name: 'Bram Oost' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    const status = document.querySelector('#s')!.firstChild!;
    expect(rules.mask('Oost, B. (Bram)', document.querySelector('#n')!, 'text', document.querySelector('#n')!.firstChild!)).toBe(
      'Kandidaat …',
    );
    expect(rules.mask('— Actief · Beschikbaar per 01-04-2025', document.querySelector('#s')!, 'text', status)).toBeUndefined();
    // Another spelling beside it reads as a name on its own, and is covered too.
    expect(rules.mask('(Bramo van Ooste)', document.querySelector('#s')!, 'text', status)).toBe('Kandidaat …');
  });

  it('keeps what a card titled with the name first says about the job, and hides the name in it', () => {
    // Held-out set P, a board: "Leerling bakker" stays although the applicant is called Bakker.
    const applicants = pageWith('<div class="card"><h2 class="name">Sem Bakker</h2></div><a id="t">Sem Bakker – Leerling bakker (BBL)</a>');
    const marks = createPageMarks();
    const title = document.querySelector('#t')!;
    marks.mark(title, { kind: 'name', name: 'Sem Bakker' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('Sem Bakker – Leerling bakker (BBL)', title, 'text', title.firstChild!)).toBe('Kandidaat … – Leerling bakker (BBL)');
    // A rest that reads as a name, or holds a part of it, is hidden with it.
    expect(rules.mask('Bakker – Sem', title, 'text', title.firstChild!)).toBe('Kandidaat …');
    expect(rules.mask('Sem – Bakker Bouw', title, 'text', title.firstChild!)).toBe('Kandidaat …');
  });

  it("leaves a name word that closes another proper name readable, and masks it alone, in a greeting and at a sentence's start", () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Roos Hendriks</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    const owner = document.body;
    expect(rules.mask('Een campagne voor bloemist De Witte Roos.', owner, 'text')).toBeUndefined();
    expect(rules.mask('Beste Roos, dank voor je mail.', owner, 'text')).toBe('Beste Kandidaat …, dank voor je mail.');
    expect(rules.mask('Vandaag Roos gebeld.', owner, 'text')).toBe('Vandaag Kandidaat … gebeld.');
    expect(rules.mask('Gesprek met Roos Hendriks morgen.', owner, 'text')).toBe('Gesprek met Kandidaat … morgen.');
    // Capitalised words before it without an article are the rest of a person's name.
    expect(rules.mask('De shortlist: Lotte en Anna Maria Roos.', owner, 'text')).toBe('De shortlist: Lotte en Anna Maria Kandidaat ….');
  });

  it("reads a marker cut in two from its neighbour's own text, also once the neighbour shows our mask", () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><p id="line"><span id="s">Hoefkade</span> <span id="n">[adres]</span></p>',
    );
    const number = document.querySelector('#n')!.firstChild as Text;
    const rules = createMaskRules({
      adapter,
      applicants,
      hidden: ALL,
      locale: 'nl',
      marks: createPageMarks(),
      originalOfText: (node) => (node === number ? '377' : undefined),
      originalText: (element) => (element.contains(number) ? '377' : (element.textContent ?? '')),
    });
    const street = document.querySelector('#s')!;
    expect(rules.mask('Hoefkade', street, 'text', street.firstChild!)).toBe('[adres]');
  });

  it('leaves a colleague who shares a name part with an applicant readable, and the employer mailboxes', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Jolien Oost</h2></div>');
    const staff = createStaffNames();
    staff.add('Jolien van der Meer');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), isStaff: staff.covers });
    const owner = document.body;
    expect(rules.mask('Eigenaar: Jolien van der Meer', owner, 'text')).toBeUndefined();
    expect(rules.mask('Gesprek met Jolien Oost', owner, 'text')).toBe('Gesprek met Kandidaat …');
    expect(rules.mask('Mail werkenbij@bakkerij.example of jolien.oost@example.org', owner, 'text')).toBe(
      'Mail werkenbij@bakkerij.example of [e-mail]',
    );
  });

  it("leaves an address at the account's own domain readable, never one at a free mail provider's (held-out set S)", () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Jolien Oost</h2></div>');
    const ours = (address: string) => address.endsWith('@kuipers.example') || address.endsWith('@gmail.com');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), isColleagueAddress: ours });
    const owner = document.body;
    expect(rules.mask('Aan: planning@kuipers.example', owner, 'text')).toBeUndefined();
    expect(rules.mask('Van: jolien.oost@gmail.com', owner, 'text')).toBe('Van: [e-mail]');
  });

  it('hides gendered pronouns inside a marked notes area only', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><section id="notes"><p id="n">Hij was op tijd.</p></section><p id="o">Hij</p>',
    );
    const marks = createPageMarks();
    marks.addNotes(document.querySelector('#notes')!);
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('Hij was op tijd.', document.querySelector('#n')!, 'text')).toBe('[die] was op tijd.');
    expect(rules.mask('Hij was op tijd.', document.querySelector('#o')!, 'text')).toBeUndefined();
  });

  it('leaves a pronoun whose named subject is a colleague, and hides one said to a colleague about the applicant (held-out set U)', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Bram Oost</h2></div><section id="chat"><p id="m">…</p></section>');
    const marks = createPageMarks();
    marks.addNotes(document.querySelector('#chat')!);
    const staff = createStaffNames();
    staff.add('Pieter Bakker');
    staff.add('Sabine Kuijpers');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks, isStaff: staff.covers });
    const owner = document.querySelector('#m')!;
    expect(rules.mask('Welkom Bram! Pieter schuift zo aan, hij zit nog in overleg.', owner, 'text')).toBe(
      'Welkom Kandidaat …! Pieter schuift zo aan, hij zit nog in overleg.',
    );
    expect(rules.mask('Sabine, zijn werk ziet er sterk uit. Vraag jij hem ook?', owner, 'text')).toBe(
      'Sabine, [diens] werk ziet er sterk uit. Vraag jij [hen] ook?',
    );
    // An applicant named after the colleague: the pronoun may be theirs.
    expect(rules.mask('Pieter belde Bram Oost, hij komt dinsdag.', owner, 'text')).toBe('Pieter belde Kandidaat …, [die] komt dinsdag.');
    expect(rules.mask('Hij komt dinsdag.', owner, 'text')).toBe('[die] komt dinsdag.');
    // A colleague spoken to is no subject, and an object pronoun is about someone else.
    expect(rules.mask('@Pieter Bakker can you schedule her with me?', owner, 'text')).toBe(
      '@Pieter Bakker can you schedule [diens] with me?',
    );
    expect(rules.mask('Pieter belt morgen, spreek hem dan.', owner, 'text')).toBe('Pieter belt morgen, spreek [hen] dan.');
    // A colleague after a preposition is no subject (held-out set T).
    expect(rules.mask('Gebeld door Pieter Bakker (di 10:15): hij is per direct beschikbaar.', owner, 'text')).toBe(
      'Gebeld door Pieter Bakker (di 10:15): [die] is per direct beschikbaar.',
    );
  });

  it('reads a pronoun with a colleague mentioned in an element of its own, and with a person named who is no applicant (held-out set W)', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><section id="chat"><p id="m">Kamer geboekt. <span class="mention">@Chen Wei</span> zei dat hij de kamer regelt.</p><p id="n">…</p></section>',
    );
    const marks = createPageMarks();
    marks.addNotes(document.querySelector('#chat')!);
    const staff = createStaffNames();
    staff.add('Chen Wei');
    const lexicon = testLexicon({ given: ['jeroen', 'bram'], family: ['oost'] });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks, isStaff: staff.covers, lexicon });
    const said = document.querySelector('#m')!.lastChild as Text;
    expect(rules.mask(said.data, document.querySelector('#m')!, 'text', said)).toBeUndefined();
    const owner = document.querySelector('#n')!;
    expect(rules.mask('Ik ben tot vrijdag weg; Jeroen vervangt mij, hij weet ervan.', owner, 'text')).toBeUndefined();
    expect(rules.mask('Ik sprak Bram Oost, hij komt dinsdag.', owner, 'text')).toBe('Ik sprak Kandidaat …, [die] komt dinsdag.');
  });

  it('hides gendered pronouns in a dialog, form or hover card that names a known applicant', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div>' +
        '<div role="dialog"><h2>Sollicitatiegesprek – Bram Oost</h2><p id="d">Hij komt met de trein.</p></div>' +
        '<form><legend>Scorekaart Bram Oost</legend><section><p id="f">Goed gesprek. Ze heeft drie jaar ervaring.</p></section></form>' +
        '<div role="dialog"><h2>Teamoverleg</h2><p id="t">Hij neemt de notulen.</p></div>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    expect(rules.mask('Hij komt met de trein.', document.querySelector('#d')!, 'text')).toBe('[die] komt met de trein.');
    expect(rules.mask('Goed gesprek. Ze heeft drie jaar ervaring.', document.querySelector('#f')!, 'text')).not.toContain('Ze heeft');
    expect(rules.mask('Hij neemt de notulen.', document.querySelector('#t')!, 'text')).toBeUndefined();
  });

  it('hides gendered pronouns in the mails of a thread whose subject names a known applicant', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Chanel Martina</h2></div>' +
        '<main><h2>Fwd: Sollicitatie – Chanel Martina</h2><div role="listitem"><p id="r">Dank je! Ik bel haar morgen.</p></div></main>' +
        '<div role="listitem"><h3>Teamuitje</h3><p id="o">Ik bel haar morgen over de zaal.</p></div>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    expect(rules.mask('Dank je! Ik bel haar morgen.', document.querySelector('#r')!, 'text')).not.toContain('haar');
    expect(rules.mask('Ik bel haar morgen over de zaal.', document.querySelector('#o')!, 'text')).toBeUndefined();
  });

  it("hides gendered pronouns in a hover card that gives a personal address, not an employer's mailbox", () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div>' +
        '<div popover><div>b.oost@postvak.example</div><p id="p">Hij kan per direct beginnen.</p></div>' +
        '<div popover><div>vacatures@werfhuis.example</div><p id="v">Hij leest deze mailbox.</p></div>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    expect(rules.mask('Hij kan per direct beginnen.', document.querySelector('#p')!, 'text')).toBe('[die] kan per direct beginnen.');
    expect(rules.mask('Hij leest deze mailbox.', document.querySelector('#v')!, 'text')).toBeUndefined();
  });

  it('reads a marker cut by a line break with the text before it, and masks only the part in the node', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><p id="p">Ik ben geboren in<br>Paramaribo en woon in Almere.</p>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    const second = document.querySelector('#p')!.lastChild!;
    expect(rules.mask('Paramaribo en woon in Almere.', document.querySelector('#p')!, 'text', second)).toMatch(/^\[[^\]]+\] en woon in /u);
    expect(
      rules.mask('Ik ben geboren in', document.querySelector('#p')!, 'text', document.querySelector('#p')!.firstChild!),
    ).toBeUndefined();
  });

  it('masks both parts of a marker split over the spans of a PDF text layer', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><div class="textLayer"><span id="s">Hoefkade</span>\n<span id="n">377</span></div>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    for (const [selector, text] of [
      ['#s', 'Hoefkade'],
      ['#n', '377'],
    ] as const) {
      const span = document.querySelector(selector)!;
      expect(rules.mask(text, span, 'text', span.firstChild!)).toBe('[adres]');
    }
  });

  it('reads the name of a pane as the page wrote it, before our masks', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><div role="tooltip"><b>Kandidaat 1</b><p id="h">Hij kan per direct beginnen.</p></div>',
    );
    const originalText = (element: Element) =>
      element.getAttribute('role') === 'tooltip' ? 'Bram Oost Hij kan per direct beginnen.' : (element.textContent ?? '');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), originalText });
    expect(rules.mask('Hij kan per direct beginnen.', document.querySelector('#h')!, 'text')).toBe('[die] kan per direct beginnen.');
  });

  it("hides a title with an applicant's name, and leaves it before a name that stays readable", () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Bram Oost</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    const owner = document.body;
    expect(rules.mask('Geachte heer Van Dijk,', owner, 'text')).toBeUndefined();
    expect(rules.mask('Gesprek met de heer Oost', owner, 'text')).not.toContain('heer');
  });

  it('hides the value a known label names inside running text, on a page read from its structure', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Bram Oost</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    const masked = rules.mask('Notitie (door Jolien Post): Nationaliteit: Pools, start in januari.', document.body, 'text');
    expect(masked).not.toContain('Pools');
    expect(masked).toContain('start in januari');
  });

  it("keeps an address under a label of the employer's place, and hides the same address elsewhere", () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Oost</h2></div><dl><dd id="v">Rotterdam Centrum, Hofplein 20</dd></dl>',
    );
    const marks = createPageMarks();
    const value = document.querySelector('#v')!;
    marks.mark(value, { kind: 'descriptor' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('Rotterdam Centrum, Hofplein 20', value, 'text', value.firstChild!)).toBeUndefined();
    expect(rules.mask('Bram woont aan het Hofplein 20', document.body, 'text')).not.toContain('Hofplein 20');
  });

  it('keeps a trade word under a label of work, and the name with its given name there', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bas Timmerman</h2></div><table><tr><td id="f">Timmerman</td></tr></table>',
    );
    const marks = createPageMarks();
    const cell = document.querySelector('#f')!;
    marks.mark(cell, { kind: 'descriptor' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('Timmerman', cell, 'text', cell.firstChild!)).toBeUndefined();
    expect(rules.mask('Timmerman', document.body, 'text')).toBe('Kandidaat …');
    expect(rules.mask('Bas Timmerman', cell, 'text', cell.firstChild!)).toBe('Kandidaat …');
  });

  it("keeps a colleague's own address, and hides the applicant's", () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Nadia Boukhari</h2></div>');
    const staff = createStaffNames();
    staff.add('Mireille Bos');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), isStaff: staff.covers });
    expect(rules.mask('Aan: mireille.bos@zorgwerkflex.example', document.body, 'text')).toBeUndefined();
    expect(rules.mask('Aan: m.bos@zorgwerkflex.example', document.body, 'text')).toBeUndefined();
    expect(rules.mask('Van: nadia.boukhari@postvak.example', document.body, 'text')).toBe('Van: [e-mail]');
    // One word of a colleague's name is not enough: "mireille@..." could be anyone called Mireille.
    expect(rules.mask('mireille@postvak.example', document.body, 'text')).toBe('[e-mail]');
    // Another initial before the colleague's family name is someone else's (held-out set R: Adaeze and Emeka Nwosu).
    expect(rules.mask('n.bos@student.example.ac.uk', document.body, 'text')).toBe('[e-mail]');
  });

  it("keeps the employer's address readable and hides the applicant's, also in a card that lists hours", () => {
    const applicants = pageWith(
      '<section id="job"><h1>Schilder</h1><div id="meta">Nijverheidsweg 14, Medemblik · 38-40 uur · € 2.650</div></section>' +
        '<div class="card"><h2 class="name">Bram Oost</h2><p id="own">Kerkstraat 12, Utrecht · 32 uur</p></div><p id="mail">Tot dinsdag op ons kantoor aan de Noordersluisweg 20.</p>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks() });
    const meta = document.querySelector('#meta')!;
    expect(rules.mask(meta.textContent!, meta, 'text', meta.firstChild!)).toBeUndefined();
    const mail = document.querySelector('#mail')!;
    expect(rules.mask(mail.textContent!, mail, 'text', mail.firstChild!)).toBeUndefined();
    const own = document.querySelector('#own')!;
    expect(rules.mask(own.textContent!, own, 'text', own.firstChild!)).toBe('[adres], Utrecht · 32 uur');
  });

  it("keeps a family name that is part of a firm's name under a label of work", () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Jelle Hoekstra</h2></div><div class="card"><h2 class="name">Sem de Vries</h2></div><p id="org">x</p>',
    );
    const marks = createPageMarks();
    const org = document.querySelector('#org')!;
    marks.mark(org, { kind: 'descriptor' });
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks });
    expect(rules.mask('Hoekstra Installatietechniek', org, 'text')).toBeUndefined();
    expect(rules.mask('De Vries Bouw & Onderhoud', org, 'text')).toBeUndefined();
    // A person's full name under the same label is still hidden.
    expect(rules.mask('Jelle Hoekstra', org, 'text')).toBe('Kandidaat …');
  });
});
