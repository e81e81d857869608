import { describe, expect, it } from 'vitest';
import { isCommentThread } from '../../../lib/page/harvest/comment-thread';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows their names, as the real one would. What held-out sets O
// and P showed: a chat app's bubbles end in their time, its messages differ in class words of
// their place in a run, its members carry badges, and a ticket's first message is the applicant's own.
const lexicon = testLexicon({
  given: ['erik', 'naomi', 'sanne', 'ibrahim', 'shanice', 'ilias', 'lieke', 'gerrit', 'mirjam'],
  family: ['mulder', 'tjon', 'koster', 'dogan', 'pinas', 'bouchtaoui', 'visser', 'stoker', 'baas'],
  common: ['koster', 'mulder'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester };
}

const bubble = (extra: string, author: string, avatar: string, body: string, time: string, forwardedFrom = '') =>
  `<div class="Message message-list-item ${extra}"><div class="avatar-slot">${avatar}</div><div class="content">${
    author === '' ? '' : `<div class="message-title"><span class="message-title-name">${author}</span></div>`
  }${
    forwardedFrom === '' ? '' : `<div class="forward-title">Doorgestuurd van <span class="sender-title">${forwardedFrom}</span></div>`
  }<p class="text-content">${body}<span class="MessageMeta"><span class="message-time">${time}</span> ✓✓</span></p></div></div>`;
const CHAT = `<div id="Main"><div id="Left"><div class="chat-list">${'<div class="ListItem"><div class="fullName">Leveranciers</div></div>'.repeat(
  30,
)}</div></div><div id="Middle"><div class="MessageList"><div class="message-date-group"><div class="sticky-date"><span>Vandaag</span></div>${bubble(
  'own first-in-group',
  '',
  '',
  'Goedemorgen! Er zijn zes nieuwe sollicitaties binnengekomen via de site, ik zet ze hier neer.',
  '09:12',
)}${bubble('first-in-group last-in-group', 'Erik Mulder', '<span class="Avatar">EM</span>', 'Zij kan drie dagen per week en ook in het weekend. Ik wil haar uitnodigen.', '09:40')}${bubble(
  'own first-in-group last-in-group',
  '',
  '',
  'Hallo, ik ben Ilias en ik wil graag solliciteren als afwasser. Mijn nummer staat erbij.',
  '10:02',
  'Ilias Bouchtaoui',
)}${bubble(
  'first-in-group',
  'Naomi Tjon',
  '',
  'İbrahim Doğan en Shanice Pinas wil ik voor de bediening spreken, dat scheelt inwerken.',
  '10:31',
)}</div></div></div><div id="Right"><div class="members-list"><div class="ListItem"><span class="Avatar">SK</span><div><div class="fullName">Sanne Koster</div><div class="status">online</div></div><span class="admin-badge">Eigenaar</span></div><div class="ListItem"><span class="Avatar">EM</span><div><div class="fullName">Erik Mulder</div><div class="status">laatst gezien 11:21</div></div><span class="admin-badge">Beheerder</span></div></div></div></div>`;

describe('a chat app: bubbles that end in their time, members with badges', () => {
  it('reads the messages as a thread, and not the columns of the app', () => {
    document.body.replaceChildren(document.createRange().createContextualFragment(CHAT));
    expect(isCommentThread(document.querySelector('.message-date-group')!)).toBe(true);
    expect(isCommentThread(document.querySelector('#Main')!)).toBe(false);
  });

  it('keeps authors and members colleagues, and finds the applicants they write about', () => {
    const { names, harvester } = harvest(CHAT);
    expect(harvester.isStaff('Erik Mulder')).toBe(true);
    expect(names).not.toContain('Naomi Tjon');
    expect(harvester.isStaff('Sanne Koster')).toBe(true);
    // The sender of a forwarded application is no author of the bubble it is forwarded in.
    expect(harvester.isStaff('Ilias Bouchtaoui')).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['İbrahim Doğan', 'Shanice Pinas']));
    expect(names).not.toContain('Erik Mulder');
  });

  it('reads no member from a column header "Eigenaar" over a table of one applicant', () => {
    const { harvester } = harvest(
      '<div role="grid"><div role="row"><div role="columnheader">Kandidaat</div><div role="columnheader">Eigenaar</div></div><div role="row"><div role="gridcell">Ilias Bouchtaoui</div><div role="gridcell">EM</div></div></div>',
    );
    expect(harvester.isStaff('Ilias Bouchtaoui')).toBe(false);
  });
});

describe('a help-desk ticket whose first message is the application', () => {
  const article = (kind: string, author: string, time: string, body: string) =>
    `<div class="ticket-article-item ${kind}"><div class="avatar">${author
      .split(' ')
      .map((word) => word[0])
      .join(
        '',
      )}</div><div class="article-content"><div class="article-meta"><b>${author}</b> · ${time}</div><div class="textBubble">${body}</div></div></div>`;

  it('keeps the applicant who signs their own application hidden, and the agents readable', () => {
    const { names, harvester } = harvest(
      `<div class="ticket-article">${article(
        'customer',
        'Lieke Visser',
        '8 okt 2025 07:52',
        '<p>Ik ben 19 jaar en heb een heftruckcertificaat. Mijn cv zit in de bijlage.</p><p>Met vriendelijke groet,<br>Lieke Visser<br>06-1938 5520</p>',
      )}${article('agent internal', 'Gerrit Stoker', '8 okt 2025 10:14', '<p>@Mirjam Baas kun jij haar uitnodigen voor de kennismaking van volgende week?</p>')}</div>`,
    );
    expect(harvester.isStaff('Lieke Visser')).toBe(false);
    expect(names).toContain('Lieke Visser');
    expect(harvester.isStaff('Gerrit Stoker')).toBe(true);
  });
});
