import { beforeEach, describe, expect, it } from 'vitest';
import { mentionsAnApplication } from '../../../lib/page/page-role';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set ZZ showed us.
const lexicon = testLexicon({
  given: ['shanaira', 'dawit', 'jasper', 'femke', 'mohamed', 'rosa', 'hanneke'],
  family: ['koeiman', 'gebremedhin', 'wit', 'hoogendoorn', 'amrani', 'martina', 'vries'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set ZZ showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it("reads an inbox's rows with a subject and a snippet as mails, not as a chat whose senders are colleagues", () => {
    const row = (sender: string, subject: string, snippet: string, time: string) =>
      `<li class="ThreadList-row"><span class="from">${sender}</span> <span class="subject">${subject} ` +
      `<span class="snippet">— ${snippet}</span></span> <span class="time">${time}</span></li>`;
    const { names, role } = harvest(
      '<ul class="ThreadList" role="list">' +
        row('Shanaira Koeiman', 'Sollicitatie BPV-plaats Timmeren', 'Beste Femke, hierbij solliciteer ik naar de plek.', '09:42') +
        row('Dawit Gebremedhin', 'Vraag over stageplek', 'Is de plek in Gouda nog open? Hij vroeg het ook.', '08:15') +
        row('de Wit, Jasper', 'Open sollicitatie', 'Graag kom ik in aanmerking voor een plek bij u.', '07:30') +
        '</ul>',
    );
    expect(names).toEqual(expect.arrayContaining(['Shanaira Koeiman', 'Dawit Gebremedhin', 'de Wit, Jasper']));
    expect(role()).toBe('applicants');
  });

  it('takes plural words for talk about applicants, not for one application', () => {
    expect(mentionsAnApplication('Re: kandidaten metselaar')).toBe(false);
    expect(mentionsAnApplication('Sollicitatie BPV-plaats Timmeren')).toBe(true);
    expect(mentionsAnApplication('CV_Shanaira_Koeiman.pdf')).toBe(true);
  });

  it('reads a handbook\'s "Wie doet wat" as a page of staff', () => {
    document.title = 'Personeelshandboek/Wie doet wat - Handboek';
    const page = harvest(
      '<h1>Wie doet wat</h1><table><tr><th>Naam</th><th>Rol</th><th>Telefoon</th></tr>' +
        '<tr><td>Mohamed El Amrani</td><td>ICT</td><td>06-23 45 80 19</td></tr><tr><td>Rosa Martina</td><td>HR</td><td>06-58 12 39 40</td></tr></table>' +
        '<p>Begeleid je een BPV-stagiair? Rosa Martina plant de driegesprekken met school.</p>',
    );
    expect(page.role()).toBe('neither');
  });
});
