import { beforeEach, describe, expect, it } from 'vitest';
import { createApplicantPanes } from '../../../entrypoints/screening.content/applicant-panes';

const names = [{ name: 'Rania Al-Khatib', applicantKey: 'a1' }];
const aboutAnApplicant = () => createApplicantPanes(names, (element) => element.textContent ?? '');
const page = (markup: string) => document.body.replaceChildren(document.createRange().createContextualFragment(markup));
const text = (selector: string) => document.querySelector(selector)!.textContent ?? '';

describe('texts that speak of an applicant', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a block whose own text names the applicant as about her, wherever it stands', () => {
    page('<div class="feed"><div class="item" id="note">Spoke to Rania on Tuesday: she is available from March.</div></div>');
    expect(aboutAnApplicant()(document.querySelector('#note')!, text('#note'))).toBe(true);
  });

  it('reads a text whose only pronoun is "zijn" against its block too (set CC, a chat)', () => {
    page('<p id="p">Sterke sollicitatie van Rania Al-Khatib. <span>@Mehmet</span><span id="ask"> wil jij zijn werk bekijken?</span></p>');
    expect(aboutAnApplicant()(document.querySelector('#ask')!, text('#ask'))).toBe(true);
  });

  it('takes a text in a pane that names the applicant, and none outside', () => {
    page(
      '<section><h2>Rania Al-Khatib</h2><p id="in">He asked about her notice period.</p></section><div><p id="out">She leads the team.</p></div>',
    );
    const about = aboutAnApplicant();
    expect(about(document.querySelector('#in')!, text('#in'))).toBe(true);
    expect(about(document.querySelector('#out')!, text('#out'))).toBe(false);
  });

  it("takes a note in a short record of plain blocks under the applicant's name, not one in a long list", () => {
    // Held-out set P, a Formdesk result: the assessor's note sits under the result's title.
    page(
      '<div class="panel"><div class="title">Resultaat 147 – Rania Al-Khatib</div><div class="record"><div class="admin"><div>Beoordeling · Ruud Bosma</div><div id="note">Hij heeft trekkerrijbewijs.</div></div></div></div>',
    );
    expect(aboutAnApplicant()(document.querySelector('#note')!, text('#note'))).toBe(true);
    const rows = Array.from({ length: 40 }, (_, row) => `<div class="row">Kandidaat ${row} · woont in Utrecht · beschikbaar</div>`).join(
      '',
    );
    page(`<div class="list"><div class="row">Rania Al-Khatib</div>${rows}<div class="row" id="far">Hij belt terug.</div></div>`);
    expect(aboutAnApplicant()(document.querySelector('#far')!, text('#far'))).toBe(false);
  });

  it('takes the messages of a chat log that names the applicant as about her', () => {
    page(
      '<div role="log"><div class="msg">Heb jij de sollicitatie van Rania Al-Khatib al bekeken?</div><div class="msg" id="next">Ja, zij heeft vijf jaar ervaring.</div></div>',
    );
    expect(aboutAnApplicant()(document.querySelector('#next')!, text('#next'))).toBe(true);
  });

  it('asks nothing of a text without a pronoun, or when no applicant is known', () => {
    page('<p id="plain">Spoke to Rania on Tuesday.</p>');
    expect(aboutAnApplicant()(document.querySelector('#plain')!, text('#plain'))).toBe(false);
    expect(createApplicantPanes([], () => 'Rania, she')(document.body, 'she is')).toBe(false);
  });
});
