import { describe, expect, it } from 'vitest';
import type { MarkerCategory } from '../../../lib/blinding/categories';
import { createMarkerDetector } from '../../../lib/blinding/detect';

const detect = createMarkerDetector({ pronouns: true });
const found = (text: string): [string, MarkerCategory][] =>
  detect(text).map((range) => [text.slice(range.start, range.end), range.category]);

describe('free text: what must be hidden', () => {
  it.each<[string, string, MarkerCategory]>([
    // e-mail
    ['Mail me op fatima.benali@gmail.com graag.', 'fatima.benali@gmail.com', 'email'],
    ['Contact: j.de-vries+stage@student.roc.nl', 'j.de-vries+stage@student.roc.nl', 'email'],
    ['Адрес: oleksandr@ukr.net.', 'oleksandr@ukr.net', 'email'],
    // phone, Dutch and international
    ['Bel 06-12345678 na vijf uur.', '06-12345678', 'phone'],
    ['Bel 06 1234 5678.', '06 1234 5678', 'phone'],
    ['Tel: 0612345678', '0612345678', 'phone'],
    ['Vast: 020-1234567', '020-1234567', 'phone'],
    ['Vast: (010) 123 45 67', '(010) 123 45 67', 'phone'],
    ['Mobiel +31 6 12345678', '+31 6 12345678', 'phone'],
    ['Mobiel +31 (0)6 1234 5678', '+31 (0)6 1234 5678', 'phone'],
    ['Bel 0031 20 123 4567', '0031 20 123 4567', 'phone'],
    ['Marokko: +212 6 12 34 56 78', '+212 6 12 34 56 78', 'phone'],
    ['US: +1 (555) 123-4567', '+1 (555) 123-4567', 'phone'],
    // address
    ['Ik woon op de Kerkstraat 12 in Zwolle.', 'Kerkstraat 12', 'address'],
    ['Burgemeester de Withstraat 4-2', 'Burgemeester de Withstraat 4-2', 'address'],
    ['Laan van Meerdervoort 123', 'Laan van Meerdervoort 123', 'address'],
    ['Postcode 1234 AB Utrecht', '1234 AB Utrecht', 'address'],
    ['2511CV Den Haag', '2511CV Den Haag', 'address'],
    ['Woonplaats: Alphen aan den Rijn', 'Alphen aan den Rijn', 'address'],
    ['Locatie: Kamerik', 'Kamerik', 'address'],
    ['Ik woon in Rotterdam-Zuid en fiets graag.', 'Rotterdam-Zuid', 'address'],
    ['Geboren in Porto en woon sinds 2016 in Tilburg.', 'Tilburg', 'address'],
    ['Ik woon al 5 jaar in Zwolle.', 'Zwolle', 'address'],
    // "aan de" before a street (held-out set L)
    ['Woont aan de Peperstraat, dicht bij station Zaandam.', 'Peperstraat', 'address'],
    // a street whatever its name ends in, on the line or the part before a postcode
    ['Met vriendelijke groet,\nMehmet Yıldız\nRingbaan-Oost 214\n5013 CE Tilburg', 'Ringbaan-Oost 214', 'address'],
    ['Adresgegevens: Oude Haven 7b, 3011 BX Rotterdam', 'Oude Haven 7b', 'address'],
    // birth and age
    ['Ik ben geboren op 3 maart 2004.', '3 maart 2004', 'birth'],
    ['geb. 03-03-2004', '03-03-2004', 'birth'],
    ['Geboortedatum: 2004-03-03', '2004-03-03', 'birth'],
    ['Date of birth: March 3, 2004', 'March 3, 2004', 'birth'],
    ['Ik ben 19 jaar en woon thuis.', '19 jaar', 'birth'],
    ['Ik ben 19 jaar oud.', '19 jaar oud', 'birth'],
    ['Een gemotiveerde 19-jarige student.', '19-jarige', 'birth'],
    ['Leeftijd: 19', '19', 'birth'],
    ['Fatima, 19 jaar, Utrecht', '19 jaar', 'birth'],
    ['I am 19 years old.', '19 years old', 'birth'],
    ['Hij wil dichter bij huis werken, is 41 jaar en heeft ervaring.', '41 jaar', 'birth'],
    ['Lotte is 34 jaar, toch? Dat stond in haar mail.', '34 jaar', 'birth'],
    // dates of birth written out, also without a year where the words say birth
    ['Ik ben geboren op 3 juli.', '3 juli', 'birth'],
    ['Ik ben jarig op 3 juli.', '3 juli', 'birth'],
    ['She was born on March 14th.', 'March 14th', 'birth'],
    ['born on 14 March', '14 March', 'birth'],
    ['Ik ben geboren in maart 2003.', 'maart 2003', 'birth'],
    ['Geboren: 3 juli 2004', '3 juli 2004', 'birth'],
    ['DOB: March 14th', 'March 14th', 'birth'],
    ['Geboortedatum: 14 mrt. 2003', '14 mrt. 2003', 'birth'],
    // a label on a line of its own, the value on the next (a cv's text layer, a plain-text mail)
    ['Geboortedatum\n17 augustus 1990\nGeboorteplaats', '17 augustus 1990', 'birth'],
    ['Date of birth:\n2 May 1999', '2 May 1999', 'birth'],
    // birthplace
    ['Geboren: Paramaribo', 'Paramaribo', 'birthplace'],
    ['Geboren te Willemstad (Curaçao)', 'Willemstad (Curaçao)', 'birthplace'],
    ['I was born in Aleppo, Syria.', 'Aleppo, Syria', 'birthplace'],
    ['Ik ben geboren in Casablanca.', 'Casablanca', 'birthplace'],
    ['geboren op 3 maart 2004 te Paramaribo', 'Paramaribo', 'birthplace'],
    ['Geboren 19-07-1998 te Willemstad (Curaçao)', 'Willemstad (Curaçao)', 'birthplace'],
    ['Geboorteplaats: Aleppo', 'Aleppo', 'birthplace'],
    ['Geboorteplaats \n Paramaribo \n Nationaliteit', 'Paramaribo', 'birthplace'],
    ['Country of birth: Eritrea', 'Eritrea', 'birthplace'],
    ['Geboren en getogen in Den Haag', 'Den Haag', 'birthplace'],
    ['Ik ben geboren in\nParamaribo en woon in Almere.', 'Paramaribo', 'birthplace'],
    ['I was born in\r\nAsmara and moved here in 2016.', 'Asmara', 'birthplace'],
    ['Ik ben in 1998 in Paramaribo geboren.', 'Paramaribo', 'birthplace'],
    // where someone grew up, or moved from (held-out set S)
    ['ik ben Giovanni, opgegroeid op Curaçao en sinds 2021 in Deventer', 'Curaçao', 'nationality'],
    ['I grew up in Kumasi.', 'Kumasi', 'birthplace'],
    // Where someone comes from (held-out set T).
    ['Gesproken met hem, 34 jaar, komt uit Zaandam.', 'Zaandam', 'birthplace'],
    ['She is originally from Porto.', 'Porto', 'birthplace'],
    ['Ik ben in Aleppo opgegroeid.', 'Aleppo', 'birthplace'],
    ['I am 29 years old and moved to Deventer from Kumasi in 2019.', 'Kumasi', 'birthplace'],
    // nationality and origin
    ['Nationaliteit: Marokkaans', 'Marokkaans', 'nationality'],
    ['Ik heb de Turkse nationaliteit.', 'Turkse', 'nationality'],
    ['Ik ben van Surinaamse afkomst.', 'Surinaamse', 'nationality'],
    ['Ik ben Pools en woon hier sinds 2019.', 'Pools', 'nationality'],
    ['Als Syriër heb ik veel geleerd.', 'Syriër', 'nationality'],
    ['Arabisch is mijn moedertaal.', 'Arabisch', 'nationality'],
    // a list of languages is hidden whole, as the languages someone speaks
    ['Talen: Arabisch (moedertaal), Engels (B2)', 'Arabisch (moedertaal), Engels (B2)', 'languages'],
    ['Moedertaal: Tigrinya', 'Tigrinya', 'nationality'],
    ['Mijn ouders komen uit Marokko.', 'Marokko', 'nationality'],
    ['I am Ukrainian and fled in 2022.', 'Ukrainian', 'nationality'],
    // The word lists are sets looked up after the pattern, in any case and with two-word entries.
    ['Ik ben MAROKKAANS en trots.', 'MAROKKAANS', 'nationality'],
    ['I am Cape Verdean and proud of it.', 'Cape Verdean', 'nationality'],
    ['We moved from Sri Lanka in 2015.', 'Sri Lanka', 'nationality'],
    ['Zij is Marokkaans-Nederlandse.', 'Marokkaans-Nederlandse', 'nationality'],
    // A list of languages after the cue ends where the languages end.
    ['Moedertaal Arabisch en Berbers, verder Engels', 'Arabisch en Berbers', 'nationality'],
    ['moedertaal Arabisch en ik spreek ook Frans', 'Arabisch', 'nationality'],
    // gender
    ['Gesprek met dhr. Jansen', 'dhr', 'gender'],
    ['mevr. F. Benali', 'mevr', 'gender'],
    ['Geslacht: vrouw', 'vrouw', 'gender'],
    ['Gender: male', 'male', 'gender'],
    ['Fatima (zij/haar) studeert ICT.', 'zij/haar', 'gender'],
    ['Alex she/they', 'she/they', 'gender'],
    ['Hij heeft goede cijfers.', 'Hij', 'gender'],
    ['Ik heb haar gebeld.', 'haar', 'gender'],
    // links
    ['Profiel: https://www.linkedin.com/in/fatima-benali-123/', 'https://www.linkedin.com/in/fatima-benali-123/', 'links'],
    ['Zie github.com/mamrani.', 'github.com/mamrani', 'links'],
    ['Instagram: @fatima.b', '@fatima.b', 'links'],
    // names by position
    ['Beste Fatima,\nDank je wel.', 'Fatima', 'names'],
    ['Met vriendelijke groet,\n\nMohamed Amrani', 'Mohamed Amrani', 'names'],
    ['Groetjes, Noura', 'Noura', 'names'],
    ['Naam: Yonas Tesfamariam', 'Yonas Tesfamariam', 'names'],
    ['Mijn naam is Kwame Mensah en ik zoek een stage.', 'Kwame Mensah', 'names'],
    ['Van: Fatima Benali <f.benali@outlook.com>', 'Fatima Benali', 'names'],
    ['Op ma 3 mrt 2024 om 10:12 schreef Fatima Benali <f.b@x.nl>:', 'Fatima Benali', 'names'],
    ['On Mon, Mar 3, 2024 at 10:12 AM Fatima Benali <f.b@x.nl> wrote:', 'Fatima Benali', 'names'],
    ['Opgesteld door J.W. de Haan.', 'J.W. de Haan', 'names'],
    ['Bijlage: CV_Mohamed_Amrani.pdf', 'Mohamed_Amrani', 'names'],
    ['Bijlage: Motivatie_RFernandesSilva.docx', 'RFernandesSilva', 'names'],
    // In a file name that capitalises its words, one in small letters is no name.
    ['CV_Mei-Ling_Tan_logistiek.pdf', 'Mei-Ling_Tan', 'names'],
    ['motivatiebrief-fatima.docx', 'fatima', 'names'],
    ['CV_Fatima.pdf', 'Fatima', 'names'],
    ['Ana_Lopes_diploma.pdf', 'Ana_Lopes', 'names'],
    // A file type's badge on the line above (held-out set S, a file list).
    ['PDF\nCV_Hodan_Abdi_Warsame.pdf', 'Hodan_Abdi_Warsame', 'names'],
    ['Reference_letter_Asante.docx', 'Asante', 'names'],
  ])('%s', (text, expected, category) => {
    expect(found(text)).toContainEqual([expected, category]);
  });
});

