import { describe, expect, it } from 'vitest';
import { nameAfterActivity } from '../../../lib/page/harvest/activity-title';
import { detectMarkers } from '../../../lib/blinding';
import { createNameMatcher } from '../../../lib/blinding/name-matcher';
import { mentionsApplication } from '../../../lib/page/page-role';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets JJ and KK of stop 37 showed us.
const lexicon = testLexicon({
  given: [
    'mirjam',
    'krzysztof',
    'dulce',
    'wahyu',
    'sven',
    'erik',
    'pieter',
    'carla',
    'kim',
    'ruud',
    'mehmet',
    'filmon',
    'nasra',
    'annelies',
  ],
  family: ['cate', 'nowicki', 'semedo', 'hidayat', 'ruiter', 'timmermans', 'hoogland', 'tavares', 'lopes', 'vermeulen', 'verkerk'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages of held-out sets JJ and KK', () => {
  it('reads a name with a particle written small among match cards, though the particle is also a number ("ten")', () => {
    const card = (initials: string, name: string, town: string) =>
      `<article class="card" data-testid="match-card"><span class="avatar">${initials}</span><div><div class="flex"><span class="font-semibold">${name}</span><span class="text-xs">41 jaar</span></div>
        <div class="text-sm">${town}</div><span class="badge">Heftruck</span></div><div><div class="match">94%</div><button>Uitnodigen</button></div></article>`;
    // The product's lexicon: it lists "ten" as an ordinary word, as it should.
    const page = harvestPage(
      `<h1>Kandidaten</h1><div id="list">${card('KN', 'Krzysztof Nowicki', 'Gouda · 9 km')}${card('DS', 'Dulce Semedo', 'Rotterdam · 24 km')}${card('MC', 'Mirjam ten Cate', 'Gouda · 14 km')}${card('WH', 'Wahyu Hidayat', 'Gouda · 10 km')}</div>`,
      createNameLexicon(NAME_LEXICON_DATA),
    );
    expect(page.names).toEqual(expect.arrayContaining(['Krzysztof Nowicki', 'Dulce Semedo', 'Mirjam ten Cate', 'Wahyu Hidayat']));
  });

  it('keeps whoever last edited a record, and whom a profile is shared with, readable', () => {
    const page = harvest(
      `<h1>Kandidaat</h1><section class="pane"><h2>Carla Lopes</h2><dl><dt>E-mail</dt><dd>carla@mail.example</dd></dl></section>
       <footer><p>Laatst gewijzigd door Sven de Ruiter, 15-11-2024 16:02</p><p class="meta">Laatste wijziging 18 jun 2025 door Ruud Verkerk</p>
       <p class="meta">Shared with Pieter Hoogland (Maasport Logistics) – draft</p></footer>`,
    );
    for (const colleague of ['Sven de Ruiter', 'Ruud Verkerk', 'Pieter Hoogland']) {
      expect(page.harvester.isStaff(colleague), colleague).toBe(true);
      expect(page.names).not.toContain(colleague);
    }
  });

  it('reads no name at the end of a call title that ends in a site written in capitals', () => {
    expect(nameAfterActivity('Interview – Warehouse Supervisor – Tilburg DC')).toBeUndefined();
    expect(nameAfterActivity('Interview – Warehouse Supervisor – Mehmet Dogan')).toBe('Mehmet Dogan');
  });

  it('counts an interview robot’s words about applicants: its results, its sessions by date, a transcript’s speaker', () => {
    expect(mentionsApplication('Interviewresultaten – Klantadviseur Energie | Tengai')).toBe(true);
    expect(mentionsApplication('Interview 18 mrt 2025')).toBe(true);
    expect(mentionsApplication('Exit interview policy')).toBe(false);
    const sessions = ['Mehmet Emin Dogan', 'Filmon Ghebremedhin', 'Nasra Warsame']
      .map(
        (name) =>
          `<div class="tg-session"><span class="avatar">XX</span><div><div>${name}</div><div class="meta">Score 4,1</div></div></div>`,
      )
      .join('');
    const page = harvest(
      `<header>Annelies Brouwer · Enexa</header><aside>${sessions}</aside>
       <section><div class="msg"><small>Robot</small>Vertel eens iets over jezelf.</div><div class="msg"><small>Kandidaat</small>Ik werk nu twee jaar in een callcenter.</div></section>`,
    );
    expect(page.role()).toBe('applicants');
  });
});

describe('a call’s people by their badges', () => {
  it('keeps a co-interviewer readable by the badge under their name', () => {
    const page = harvest(
      `<h1>Interview – Warehouse Supervisor</h1><div class="backstage">
        <div class="bs-card"><strong>Erik Timmermans</strong><small>Co-interviewer · Operations Manager</small><button type="button">Add to stage</button></div>
        <div class="bs-card"><strong>Filmon Ghebremedhin</strong><small>Next candidate · 14:30</small><button type="button">Send private message</button></div></div>`,
    );
    expect(page.harvester.isStaff('Erik Timmermans')).toBe(true);
    expect(page.names).not.toContain('Erik Timmermans');
  });

  it('does not make a chat message with a host’s badge the team’s: it still speaks of an applicant (set FF)', () => {
    const page = harvest(
      `<h1>Group interview – Data Analyst</h1><div class="chat" aria-label="Chat">
        <div class="msg"><span class="au">Filmon Ghebremedhin</span> <span class="t">10:03</span><br>My camera is not working, sorry.</div>
        <div class="msg" id="reply"><span class="au">Erik Timmermans</span> <span class="role">Co-host</span> <span class="t">10:04</span><br>No problem Filmon, use the chat.</div></div>`,
    );
    expect(page.harvester.isStaff('Erik Timmermans')).toBe(true);
    expect(page.marks.markOf(document.getElementById('reply')!)?.kind).not.toBe('staff');
  });
});

describe('a Belgian applicant', () => {
  it('hides a Belgian or German postcode and town after the street, not a year and a town alone', () => {
    const found = (text: string) => detectMarkers(text).map((marker) => text.slice(marker.start, marker.end));
    expect(found('Nour Al-Sayed, Doorniksestraat 58, 8500 Kortrijk')).toContain('Doorniksestraat 58, 8500 Kortrijk');
    expect(found('Hauptstraße 88, 50226 Frechen')).toContain('Hauptstraße 88, 50226 Frechen');
    expect(found('Sinds 2018 Antwerpen als standplaats')).toEqual([]);
  });

  it('counts a Flemish "kandidatuur" as a word about an application', () => {
    expect(mentionsApplication('Kandidatuur chauffeur CE – Roeselare')).toBe(true);
    expect(mentionsApplication('Kandidaturen 2025')).toBe(true);
  });
});

describe('a given name that is also a word', () => {
  it('hides "Hope" as the subject of "is" and keeps "we hope" readable', () => {
    const matcher = createNameMatcher(['Hope Mensah']);
    const hidden = (text: string) => matcher(text).map((range) => text.slice(range.start, range.end));
    expect(hidden('Hope is a chartered accountant. She has led two ERP migrations.')).toEqual(['Hope']);
    expect(hidden('We hope to hear from the client this week.')).toEqual([]);
    expect(hidden('Hope you are well.')).toEqual([]);
  });
});

describe('a nationality in a recruiter’s note', () => {
  const found = (text: string) =>
    detectMarkers(text)
      .filter((marker) => marker.category === 'nationality')
      .map((marker) => text.slice(marker.start, marker.end));

  it('hides the demonym after a label in the middle of a note, and only the demonym', () => {
    expect(found('He is available from 1 June. Nationality: Indian – needs a kennismigrant permit.')).toEqual(['Indian']);
    expect(found('Available in June. Nationality: Open to discuss')).toEqual([]);
  });

  it('hides "she is Ghanaian" as it hides "zij is Ghanees"', () => {
    expect(found('Strong analyst. She is Ghanaian and speaks Twi.')).toEqual(['Ghanaian']);
  });
});
