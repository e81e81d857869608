import { beforeEach, describe, expect, it } from 'vitest';
import { applicationTalk } from '../../../lib/page/application-talk';
import { vacancySignals } from '../../../lib/page/vacancy-signals';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set T showed us: a help desk's conversation
// with an applicant, a teacher grading a student's letter, a team's chat, a video call, a form's
// summary of answers, a mail client, a search screen's filters.
const lexicon = testLexicon({
  given: ['sky', 'lisa', 'nadia', 'noa', 'ruud', 'anja', 'omar', 'daan', 'rik', 'sander', 'esra', 'gijs', 'yara', 'femke', 'bogdan', 'ama'],
  family: ['mertens', 'dam', 'boukhari', 'visser', 'koster', 'brouwer', 'haddad', 'vries', 'dekker', 'bos', 'kaya', 'dijkstra'],
  common: ['visser', 'koster', 'dekker', 'bos', 'dam', 'bloem'],
});

const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('someone speaking of their application', () => {
  beforeEach(() => document.body.replaceChildren());

  it("makes a help desk's conversation an applicant page", () => {
    const { role } = harvest(
      '<section><div class="conversation"><div class="cname">Sky Mertens</div><div class="last">Top, dankjewel!</div></div></section>' +
        '<main><header><b>Sky Mertens</b><span>Toegewezen aan: Lisa van Dam</span></header>' +
        '<div class="bubble in">Hoi! Ik heb vorige week gesolliciteerd op de vacature barmedewerker maar nog niks gehoord.<div class="by">14:02</div></div>' +
        '<div class="bubble out">Hoi Sky, bedankt voor je bericht! Ik heb je sollicitatie gevonden.<div class="by">Lisa van Dam · 14:07</div></div></main>',
    );
    expect(role()).toBe('applicants');
  });

  it('counts at most two texts, and not a short menu item or a script', () => {
    document.body.innerHTML =
      '<nav><a>Mijn sollicitaties</a></nav><script>// ik heb gisteren gesolliciteerd bij een bakker</script>' +
      '<p>Dank voor je sollicitatie, we nemen snel contact met je op. Groet, Lisa</p>' +
      '<p>I applied last week for the role of barista and have not heard back yet.</p>' +
      '<p>My application was sent on Monday, with my cv and a cover letter attached.</p>';
    expect(applicationTalk(document)).toBe(2);
    document.body.innerHTML = '<nav><a>Mijn sollicitaties</a></nav><p>Stuur je sollicitatie vóór 1 mei naar werkenbij@example.nl.</p>';
    expect(applicationTalk(document)).toBe(0);
  });

  it('leaves an intranet post that introduces a colleague, who tells how they once applied', () => {
    const { role } = harvest(
      '<h1>Welkom aan onze nieuwe collega Noa Visser</h1>' +
        '<p>Noa Visser begint maandag bij de klantenservice. "Ik heb vorig jaar gesolliciteerd na mijn stage hier."</p>',
    );
    expect(role()).not.toBe('applicants');
  });
});

describe('who is a colleague, and who the applicant', () => {
  beforeEach(() => document.body.replaceChildren());

  it("takes a comment's author whose name a file on the page bears for the applicant writing, and a picker's label for the record shown", () => {
    const { names, harvester } = harvest(
      '<header id="gradebook_header"><span class="whoami">Docent: Ruud Koster</span>' +
        '<button aria-haspopup="listbox"><span>Noa Visser</span><span>▾</span></button></header>' +
        '<div class="subinfo">Ingeleverd: 4 maart · Bestand: <a href="#">sollicitatiebrief_Noa_Visser.docx</a></div>' +
        '<div class="comment"><span class="author">Ruud Koster</span> <time>5 mrt 09:12</time><div>Goed gedaan Noa! Noem je VCA-diploma.</div></div>' +
        '<div class="comment"><span class="author">Noa Visser</span> <time>5 mrt 12:30</time><div>Dank u meneer Koster, ik pas het aan.</div></div>' +
        '<div class="comment"><span class="author">Anja Brouwer</span> <time>5 mrt 14:02</time><div>(BPV-coördinator) Ze mag de brief vrijdag versturen.</div></div>',
    );
    expect(names).toContain('Noa Visser');
    expect(harvester.isStaff('Noa Visser')).toBe(false);
    expect(harvester.isStaff('Ruud Koster')).toBe(true);
  });

  it('reads a chat whose messages follow a bar naming the topic and its day as a thread of colleagues', () => {
    const { names, harvester } = harvest(
      '<div id="feed"><div class="message_header">werving &gt; Monteur E-installaties – kandidaten · di 18 mrt</div>' +
        '<div class="message_row"><div><span class="sender_name">Rik Dekker</span> <span class="time">09:02</span>' +
        '<p>Drie nieuwe reacties binnen. @Esra Kaya kun jij de eerste bellen? Hij heeft zijn diploma niveau 3.</p></div></div>' +
        '<div class="message_row"><div><p>En Tjitske Dijkstra wil liever 32 uur; zij heeft al een VCA VOL.</p></div></div>' +
        '<div class="message_row"><div><span class="sender_name">Sander Bos</span> <span class="time">10:15</span>' +
        '<p>Let op: de derde reactie, van Gerrit-Jan Bos, is geen familie hoor. Hij is 58.</p></div></div></div>',
    );
    expect(harvester.isStaff('Rik Dekker')).toBe(true);
    expect(harvester.isStaff('Sander Bos')).toBe(true);
    // A given name the lexicon lacks, before a listed family name, in a colleague's message.
    expect(names).toContain('Tjitske Dijkstra');
    expect(names).toContain('Gerrit-Jan Bos');
  });

  it("takes a call's members and host for the team, its guest for the applicant, and hides the photo that names them", () => {
    const { names, harvester, photos } = harvest(
      '<div class="tiles"><div class="tile"><img class="video-frame" alt="Bogdan Shevchenko" src="a.png"><span class="nametag">Bogdan Shevchenko</span></div>' +
        '<div class="tile"><img class="video-frame" alt="Femke Schouten" src="b.png"><span class="nametag">Femke Schouten (host)</span></div></div>' +
        '<div class="people"><div class="person"><span>Gijs Bloem</span><span class="role">Member</span></div>' +
        '<div class="person"><span>Bogdan Shevchenko</span><span class="role">Guest</span></div></div>' +
        '<dialog open><div class="who"><img class="knocker-preview" alt="Ama Owusu" src="c.png"><div><b>Ama Owusu</b><div>Next interview 14:45</div></div></div></dialog>',
    );
    expect(harvester.isStaff('Gijs Bloem')).toBe(true);
    expect(names).toContain('Ama Owusu');
    expect(names).toContain('Bogdan Shevchenko');
    expect(photos.map((photo) => photo.getAttribute('alt'))).toEqual(expect.arrayContaining(['Bogdan Shevchenko', 'Ama Owusu']));
    expect(photos.map((photo) => photo.getAttribute('alt'))).not.toContain('Femke Schouten');
  });

  it("takes a mail's Cc for a colleague, and reads the person of a row after a channel's name", () => {
    const { names, harvester } = harvest(
      '<section role="listbox" aria-label="Berichten"><div class="conversation"><div class="inbox">WhatsApp Business API</div><div class="cname">Daan de Vries</div><div class="last">Sollicitatie: mijn diploma</div></div>' +
        '<div class="conversation"><div class="inbox">E-mail</div><div class="cname">Omar Haddad</div><div class="last">Sollicitatie receptionist</div></div></section>' +
        '<dl class="mail-header"><dt>Van</dt><dd>Omar Haddad &lt;omar@example.nl&gt;</dd><dt>Cc</dt><dd>Esra Kaya</dd></dl>',
    );
    expect(harvester.isStaff('Esra Kaya')).toBe(true);
    expect(names).toContain('Daan de Vries');
  });
});

