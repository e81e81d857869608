import { beforeEach, describe, expect, it } from 'vitest';
import { testLexicon } from '../blinding/test-lexicon';
import { pipelineFor } from './pipeline-in-jsdom';

// Invented people. A team chat (held-out set LL, Rocket.Chat): its sidebar lists direct messages
// with colleagues before the channel, which says they are the team, has loaded.
const lexicon = testLexicon({
  given: ['jolien', 'ahmed', 'femke', 'maarten', 'ananya', 'piotr'],
  family: ['vos', 'bouali', 'lammers', 'dekker', 'iyer', 'zielinski'],
});

const dm = (initials: string, name: string, preview: string) =>
  `<div class="sidebar-item"><span class="sidebar-item__avatar">${initials}</span><div class="sidebar-item__wrapper"><div class="sidebar-item__title">${name}</div><div class="sidebar-item__subtitle">${preview}</div></div></div>`;
const message = (initials: string, name: string, handle: string, body: string) =>
  `<div class="message" role="listitem"><div class="avatar">${initials}</div><div><div class="message-header"><span class="message-header__name">${name}</span><span class="message-header__username">@${handle}</span><span class="message-header__time">09:12</span></div><div class="message-body">${body}</div></div></div>`;

describe('names read before a page is about applicants', () => {
  beforeEach(() => document.body.replaceChildren());

  it('are judged again when it becomes one: colleagues the channel shows as the team are no applicants', async () => {
    document.body.innerHTML =
      `<aside><div class="sidebar-title">Direct Messages</div>${dm('JV', 'Jolien Vos', 'Jolien Vos: Done')}${dm('AB', 'Ahmed Bouali', 'You: thanks')}${dm('FL', 'Femke Lammers', '')}</aside>` +
      '<main><div class="room-header"># werving-backend</div><div id="messages"></div></main>';
    const pipeline = pipelineFor(document, lexicon);
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => undefined,
    );
    expect(pipeline.role).not.toBe('applicants');
    // The controller's observer hands the page's changes to the pipeline.
    const observer = new MutationObserver((records) => pipeline.handle(records));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.getElementById('messages')!.innerHTML =
      message('FL', 'Femke Lammers', 'femke.lammers', 'Shortlist after the screening calls: Ananya Iyer and Piotr Zielinski.') +
      message('JV', 'Jolien Vos', 'jolien.vos', 'Piotr mailed his CV, the applicant can start in March.') +
      message('AB', 'Ahmed Bouali', 'ahmed.bouali', 'Did the tech interview with Ananya Iyer yesterday.') +
      message('MD', 'Maarten Dekker', 'maarten.dekker', '@jolien.vos can you plan Ananya and Piotr for Thursday?');
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(pipeline.role).toBe('applicants');
    const names = pipeline.applicants.all.map((applicant) => applicant.name);
    expect(names).toContain('Ananya Iyer');
    expect(names).not.toContain('Jolien Vos');
    expect(names).not.toContain('Ahmed Bouali');
    expect(document.querySelector('aside')!.textContent).toContain('Jolien Vos');
  });
});