describe('free text: a year after a word is no house number (held-out set L)', () => {
  it('keeps "Aanmelding Zomerbaan 2025" and still finds a street with a postcode after it', () => {
    expect(found('Aanmelding Zomerbaan 2025')).toEqual([]);
    expect(found('Zomerbaan 2025, 1234 AB Utrecht')).toContainEqual(['Zomerbaan 2025', 'address']);
    expect(found('Ik woon op de Kerkstraat 12 in Zwolle.')).toContainEqual(['Kerkstraat 12', 'address']);
  });
});

describe('free text: what must stay (no false alarms)', () => {
  it.each([
    'Ik heb 5 jaar ervaring in de horeca.',
    'De opleiding duurt 4 jaar.',
    'Wij werken al 25 jaar met stagiairs.',
    'Een 4-jarige opleiding op mbo-niveau 4.',
    'Werktijden 09.00-17.00, lunch 12:30.',
    'In 2023 IT-afdeling versterkt; sinds 2019 HR ervaring.',
    'Het salaris is 2400 euro per maand.',
    'Kvk 12345678, iban NL91ABNA0417164300.',
    'Geachte heer/mevrouw,',
    'Die vraag komt uit de bouw.',
    // A time someone moved from is no place.
    'The interview moved from Tuesday to Friday.',
    'De kandidaat moet Nederlands spreken.',
    'Hij/zij moet een rijbewijs hebben.',
    // A compound is no pronoun: a side-entrant, a hair salon.
    'Daan Koster (niveau 3, zij-instromer)',
    'Stage bij een haar-en-beautysalon.',
    'Beste lezer,',
    'Met vriendelijke groet,\nTeam Werving',
    'N.B. Let op de deadline.',
    'Bijlage: IMG_2041.jpg en CV.pdf',
    'Rotterdam 3 jaar gewerkt.',
    'Amsterdam is 25 jaar lang mijn thuis geweest.',
    'Zie linkedin.com voor meer.',
    'Wij zoeken een stagiair ICT voor 32 uur.',
    'De vergadering is op 12-03-2024 om 10 uur.',
    'De stage start op 3 juli.',
    'Ik heb 3 jaar in maart gewerkt.',
    'Gesprek gepland op 14 maart.',
    'Diploma MBO Salarisadministratie.pdf',
    // Acronyms and codes with digits in a file name name a subject.
    'SAP_S4HANA_certificate.pdf',
    'Certificaat_ISO9001_VCA.pdf',
    // Where a meeting is held, not where someone lives.
    'Locatie: Vergaderruimte De Kotter',
    'Location: Microsoft Teams',
    'Locatie: online (Google Meet)',
    // An employer's document beside an applicant's; a meeting that moved (held-out set S).
    'Noordlicht_Terms_Temp_Workers.pdf',
    'Ik ben verhuisd en woon nu dichtbij.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('free text: bad input', () => {
  it.each(['', '   ', '\n\n', '—', '12345', 'a'.repeat(10_000), '@@@ ... ///'])('returns sorted, valid ranges for %j', (text) => {
    const ranges = detect(text);
    for (const range of ranges) {
      expect(range.start).toBeGreaterThanOrEqual(0);
      expect(range.end).toBeLessThanOrEqual(text.length);
      expect(range.end).toBeGreaterThan(range.start);
    }
    expect(ranges).toEqual([]);
  });
});

describe('free text: a full date standing alone', () => {
  const yearsAgo = (years: number) => new Date().getFullYear() - years;
  it.each([
    [`12 maart ${yearsAgo(19)}`, 'birth'],
    [` 03-03-${yearsAgo(22)}\n`, 'birth'],
    [`March 3, ${yearsAgo(45)}`, 'birth'],
  ])('hides %j, a day of a year that makes someone 14 to 80', (text, category) => {
    expect(found(text)).toEqual([[text.trim(), category]]);
  });

  it.each([
    `12 maart ${yearsAgo(1)}`,
    `1 september ${yearsAgo(-1)}`,
    `14-05-${yearsAgo(90)}`,
    `Diploma behaald op 12 juni ${yearsAgo(18)}`,
  ])('leaves %j alone: recent, ahead, too old, or part of a sentence', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('free text: a demonym set off right after a name', () => {
  it('hides the nationality in apposition, with commas or in brackets', () => {
    expect(found('Tweede: Mateus Oliveira Santos, Braziliaans, 22 jaar, studeert Communicatie.')).toContainEqual([
      'Braziliaans',
      'nationality',
    ]);
    expect(found('Derde: Yonas Habte (Eritrees), woont in Amersfoort.')).toContainEqual(['Eritrees', 'nationality']);
  });

  it('leaves a language or a firm after a name alone when nothing sets it off', () => {
    expect(found('Albert Heijn, Nederlands bedrijf sinds 1887').filter(([, category]) => category === 'nationality')).toEqual([]);
    expect(found('Sanne Bakker spreekt Engels en Frans.').filter(([, category]) => category === 'nationality')).toEqual([]);
  });
});

describe('free text: a name before an age in apposition (held-out set M)', () => {
  const names = (text: string) => found(text).filter(([, category]) => category === 'names');

  it('hides the name a note gives an age', () => {
    expect(names('Nog een nieuwe: Nomvula Dube, 19 jaar, reageerde op de vacature afwasser.')).toContainEqual(['Nomvula Dube', 'names']);
    expect(names('Zij is Lotte van der Wal, 17 jaar.')).toContainEqual(['Lotte van der Wal', 'names']);
    // "ben" is an Arabic particle and a Dutch verb: the subject "Ik" opens no name (held-out set T).
    expect(names('Ik ben Dilan, 18 jaar, en ik sleutel aan elektronica.').map(([text]) => text)).not.toContain('Ik ben Dilan');
  });

  it('leaves years of experience, a single word and lower-case words alone', () => {
    expect(names('Ervaren Monteur, 10 jaar ervaring met warmtepompen.')).toEqual([]);
    expect(names('Utrecht, 19 jaar.')).toEqual([]);
    expect(names('een nieuwe afwasser, 19 jaar.')).toEqual([]);
  });
});

describe('free text: file names with spaces', () => {
  it('leaves their words to the harvest, which judges them with the lexicon', () => {
    expect(found('Offerte Koster Drukwerk.pdf')).toEqual([]);
    expect(found('Vacaturetekst Teamleider Klantenservice.docx')).toEqual([]);
    // The last word of a file name with spaces is no file name of its own.
    expect(found('Zie Vacaturetekst Teamleider Klantenservice.docx voor de tekst.')).toEqual([]);
    // Generic words that leave one word over do not make that word a file name of its own (set L).
    expect(found('Vacaturetekst Stage Communicatie.docx')).toEqual([]);
  });

  it("leaves a file name written like a sentence to the harvest: a document's subject", () => {
    expect(found('Bijlage: Tech-case-frontend-v3.pdf (2 MB)')).toEqual([]);
    expect(found('Fatima-cv.pdf')).toEqual([['Fatima', 'names']]);
  });

  it('still hides the words of a file name joined without spaces, in a sentence or alone', () => {
    expect(found('Zie bijlage CV_Fatima_Benali.pdf graag.')).toContainEqual(['Fatima_Benali', 'names']);
    expect(found('Benali.pdf')).toEqual([['Benali', 'names']]);
  });
});