describe('values and their labels', () => {
  beforeEach(() => document.body.replaceChildren());

  it("reads a form's latest answers in a box of their own under the question", () => {
    const { names } = harvest(
      '<div class="card"><h3>2. Achternaam</h3><div class="n">27 antwoorden · Meest recente antwoorden</div>' +
        '<div class="latest"><div>Mertens</div><div>Haddad</div><div>Koster</div></div></div>' +
        '<div class="card"><h3>10. Waarom wil je bij ons stage lopen?</h3><div class="latest"><div>Mijn oom werkt als koster in de kerk.</div><div>Ik wil verder in de techniek.</div></div></div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Mertens', 'Haddad', 'Koster']));
  });

  it('takes a box of links to records under a heading for records, not for answers', () => {
    const { marks } = harvest(
      '<h2>Vergelijkbare kandidaten</h2><div class="similar"><a href="#k1" id="k1"><span class="name">Daan de Vries</span> <span class="role">Servicemonteur</span></a>' +
        '<a href="#k2"><span class="name">Omar Haddad</span> <span class="role">Chauffeur</span></a></div>',
    );
    expect(marks.markOf(document.querySelector('#k1')!)).toBeUndefined();
  });

  it('takes no label from a field above, from a peer in another state, or from a value that brings its own', () => {
    const { marks } = harvest(
      '<div class="panel"><h2>Sky Mertens</h2><div class="row"><span class="k">Telefoon</span><span>+32 470 12 34 56</span></div>' +
        '<h3 id="h">CONTACTKENMERKEN</h3><div class="row" id="r1"><span class="k">Geboortedatum</span><span>11-06-2002</span></div>' +
        '<div class="row"><span class="k">Nationaliteit</span><span id="n">Indian (Dutch residence permit, highly skilled migrant)</span></div></div>' +
        '<aside><div class="topic active">Monteur – kandidaten</div><div class="topic" id="t">Vacaturetekst werkvoorbereider</div><div class="topic">Banenmarkt ROC</div></aside>' +
        '<div class="facet"><div class="t">Locatie</div><div id="z">Zoekgebied: Tilburg (+25 km)</div></div>',
    );
    expect(marks.markOf(document.querySelector('#h')!)).toBeUndefined();
    expect(marks.markOf(document.querySelector('#r1')!)).toBeUndefined();
    expect(marks.markOf(document.querySelector('#n')!)).toEqual({ kind: 'category', category: 'nationality' });
    expect(marks.markOf(document.querySelector('#t')!)).toBeUndefined();
    expect(marks.markOf(document.querySelector('#z')!)).toBeUndefined();
  });
});

describe('a vacancy editor', () => {
  it('knows the headings "Dit ga je doen", "Dit breng je mee", "Dit krijg je"', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><h2>Dit ga je doen</h2><p>Je helpt leden.</p><h2>Dit breng je mee</h2><p>Mbo 4.</p><h2>Dit krijg je</h2><p>Een contract.</p></div>';
    expect(vacancySignals(document)).toMatchObject({ vacancyEditor: true, vacancyHeadings: 3 });
  });
});
