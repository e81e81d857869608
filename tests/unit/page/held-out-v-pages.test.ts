import { beforeEach, describe, expect, it } from 'vitest';
import { addressAtAWorkplace, blockOfWorkDetails } from '../../../lib/blinding/workplace-address';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set V showed us: a pipeline's cards with an
// interview line, a video tool's list of meetings, a job's header.
const lexicon = testLexicon({
  given: ['esther', 'nadia', 'tomasz', 'yusuf', 'sky', 'wouter'],
  family: ['vos', 'rahman', 'haddou', 'zielinski', 'demir', 'meijer', 'jong'],
  common: ['team', 'leider', 'nacht', 'zorg', 'tweede', 'gesprek'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set V showed us', () => {
  beforeEach(() => document.body.replaceChildren());

  it("reads a department's page whose main list is labelled as the team's members as no applicant page", () => {
    const member = (name: string, manager: string) =>
      `<article class="card"><div class="name">${name}</div><div class="pron">she/her</div><dl><dt>Title</dt><dd>Support Engineer</dd>` +
      `<dt>Manager</dt><dd>${manager}</dd><dt>Location</dt><dd>Utrecht</dd><dt>Started</dt><dd>May 2022</dd><dt>Birthday</dt><dd>June 12</dd></dl></article>`;
    const page = (label: string) =>
      `<main><h1>Customer Success</h1><section ${label}>${member('Nadia Rahman', 'Esther Vos')}${member('Yusuf Demir', 'Nadia Rahman')}${member('Sky Meijer', 'Nadia Rahman')}</section>` +
      '<aside><div>Candidates are managed in your ATS, not here.</div></aside></main>';
    expect(harvest(page('aria-label="Team members"')).role()).toBe('neither');
    expect(harvest(page('aria-label="Overview"')).role()).toBe('applicants');
  });

  it("reads the person an interview line names under an applicant's name as someone else", () => {
    const card = (name: string, line: string) => `<div class="card"><a href="/c/1">${name}</a><div class="sub">${line}</div></div>`;
    const { names } = harvest(
      '<section aria-label="Candidates">' +
        card('Tomasz Zieliński', 'Interview Fri 23 May with Nadia Haddou') +
        card('Yusuf Demir', 'Applied 3 days ago · Referral by Nadia Haddou') +
        '<article class="card"><header><span class="ava">SM</span><div><div class="name">Sky Meijer</div>' +
        '<div class="sub">Interview Thu 22 May with Nadia Haddou</div></div></header></article>' +
        '</section>',
    );
    expect(names).toEqual(expect.arrayContaining(['Tomasz Zieliński', 'Yusuf Demir']));
    expect(names).not.toContain('Nadia Haddou');
  });

  it("reads no job's title of compound words after an interview's word as a name", () => {
    const meeting = (topic: string) => `<div class="meeting"><span class="time">15:00</span><span class="topic">${topic}</span></div>`;
    const { names } = harvest(
      meeting('Tweede gesprek Teamleider Nachtzorg – Sky Meijer') + meeting('Sollicitatiegesprek Helpende – Wouter de Jong'),
    );
    expect(names).not.toContain('Teamleider Nachtzorg');
  });

  it("takes an address in a job's header that names its recruiter for the employer's", () => {
    expect(blockOfWorkDetails('Amsterdam – Keizersgracht 241 · Team Design · Recruiter: Jasmijn Kok · Hiring manager: Maarten Bos')).toBe(
      true,
    );
    expect(addressAtAWorkplace('Ze woont aan de Keizersgracht 241', 17, 33)).toBe(false);
  });
});
