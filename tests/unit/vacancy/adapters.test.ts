import { afterEach, describe, expect, it, vi } from 'vitest';
import { KNOWN_SITES } from '../../../lib/sites/known-sites';
import { VACANCY_ADAPTERS } from '../../../lib/sites/vacancy-adapters/adapters';
import { findGenericTargets, findTargets, largestVacancyBlock } from '../../../lib/sites/vacancy-adapters/find-targets';
import { vacancyAdapterSchema } from '../../../lib/sites/vacancy-adapters/schema';
import { adapterForUrl, isKnownNonVacancyPage } from '../../../lib/sites/vacancy-adapters/select-adapter';
import { reportStaleAdapter, resetStaleAdapterReports } from '../../../lib/sites/canary';

function page(markup: string): Document {
  // Test-only markup we wrote ourselves.
  document.body.innerHTML = markup;
  return document;
}

describe('adapter data', () => {
  it.each(VACANCY_ADAPTERS.map((a) => [a.id, a] as const))('%s parses with the schema and its selectors are valid CSS', (_id, adapter) => {
    expect(vacancyAdapterSchema.parse(adapter)).toEqual(adapter);
    for (const selector of [...adapter.content, ...adapter.editors, ...adapter.exclude]) {
      expect(() => document.querySelector(selector)).not.toThrow();
    }
  });

  it('covers every known vacancy site of the issue', () => {
    const ids = new Set(VACANCY_ADAPTERS.map((a) => a.id));
    for (const id of [
      'stagemarkt',
      'werkzoeken',
      'nationalevacaturebank',
      'indeed',
      'linkedin',
      'werk-nl',
      'youngcapital',
      'recruitee',
      'homerun',
      'teamtailor',
      'workable',
      'greenhouse',
      'lever',
    ]) {
      expect(ids.has(id)).toBe(true);
    }
    // Known-site ids and adapter ids agree, so settings and adapters talk about the same site.
    const known = new Set(KNOWN_SITES.map((s) => s.id));
    for (const adapter of VACANCY_ADAPTERS.filter((a) => a.id !== 'demo' && a.id !== 'linkedin')) expect(known.has(adapter.id)).toBe(true);
  });

  it('rejects bad adapters: style rules, broken patterns, upper-case hosts, no hosts', () => {
    const base = { id: 'x', label: 'X', hosts: ['x.nl'] };
    expect(vacancyAdapterSchema.safeParse({ ...base, content: ['p { color: red }'] }).success).toBe(false);
    expect(vacancyAdapterSchema.safeParse({ ...base, paths: '(' }).success).toBe(false);
    expect(vacancyAdapterSchema.safeParse({ ...base, hosts: ['X.NL'] }).success).toBe(false);
    expect(vacancyAdapterSchema.safeParse({ ...base, hosts: [] }).success).toBe(false);
    expect(vacancyAdapterSchema.safeParse({ ...base, id: 'Has Space' }).success).toBe(false);
    expect(vacancyAdapterSchema.parse(base)).toMatchObject({ content: [], editors: [], exclude: [], canary: true });
  });
});

describe('adapterForUrl', () => {
  it('matches sub-domains and path patterns', () => {
    expect(adapterForUrl('https://nl.indeed.com/viewjob?jk=1', VACANCY_ADAPTERS)?.id).toBe('indeed');
    expect(adapterForUrl('https://www.linkedin.com/jobs/view/123', VACANCY_ADAPTERS)?.id).toBe('linkedin');
    expect(adapterForUrl('https://acme.recruitee.com/o/stagiair', VACANCY_ADAPTERS)?.id).toBe('recruitee');
  });

  it('does not match look-alike hosts, other pages of a known site, or junk', () => {
    expect(adapterForUrl('https://indeed.com.evil.example/viewjob', VACANCY_ADAPTERS)).toBeUndefined();
    expect(adapterForUrl('https://notindeed.com/viewjob', VACANCY_ADAPTERS)).toBeUndefined();
    expect(adapterForUrl('https://www.linkedin.com/feed/', VACANCY_ADAPTERS)).toBeUndefined();
    expect(adapterForUrl('not a url', VACANCY_ADAPTERS)).toBeUndefined();
  });

  it("tells a known site's non-vacancy page (idle) from an unknown site (generic check)", () => {
    expect(isKnownNonVacancyPage('https://www.linkedin.com/feed/', VACANCY_ADAPTERS)).toBe(true);
    expect(isKnownNonVacancyPage('https://www.linkedin.com/jobs/view/1', VACANCY_ADAPTERS)).toBe(false);
    expect(isKnownNonVacancyPage('https://werkenbij.example.nl/vacature', VACANCY_ADAPTERS)).toBe(false);
    expect(isKnownNonVacancyPage('http://127.0.0.1:4000/fixtures/x.html', VACANCY_ADAPTERS)).toBe(false);
  });
});

