import { describe, expect, it } from 'vitest';
import { nameAfterActivity } from '../../../lib/page/harvest/activity-title';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows some of their names, as the real one would. What held-out
// set O showed: answers of a form under their question, a card's badges before its title, task
// titles with more than one part, a help desk's open tabs, and a recruiters' chat.
const lexicon = testLexicon({
  given: ['emir', 'bas', 'kevin', 'naima', 'ymke', 'andrei', 'dariusz', 'nadia', 'mirjam', 'tjalle', 'tessel'],
  family: ['kaya', 'timmerman', 'martina', 'amrani', 'terpstra', 'popescu', 'nowak', 'boukhari', 'baas', 'bosma', 'bakker'],
  common: ['timmerman', 'baas', 'bakker', 'front', 'office'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return harvester.take().map((name) => name.name);
}

describe('answers listed under the question they answer (a form summary)', () => {
  const summary = (question: string, answers: string[]) =>
    `<section class="question-summary"><div class="question-title"><span class="qnum">1.</span>${question}</div><div class="meta">23 antwoorden</div><div class="latest">Meest recente antwoorden</div>${answers
      .map((answer) => `<div class="response-text-item">${answer}</div>`)
      .join('')}</section>`;

  it('reads each answer to a name question as a name', () => {
    const names = harvest(summary('Wat is je volledige naam?', ['Tessel Bosma', 'Emir Kaya', 'Kevin Martina']));
    expect(names).toEqual(expect.arrayContaining(['Tessel Bosma', 'Emir Kaya', 'Kevin Martina']));
  });

  it('reads no names under a question about something else, or from one line alone', () => {
    expect(harvest(summary('Welke dagen kun je werken?', ['Maandag Ochtend', 'Dinsdag Middag']))).toEqual([]);
    expect(harvest(summary('Wat is je volledige naam?', ['Emir Kaya']))).toEqual([]);
  });
});

describe('a card whose badges come before its title (a kanban board)', () => {
  const card = (badge: string, title: string) =>
    `<article class="pp-card"><div class="pp-card__labels"><span class="pp-label blue">${badge}</span></div><div class="pp-card__title">${title}</div><div class="pp-card__field">Position: Night Auditor</div></article>`;

  it('takes the title, not the badge, as the card’s name', () => {
    const names = harvest(
      `<main class="board"><section class="pp-phase"><div class="pp-phase__header">Sollicitaties</div>${card('Front Office', 'Naima Amrani')}${card(
        'Front Office',
        'Ymke Terpstra',
      )}${card('Housekeeping', 'Andrei Popescu')}</section></main>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Naima Amrani', 'Ymke Terpstra', 'Andrei Popescu']));
    expect(names).not.toContain('Front Office');
  });
});

describe('task titles of more than one part, and an open tab of a help desk', () => {
  it('reads the name in the last part of a title', () => {
    expect(nameAfterActivity('#58 Interview loop – Junior Platform Engineer – Nadia Boukhari')).toBe('Nadia Boukhari');
    expect(nameAfterActivity('Sollicitatie chauffeur CE – Dariusz Nowak')).toBe('Dariusz Nowak');
    expect(nameAfterActivity('Interview loop – junior platform engineer')).toBeUndefined();
  });

  it('reads a task title before its badges', () => {
    const names = harvest(
      `<ul class="related-issues"><li>#58 Interview loop – Junior Platform Engineer – Nadia Boukhari <span class="gl-label">hiring</span></li><li>#57 Update onboarding docs <span class="gl-label">docs</span></li></ul>`,
    );
    expect(names).toContain('Nadia Boukhari');
  });

  it('reads an open tab that titles an application, and no other text of the navigation', () => {
    const names = harvest(
      `<nav class="navigation" aria-label="Navigatie"><div class="menu-item">Overzichten</div><div class="task"><span class="nav-tab-name">Sollicitatie chauffeur CE – Dariusz Nowak</span></div><div class="task"><span class="nav-tab-name">Overleg met Mirjam Baas</span></div><div class="user">Mirjam Baas</div></nav><main><h1>Open sollicitatie logistiek medewerker</h1></main>`,
    );
    expect(names).toContain('Dariusz Nowak');
    expect(names).not.toContain('Mirjam Baas');
  });
});

describe('a recruiters’ chat about applicants', () => {
  it('finds the applicant after how the application arrived, and with a word before what they did', () => {
    expect(applicantPhraseNames('Ook nog een open sollicitatie per mail binnengekomen van Tjalle Bosma (level design).')).toEqual([
      'Tjalle Bosma',
    ]);
    expect(applicantPhraseNames('Tessel Bakker heeft ook gereageerd op de vacature voor Wijkteam Bakkerstraat.')).toEqual([
      'Tessel Bakker',
    ]);
  });

  it('leaves a colleague’s mail and a message that only arrived', () => {
    expect(applicantPhraseNames('Reactie op de mail van Mirjam Baas')).toEqual([]);
    expect(applicantPhraseNames('Het pakket is binnengekomen van Mirjam Baas')).toEqual([]);
  });

  it('takes no job after a meeting for a name: a level opens its title (held-out set Q, Cal.com)', () => {
    expect(applicantPhraseNames('Interview – Junior Developer (45 min) · Round robin: Nienke Kuipers')).toEqual([]);
    expect(applicantPhraseNames('Kennismaking – Senior Verpleegkundige')).toEqual([]);
    expect(applicantPhraseNames('Interview – Nadia Boukhari (45 min)')).toEqual(['Nadia Boukhari']);
    // Nor a place named with its article after a preposition of place (AFAS, a memo).
    expect(applicantPhraseNames('Tweede gesprek met meeloopdienst op De Vechtoever inplannen.')).not.toContain('De Vechtoever');
    expect(applicantPhraseNames('Gesprek met De Vries inplannen')).toEqual(['De Vries']);
  });
});
