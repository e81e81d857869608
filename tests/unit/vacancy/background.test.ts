import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vacancyHandlers } from '../../../entrypoints/background/vacancy-handlers';
import { analyzeForPage, ignoresFor } from '../../../entrypoints/background/vacancy-analysis';
import { getDatabase } from '../../../lib/db/database';
import { vacancyMessages } from '../../../lib/messages/vacancy-messages';
import { getSettings } from '../../../lib/settings/store';

const sender = {
  id: 'x',
  url: 'https://werkenbij.example.nl/vacature/1',
  tab: { id: 1, url: 'https://werkenbij.example.nl/vacature/1' },
} as never;
const TEXT = 'Wij zoeken een jonge stagiair met Nederlands als moedertaal.';

describe('vacancy background', () => {
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
    await getDatabase().vacancyIgnored.clear();
  });

  it('analyses text and answers in the wire shape', async () => {
    const reply = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    expect(vacancyMessages['vacancy:analyze'].response.parse(reply)).toEqual(reply);
    expect(reply.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['moedertaal']));
    for (const f of reply.findings) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
    expect(reply.ignored).toBe(0);
  });

  it('"ignore here" hides one occurrence on that site only', async () => {
    const first = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    const target = first.findings.find((f) => f.text === 'moedertaal')!;
    await vacancyHandlers['vacancy:ignore']({ scope: 'occurrence', ruleId: target.ruleId, fingerprint: target.fingerprint }, sender);
    const after = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    expect(after.findings.some((f) => f.fingerprint === target.fingerprint)).toBe(false);
    expect(after.ignored).toBe(1);
    const elsewhere = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, {
      ...(sender as object),
      url: 'https://other.example/',
      tab: { id: 2, url: 'https://other.example/' },
    } as never);
    expect(elsewhere.findings.some((f) => f.fingerprint === target.fingerprint)).toBe(true);
  });

  it('"ignore this rule on this site" goes into the settings, once', async () => {
    const first = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    const target = first.findings[0]!;
    await vacancyHandlers['vacancy:ignore']({ scope: 'rule-site', ruleId: target.ruleId, fingerprint: target.fingerprint }, sender);
    await vacancyHandlers['vacancy:ignore']({ scope: 'rule-site', ruleId: target.ruleId, fingerprint: target.fingerprint }, sender);
    expect((await getSettings()).wording.ignoredRulesBySite['werkenbij.example.nl']).toEqual([target.ruleId]);
    const after = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    expect(after.findings.some((f) => f.ruleId === target.ruleId)).toBe(false);
  });

  it('"ignore this rule everywhere" goes into the settings once and holds on every site', async () => {
    const first = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, sender);
    const target = first.findings[0]!;
    await vacancyHandlers['vacancy:ignore']({ scope: 'rule-everywhere', ruleId: target.ruleId, fingerprint: target.fingerprint }, sender);
    await vacancyHandlers['vacancy:ignore']({ scope: 'rule-everywhere', ruleId: target.ruleId, fingerprint: target.fingerprint }, sender);
    expect((await getSettings()).wording.ignoredRules).toEqual([target.ruleId]);
    const elsewhere = await vacancyHandlers['vacancy:analyze']({ text: TEXT }, {
      ...(sender as object),
      url: 'https://other.example/',
      tab: { id: 2, url: 'https://other.example/' },
    } as never);
    expect(elsewhere.findings.some((f) => f.ruleId === target.ruleId)).toBe(false);
  });

  it('ignores nothing for a sender without a site', async () => {
    expect(await vacancyHandlers['vacancy:ignore']({ scope: 'occurrence', ruleId: 'r', fingerprint: 'f' }, { id: 'x' } as never)).toEqual({
      ignored: false,
    });
  });

  it('setup gives strings, the adapter and idle state for a URL', async () => {
    // The URL must share the sender's origin (vacancy-setup test in tests/unit/background).
    const linkedin = (url: string) => ({ id: 'x', url, tab: { id: 1, url } }) as never;
    const setup = await vacancyHandlers['vacancy:setup'](
      { url: 'https://www.linkedin.com/feed/' },
      linkedin('https://www.linkedin.com/feed/'),
    );
    expect(setup.idle).toBe(true);
    expect(setup.adapter).toBeNull();
    expect(setup.messages.vacancy_panel_title?.message).toBe('Vacaturecheck');
    expect(setup.css.highlight).toContain('::highlight(ew-prohibited)');
    const job = await vacancyHandlers['vacancy:setup'](
      { url: 'https://www.linkedin.com/jobs/view/1' },
      linkedin('https://www.linkedin.com/feed/'),
    );
    expect(job).toMatchObject({ idle: false, adapter: { id: 'linkedin' } });
  });

  it('rejects oversized and malformed requests at the schema', () => {
    const analyze = vacancyMessages['vacancy:analyze'].request;
    expect(analyze.safeParse({ text: 'x'.repeat(250_001) }).success).toBe(false);
    expect(analyze.safeParse({ text: 5 }).success).toBe(false);
    expect(analyze.safeParse({ text: 'x', lang: 'de' }).success).toBe(false);
    const ignore = vacancyMessages['vacancy:ignore'].request;
    expect(ignore.safeParse({ scope: 'everywhere', ruleId: 'r', fingerprint: 'f' }).success).toBe(false);
    expect(ignore.safeParse({ scope: 'occurrence', ruleId: '', fingerprint: 'f' }).success).toBe(false);
  });

  it('filters by ignored rules everywhere and per site', () => {
    const reply = analyzeForPage(TEXT, 'nl', 'nl', { rules: new Set(), fingerprints: new Set() });
    const rule = reply.findings[0]!.ruleId;
    const settings = { wording: { ignoredRules: [rule], ignoredRulesBySite: {} } } as never;
    const filtered = analyzeForPage(TEXT, 'nl', 'nl', ignoresFor(settings, 'a.nl', []));
    expect(filtered.findings.some((f) => f.ruleId === rule)).toBe(false);
    expect(filtered.ignored).toBeGreaterThan(0);
  });

  it('re-checks an edited block incrementally with offsets that still match the new text', () => {
    const none = { rules: new Set<string>(), fingerprints: new Set<string>() };
    const before = 'Over ons.\n\nJe hebt Nederlands als moedertaal.';
    const after = 'Over ons bedrijf in Utrecht.\n\nJe hebt Nederlands als moedertaal.';
    analyzeForPage(before, 'auto', 'nl', none, '1:0:t0');
    const reply = analyzeForPage(after, 'auto', 'nl', none, '1:0:t0');
    const mother = reply.findings.find((f) => f.text === 'moedertaal')!;
    expect(after.slice(mother.start, mother.end)).toBe('moedertaal');
    // Another block with the same key space does not disturb it.
    expect(analyzeForPage('Geen bevindingen hier.', 'auto', 'nl', none, '1:0:t1').findings).toEqual([]);
  });
});