describe('findTargets', () => {
  const indeed = VACANCY_ADAPTERS.find((a) => a.id === 'indeed')!;

  it('uses the adapter when its selectors match', () => {
    const doc = page('<nav>menu</nav><div id="jobDescriptionText"><p>Wij zoeken een stagiair.</p></div><textarea id="t">x</textarea>');
    const found = findTargets(doc, indeed);
    expect(found.source).toBe('indeed');
    expect(found.stale).toBe(false);
    expect(found.blocks.map((b) => b.id)).toEqual(['jobDescriptionText']);
    expect(found.fields.map((f) => f.id)).toEqual(['t']);
  });

  it('falls back to the generic finder and reports the adapter stale when nothing matches', () => {
    const doc = page(
      `<main><article>${'<p>Wij zoeken een stagiair voor de afdeling vacature en functie met veel tekst erbij.</p>'.repeat(5)}</article></main>`,
    );
    const found = findTargets(doc, { ...indeed, editors: [] });
    expect(found.stale).toBe(true);
    expect(found.source).toBe('generic');
    expect(found.blocks[0]?.tagName).toBe('ARTICLE');
  });

  it('finds editors: outermost contenteditable, textareas, not disabled or password fields, not our own UI', () => {
    const doc = page(
      '<div contenteditable="true" id="outer"><p contenteditable="true" id="inner">x</p></div>' +
        '<textarea id="ok"></textarea><textarea id="off" disabled></textarea><input type="password" id="pw"><div id="ours"><textarea id="mine"></textarea></div>',
    );
    const found = findGenericTargets(doc, (el) => el.closest('#ours') !== null);
    expect(found.editables.map((e) => e.id)).toEqual(['outer']);
    expect(found.fields.map((f) => f.id)).toEqual(['ok']);
  });

  it('picks the largest block of vacancy-like text and skips page chrome', () => {
    const doc = page(
      `<footer>${'<p>Over ons bedrijf en onze vacatures, lange voettekst met veel woorden erin.</p>'.repeat(3)}</footer>` +
        `<div id="side"><p>Kort stukje tekst over iets anders dan werk.</p></div>` +
        `<div id="job">${'<p>Wat ga je doen? Als stagiair werk je mee aan de functie en leer je het vak van collega’s.</p>'.repeat(4)}</div>`,
    );
    expect(largestVacancyBlock(doc)?.id).toBe('job');
  });

  it('finds nothing on an empty page without throwing', () => {
    const found = findGenericTargets(page(''));
    expect(found).toMatchObject({ blocks: [], fields: [], editables: [] });
  });
});

describe('selector canary', () => {
  afterEach(() => resetStaleAdapterReports());

  it('logs a stale adapter once per page load, and never for adapters without a canary', () => {
    const log = vi.fn();
    const indeed = VACANCY_ADAPTERS.find((a) => a.id === 'indeed')!;
    expect(reportStaleAdapter(indeed, 'https://nl.indeed.com/viewjob?jk=secret', log)).toBe(true);
    expect(reportStaleAdapter(indeed, 'https://nl.indeed.com/viewjob', log)).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    // The path only: no query string (it can carry personal data).
    expect(log.mock.calls[0]![0]).toContain('/viewjob;');
    expect(log.mock.calls[0]![0]).not.toContain('secret');
    expect(reportStaleAdapter({ ...indeed, id: 'quiet', canary: false }, 'https://x', log)).toBe(false);
  });
});
