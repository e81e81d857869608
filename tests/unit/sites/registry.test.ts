import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesUrl } from '../../../lib/sites/match-pattern';
import { siteForUrl, siteWithHintsForUrl } from '../../../lib/sites/pick-site';
import { patternsOf, SITES, type Site } from '../../../lib/sites/registry';
import { siteSchema, siteTriedSchema, type SiteTried } from '../../../lib/sites/site-schema';

/*
 * Meta-tests for one site, one file (docs/decisions.md#one-site-one-file): every site file is
 * listed, declares only what the schema knows, has real URLs to try and a fixture page modelled on
 * its markup.
 */
const ROOT = join(import.meta.dirname, '../../..');
/** Files in lib/sites/ that are not sites. */
const NOT_SITES = new Set(['registry', 'site-schema', 'pick-site', 'known-sites', 'match-pattern', 'canary']);
const modules = import.meta.glob<{ site?: unknown; tried?: unknown }>('../../../lib/sites/*.ts', { eager: true });
/** Every site file by id (its file name), with what it exports. */
const FILES = new Map(
  Object.entries(modules)
    .map(([path, exports]) => [/([a-z0-9-]+)\.ts$/u.exec(path)![1]!, exports] as const)
    .filter(([id]) => !NOT_SITES.has(id)),
);
const triedOf = (site: Site) => FILES.get(site.id)?.tried as SiteTried;

function selectorsOf(site: Site): string[] {
  return [...(site.vacancy?.content ?? []), ...(site.vacancy?.editors ?? []), ...(site.screening?.names ?? [])];
}

describe('site files', () => {
  it('are all listed in the registry, each under its own id, exporting `site` and `tried` only', () => {
    expect(SITES.map((site) => site.id).sort()).toEqual([...FILES.keys()].sort());
    for (const [id, exports] of FILES) {
      expect(Object.keys(exports).sort(), id).toEqual(['site', 'tried']);
      expect(SITES).toContain(exports.site);
    }
  });

  it.each(SITES.map((site) => [site.id, site] as const))('%s declares only what the schema knows', (_id, site) => {
    const parsed = siteSchema.safeParse(site);
    expect(parsed.success, parsed.error?.message).toBe(true);
    const tried = siteTriedSchema.safeParse(triedOf(site));
    expect(tried.success, tried.error?.message).toBe(true);
  });

  it('refuses a site that declares what no schema knows, or lacks test URLs or fixtures', () => {
    const [site] = SITES as [Site];
    expect(siteSchema.safeParse({ ...site, colour: 'blue' }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, vacancy: { ...site.vacancy, contents: ['main'] } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, screening: { reference: 'x', name: ['.n'] } }).success).toBe(false);
    const tried = triedOf(site);
    expect(siteTriedSchema.safeParse({ ...tried, testUrls: [] }).success).toBe(false);
    expect(siteTriedSchema.safeParse({ ...tried, testUrls: ['not a url'] }).success).toBe(false);
    expect(siteTriedSchema.safeParse({ ...tried, fixtures: [] }).success).toBe(false);
    expect(siteTriedSchema.safeParse({ ...tried, fixtures: ['../../etc/passwd.html'] }).success).toBe(false);
    expect(siteTriedSchema.safeParse({ fixtures: tried.fixtures }).success).toBe(false);
    expect(siteTriedSchema.safeParse({ ...tried, notes: 'x' }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, matches: ['not a pattern'] }).success).toBe(false);
  });

  it.each(SITES.map((site) => [site.id, site] as const))('%s: its test URLs belong to it', (_id, site) => {
    for (const url of triedOf(site).testUrls) {
      expect(
        patternsOf(site).some(({ pattern }) => matchesUrl(pattern, url)),
        url,
      ).toBe(true);
      expect(siteForUrl(url)?.id).toBe(site.id);
    }
  });

  it.each(SITES.map((site) => [site.id, site] as const))('%s: its fixture pages exist and show what its hints look for', (_id, site) => {
    const selectors = selectorsOf(site);
    for (const fixture of triedOf(site).fixtures) {
      // Test-only markup from this repository, parsed into a detached document.
      const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, fixture), 'utf8'), 'text/html');
      expect(
        selectors.some((selector) => doc.querySelector(selector) !== null),
        `${fixture} has none of ${selectors.join(', ')}`,
      ).toBe(true);
    }
  });
});

describe('the picker', () => {
  it('finds the site by its match patterns, and its hints only on the pages they name', () => {
    expect(siteForUrl('https://nl.indeed.com/viewjob?jk=1')?.id).toBe('indeed');
    expect(siteForUrl('https://outlook.live.com/mail/')?.id).toBe('outlook');
    expect(siteForUrl('https://indeed.com.evil.example/')).toBeUndefined();
    expect(siteForUrl('not a url')).toBeUndefined();
    expect(siteWithHintsForUrl('https://www.linkedin.com/jobs/view/1', 'vacancy')?.id).toBe('linkedin');
    expect(siteWithHintsForUrl('https://www.linkedin.com/feed/', 'vacancy')).toBeUndefined();
    expect(siteWithHintsForUrl('https://www.werkzoeken.nl/vacatures/1', 'screening')).toBeUndefined();
    expect(siteWithHintsForUrl('http://127.0.0.1:4000/demo/kandidaten.html', 'screening')?.id).toBe('demo');
    expect(siteWithHintsForUrl('http://127.0.0.1:4000/fixtures/x.html', 'screening')).toBeUndefined();
    expect(siteWithHintsForUrl('http://127.0.0.1:4000/fixtures/x.html', 'vacancy')?.id).toBe('demo');
  });
});
