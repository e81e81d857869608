import { describe, expect, it } from 'vitest';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { nameAfterActivity } from '../../../lib/page/harvest/activity-title';
import { mentionsApplication } from '../../../lib/page/page-role';
import { detectMarkers } from '../../../lib/blinding';
import { detectFileNames } from '../../../lib/blinding/file-name-detectors';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets HH and II showed us.
const lexicon = testLexicon({
  given: [
    'siham',
    'pieter',
    'gert',
    'marloes',
    'dilan',
    'carla',
    'hamid',
    'siti',
    'anna',
    'emma',
    'ravi',
    'karin',
    'joost',
    'aylin',
    'dewi',
    'mustafa',
    'sophie',
    'priya',
    'tomasz',
    'yusuf',
    'sofia',
    'megan',
    'oleksandr',
    'aditya',
    'joost',
    'fatima',
    'mehmet',
    'kevin',
    'sanne',
    'daniel',
    'fatuma',
    'malgorzata',
    'mohammed',
    'bart',
    'lisa',
    'ingrid',
    'sari',
    'mert',
    'yasmina',
    'gokhan',
    'anouk',
    'wim',
    'rachid',
  ],
  family: [
    'ouali',
    'zwart',
    'dam',
    'peeters',
    'aksoy',
    'fortes',
    'noori',
    'rahayu',
    'kowalczyk',
    'boer',
    'patel',
    'dijkman',
    'kaya',
    'sastrowardoyo',
    'ozturk',
    'brandsma',
    'raghunathan',
    'wisniewski',
    'demir',
    'marchetti',
    'connor',
    'kovalenko',
    'sharma',
    'hamers',
    'chen',
    'benali',
    'yildirim',
    'hart',
    'meulen',
    'connor',
    'hassan',
    'wojcik',
    'khatib',
    'verhagen',
    'hermans',
    'postma',
    'kartosen',
    'aydin',
    'boukhari',
    'heijden',
    'jansen',
    'claassen',
    'idrissi',
  ],
  places: ['waalwijk', 'tilburg'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages sets HH and II showed us', () => {
  it('reads the lanes of a board as lanes, also where a card’s tag holds a pronoun as part of a word (“Zij-instromer”)', () => {
    const card = (name: string, initials: string, extra = '') =>
      `<article class="card" data-candidate-id="8${initials.length}"><div class="row"><span class="av">${initials}</span>
        <div><div class="name">${name}</div><div class="sub">Gesolliciteerd 9 apr</div></div></div>${extra}</article>`;
    const page = harvest(
      `<main class="board">
        <section class="col"><header><span>Nieuw</span><span>2</span></header>${card('Fatima Benali', 'FB')}${card('Kevin Hart', 'KH')}</section>
        <section class="col"><header><span>Telefonische screening</span><span>1</span></header>
          ${card('Mehmet Yıldırım', 'MY', '<span class="tag">Zij-instromer</span><div class="sub">Notitie: werkt nu als kok, wil de zorg in.</div>')}</section>
        <section class="col"><header><span>Interview</span><span>1</span></header>${card('Sanne van der Meulen', 'SM')}</section>
      </main>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Fatima Benali', 'Kevin Hart', 'Mehmet Yıldırım', 'Sanne van der Meulen']));
    expect(page.harvester.isStaff('Mehmet Yıldırım')).toBe(false);
  });

  it('takes the other rows of a list beside a new hire’s form for new hires too, their names standing before a line break', () => {
    const page = harvest(
      `<main><h1>New starter: Małgorzata Wójcik</h1><form><label for="f">First name</label><input id="f" value="Małgorzata">
        <label for="l">Last name</label><input id="l" value="Wójcik"><label for="k">Known as</label><input id="k" value="Gosia">
        <label for="e">Personal email</label><input id="e" type="email" value="gosia.w@mail.example"></form></main>
       <aside><div class="heading">Pending new starters</div><ul class="list">
        <li>Małgorzata Wójcik<br><span class="help">Accounts Assistant · starts 01/09/2025</span></li>
        <li>Daniel O'Connor<br><span class="help">Lettings Negotiator · starts 15/09/2025</span></li>
        <li>Fatuma Hassan<br><span class="help">Property Manager · starts 22/09/2025</span></li></ul></aside>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(["Daniel O'Connor", 'Fatuma Hassan']));
    expect(roleOfLabel('Known as')).toBe('given-name');
    expect(roleOfLabel('Preferred name')).toBe('given-name');
  });

  it('reads the title of a CRM’s top bar, a step after "Contacts /", as the record shown, not the signed-in user', () => {
    const page = harvest(
      `<header class="topbar"><span class="muted">Contacts /</span><span class="topbar__title">Mohammed Al-Khatib</span>
        <div class="right"><button>Email</button><span class="muted">Bart Verhagen · FlexPoint Uitzendbureau</span></div></header>
       <section><div class="card"><span class="avatar" aria-label="Mohammed Al-Khatib">MA</span><p class="contact-name">Mohammed Al-Khatib</p>
        <div class="muted">Heftruckchauffeur · Lifecycle stage: Candidate</div>
        <div class="field"><span class="label">Emails</span><span class="value">m.alkhatib@mail.example</span></div>
        <div class="field"><span class="label">Mobile</span><span class="value">+31 6 5881 3207</span></div>
        <div class="field"><span class="label">Date of birth</span><span class="value">14-02-1989</span></div>
        <div class="field"><span class="label">Sales owner</span><span class="value">Bart Verhagen</span></div></div></section>`,
    );
    expect(page.harvester.isStaff('Mohammed Al-Khatib')).toBe(false);
    expect(page.names).toContain('Mohammed Al-Khatib');
    expect(page.role()).toBe('applicants');
  });

  it('takes the other rows of a class list beside a student’s record, each row a name alone', () => {
    const page = harvest(
      `<div id="left"><h4>Groep VIG3-B</h4><ul><li>Aydın, Mert</li><li>Boukhari, Yasmina</li><li class="sel">Kartosen, Sari</li></ul></div>
       <div id="main"><h1>Sari Kartosen</h1><div>Leerlingnummer 223781 · Verzorgende-IG niveau 3 (BBL)</div>
        <fieldset><legend>Persoonsgegevens</legend><label for="r">Roepnaam</label><input id="r" value="Sari">
        <label for="a">Achternaam</label><input id="a" value="Kartosen"><label for="g">Geboortedatum</label><input id="g" value="17-09-2005"></fieldset></div>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Aydın, Mert', 'Boukhari, Yasmina']));
  });

  it('reads the results of a CV search: a title written family name first among names, a town with its distance, and a note’s author', () => {
    const result = (id: number, name: string, facts: string, note = '') =>
      `<article class="tf-result" data-cv-id="TF-${id}"><div><h2 class="tf-result__name">${name}</h2><div class="tf-result__meta">${facts}</div>
        <div class="tf-result__row"><b>Gewenste functie</b> Orderpicker</div>${note}</div></article>`;
    const page = harvest(
      `<main class="tf-results"><div class="bar"><strong>4 kandidaten gevonden</strong></div>
        ${result(1, 'Gökhan Yıldırım', '34 jaar · Waalwijk (17 km) · Laatst bijgewerkt: 2 dagen geleden', '<div class="tf-note">Notitie van Wim Claassen: hij heeft een geldig certificaat.</div>')}
        ${result(2, 'Anouk van der Heijden', '27 jaar · Tilburg (6 km) · Laatst bijgewerkt: vandaag')}
        ${result(3, 'Rachid El Idrissi', '41 jaar · Tilburg (2 km) · Laatst bijgewerkt: gisteren')}
        ${result(4, 'JANSEN, p.', '52 jaar · Tilburg (13 km) · Laatst bijgewerkt: 4 maanden geleden')}</main>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Gökhan Yıldırım', 'Anouk van der Heijden', 'JANSEN, p.']));
    expect(page.names).not.toContain('Wim Claassen');
    expect(page.marks.factValues().get('Waalwijk (17 km)')).toBe('address');
  });

  it('reads a list headed "Candidates to review" as applicants, not notes, and a colleague named by their role', () => {
    const option = (id: number, initials: string, name: string) =>
      `<li role="option" data-candidate-id="c-${id}"><span class="initials">${initials}</span><div><div>${name}</div><div class="meta">Completed</div></div></li>`;
    const page = harvest(
      `<aside class="list"><h2>Candidates to review (3)</h2><ul role="listbox">${option(1, 'PR', 'Priya Raghunathan')}${option(2, 'TW', 'Tomasz Wiśniewski')}${option(3, 'YD', 'Yusuf Demir')}</ul></aside>
       <main><h1 data-testid="candidate-name">Priya Raghunathan</h1><div>Applied 3 Feb 2025 · On-demand interview</div></main>
       <aside><h2>Reviewer comments</h2><article class="c"><header><strong>Megan O'Connor</strong><time>6 Feb 2025</time></header>
        <p>Strong answer on Q2. She handled the objection calmly. I'd like Sofia Marchetti to do the final round.</p></article>
        <div class="rec"><strong>Overall recommendation:</strong> Advance<br><span class="meta">Shared with hiring manager Sofia Marchetti</span></div></aside>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Tomasz Wiśniewski', 'Yusuf Demir']));
    expect(page.names).not.toContain('Sofia Marchetti');
    expect(page.harvester.isStaff('Sofia Marchetti')).toBe(true);
  });

  it('reads an inbox whose rows end in a cut-off preview as mails, not a comment thread; an assignment is an applicant’s', () => {
    const row = (sender: string, subject: string, preview: string, time: string) =>
      `<div class="list-row" role="listitem"><div class="flex"><span class="b">${sender}</span><span class="t">${time}</span></div>
        <div class="subject">${subject}</div><div class="preview">${preview}</div></div>`;
    const page = harvest(
      `<div class="list-column" role="list" aria-label="Mails">
        ${row('Oleksandr Kovalenko', 'Application: Backend Engineer (Go)', 'Dear Ms Dijkstra, I would like to apply for the position…', '10:07')}
        ${row('Mei-Ling Chen', 'Application Backend Engineer', 'Hello Femke, please find my CV and cover letter attached…', '09:31')}
        ${row('Joost Hamers', 'Shortlist for Thursday', 'I have added Mei-Ling to the slots. Can you ask Aditya for his assignment?', 'Yesterday')}
        ${row('Aditya Sharma', 'Re: Technical assignment', 'Thanks for the extension, I will send it by Friday. Best, Aditya', 'Mon')}</div>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Oleksandr Kovalenko', 'Mei-Ling Chen', 'Aditya Sharma']));
  });

  it('reads whom a recorded interview is with from its title, the job after it, and "Recruitment interviews" as words about applicants', () => {
    expect(nameAfterActivity('Interview Farah Haddad – Data Analist')).toBe('Farah Haddad');
    expect(nameAfterActivity('Intake met Sem de Wit – BBL')).toBe('Sem de Wit');
    expect(nameAfterActivity('Interview Junior Developer – Team B')).toBeUndefined();
    expect(nameAfterActivity('Kennismakingsgesprek BOL Logistiek – Kamer 2')).toBeUndefined();
    expect(mentionsApplication('Datalab Noord · Recruitment interviews')).toBe(true);
    expect(mentionsApplication('Re: Technical assignment')).toBe(true);
    expect(mentionsApplication('Interviews met de pers')).toBe(false);
    expect(mentionsApplication('Carla Mendes Fortes Barista interview')).toBe(true);
    expect(mentionsApplication('Exit interview')).toBe(false);
  });

  it('reads the account in a header whose id is written in camelCase, and a colleague’s reply about an applicant in an inbox', () => {
    const row = (sender: string, time: string, subject: string, preview: string) =>
      `<div class="_lv_item"><div class="_lv_body"><div class="_lv_from"><span>${sender}</span><span class="_lv_time">${time}</span></div>
        <div class="_lv_subj">${subject}</div><div class="_lv_prev">${preview}</div></div></div>`;
    const page = harvest(
      `<div id="O365_NavHeader"><span class="brand">Outlook.com</span><span>Postvak IN</span><span class="o365-me" title="gertvandam@hotmail.example">Gert van Dam</span></div>
       <div class="_lv_list">${row('Dilan Aksoy', '10:42', 'Sollicitatie verkoopmedewerker', 'Beste heer Van Dam, via uw advertentie las ik…')}
        ${row('Marloes Peeters', '08:03', 'Re: Sollicitatie verkoopmedewerker', 'Gert, ik heb haar cv gelezen. Zij kan zaterdag proefdraaien.')}
        ${row('Carla Fortes', 'ma 10-3', 'Open sollicitatie', 'Geachte heer/mevrouw, graag stel ik mij voor…')}</div>`,
    );
    expect(page.harvester.isStaff('Gert van Dam')).toBe(true);
    expect(page.names).not.toContain('Marloes Peeters');
    expect(page.names).toEqual(expect.arrayContaining(['Dilan Aksoy', 'Carla Fortes']));
  });

  it('ends a mail header’s name at the separator before its time', () => {
    expect(detectMarkers('Aan: Els Peeters · vandaag 09:41')).toEqual([{ start: 5, end: 16, category: 'names' }]);
  });

  it('reads appointments in a week’s calendar, "<name> Barista interview", as applicants', () => {
    const cell = (appointment = '') => `<div class="cell">${appointment}</div>`;
    const appointment = (name: string, what: string) => `<div class="appt"><b>${name}</b>${what}</div>`;
    const page = harvest(
      `<aside><h4>STAFF</h4><div class="staff">Emma de Boer</div><div class="staff">Ravi Patel</div></aside><main class="week">
        ${cell(appointment('Carla Mendes Fortes', 'Barista interview'))}${cell()}${cell(appointment('Hamid Noori', 'Barista interview'))}${cell()}
        ${cell(appointment('Siti Rahayu', 'Barista interview'))}${cell(appointment('Anna Kowalczyk', 'Trial shift'))}</main>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Carla Mendes Fortes', 'Hamid Noori', 'Siti Rahayu']));
  });

  it('takes the greeting and the signature of a message about "de kandidaten" for colleagues, and a file’s name without its note', () => {
    const page = harvest(
      `<section><div class="from">From k.dijkman@hrpartners.example to j.brinkman@lyceum.example</div>
       <div class="message">Hoi Joost, hierbij de cv's en motivatiebrieven van de kandidaten voor Docent Engels. Aylin en Dewi kunnen dinsdag. Groet, Karin Dijkman</div>
       <ul class="files"><li class="entry"><span class="title">CV_Aylin_Kaya_2025.pdf</span><span>214 KB</span></li>
        <li class="entry"><span class="title">CV Mustafa Öztürk (Engels).pdf</span><span>1.2 MB</span></li></ul></section>`,
    );
    expect(page.harvester.isStaff('Karin Dijkman')).toBe(true);
    expect(page.names).not.toContain('Joost');
    const found: string[] = [];
    const text = 'CV Mustafa Öztürk (Engels).pdf';
    detectFileNames(text, (start, end) => found.push(text.slice(start, end)));
    expect(found).toEqual(['Mustafa Öztürk']);
  });

  it('reads a job marketing campaign’s fields ("Job title", "Hours per week", "Application URL") as a vacancy editor', () => {
    const field = (label: string, value: string, name: string) =>
      `<div class="f"><label for="${name}">${label}</label><input id="${name}" name="${name}" value="${value}"></div>`;
    const page = harvest(
      `<h2>Vacancy details</h2>${field('Job title', 'Servicemonteur Koudetechniek', 'jobTitle')}${field('Location', 'Rotterdam', 'location')}
       ${field('Hours per week', '38–40', 'hours')}${field('Contact person (shown in ad)', 'Sophie Brandsma', 'contactName')}
       ${field('Contact e-mail', 'werkenbij@havenstad.example', 'contactEmail')}${field('Application URL', 'https://werkenbij.havenstad.example/monteur', 'applyUrl')}`,
    );
    expect(page.role()).toBe('vacancy');
  });

  it('reads a profile link on a platform under another top-level domain, not a short host under any', () => {
    expect(detectMarkers('zie behance.example/jmfortes')).toEqual([{ start: 4, end: 28, category: 'links' }]);
    expect(detectMarkers('www.linkedin.nl/in/siham-ouali')).toEqual([{ start: 0, end: 30, category: 'links' }]);
    expect(detectMarkers('x.example/foo')).toEqual([]);
  });

  it('takes no one for a colleague for sharing the domain of an account at a free mail provider', () => {
    const page = harvest(
      `<div id="header"><span class="logo">Webmail</span><span class="username">pieter.zwart@xs4all.example</span></div>
       <table class="headers"><tr><td>Van</td><td>Siham Ouali &lt;siham.ouali@xs4all.example&gt;</td></tr>
        <tr><td>Onderwerp</td><td>Sollicitatie administratief medewerker</td></tr></table>`,
    );
    expect(page.harvester.isColleagueAddress('siham.ouali@xs4all.example')).toBe(false);
    expect(page.harvester.isStaff('Siham Ouali')).toBe(false);
  });
});
