import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people. The lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['wiktoria', 'henk', 'salma', 'ruben', 'sanne', 'marco', 'filmon', 'pieter', 'anouk', 'fatima'],
  family: ['nowak', 'dijkstra', 'bensaid', 'smits', 'verhoef', 'peters', 'tesfamariam', 'groot', 'verhoeven', 'lahcen'],
  common: ['werving', 'sollicitanten'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const harvester = createHarvester({ lexicon, marks });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester, marks };
}

describe('records of kinds that hid their applicant before', () => {
  beforeEach(() => document.body.replaceChildren());

  it("reads a breadcrumb's last step as the record shown, not as the signed-in user", () => {
    const { names, harvester } = harvest(
      '<div class="app-header"><span>Werfhuis HR</span></div>' +
        '<nav aria-label="Kruimelpad"><a href="/w">Werving</a> / <a href="/s">Sollicitanten</a> / <span aria-current="page">Wiktoria Nowak</span></nav>' +
        '<section><div class="profile-name">Wiktoria Nowak</div><dl><dt>E-mail</dt><dd>w.nowak@postvak.example</dd></dl></section>',
    );
    expect(names).toContain('Wiktoria Nowak');
    expect(harvester.isStaff('Wiktoria Nowak')).toBe(false);
  });

  it("reads an interviewer's explanation under its heading as notes, not as a colleague's contact block", () => {
    const { marks } = harvest(
      '<form><section class="comments"><h3>Toelichting van de interviewer</h3>' +
        '<div class="comment"><p id="body">Goed gesprek. Ze heeft drie jaar op de spoedeisende hulp gewerkt.</p></div></section></form>',
    );
    const body = document.querySelector('#body')!;
    expect(marks.inNotes(body)).toBe(true);
    expect(marks.markOf(body.firstChild!)?.kind).not.toBe('staff');
  });

  it("reads a forwarder's note signed with a bare name as notes", () => {
    const { marks } = harvest(
      '<div class="body"><div id="note">Marco, deze ook nog. Ik heb hem gisteren gebeld, hij kan per direct beginnen.<br><br>Sanne</div>' +
        '<div class="quote"><div>---------- Forwarded message ---------<br>From: <strong>Filmon Tesfamariam</strong> &lt;filmon.t@webpost.example&gt;</div>' +
        '<p>I was born in Asmara.</p></div></div>',
    );
    expect(marks.inNotes(document.querySelector('#note')!)).toBe(true);
  });

  it('reads a team chat whose author, time and message stand side by side without spaces as a thread of colleagues', () => {
    const message = (author: string, time: string, body: string) =>
      `<div role="listitem" class="message"><img alt=""><div><span class="c-msg__who">${author}</span><span>${time}</span><div>${body}</div></div></div>`;
    const { names, harvester } = harvest(
      '<main><h1># werving</h1><div role="list">' +
        message('Pieter de Groot', '09:12', 'Er zijn vier nieuwe reacties op de vacature binnengekomen.') +
        message('Anouk Verhoeven', '09:18', 'Fatima Ait Lahcen komt dinsdag voor een gesprek, @Pieter de Groot kun jij?') +
        '</div></main>',
    );
    expect(harvester.isStaff('Pieter de Groot')).toBe(true);
    expect(harvester.isStaff('Anouk Verhoeven')).toBe(true);
    expect(names).toEqual(['Fatima Ait Lahcen']);
  });
});
