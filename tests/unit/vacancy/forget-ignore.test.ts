import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vacancyHandlers } from '../../../entrypoints/background/vacancy-handlers';
import { forgetRuleIgnores } from '../../../entrypoints/background/vacancy-ignores';
import { isRecheckMessage, RECHECK, VACANCY_TAB_CHANNEL } from '../../../entrypoints/vacancy.content/tab-channel';
import { getDatabase } from '../../../lib/db/database';
import { vacancyMessages } from '../../../lib/messages/vacancy-messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { getSettings, updateSettings } from '../../../lib/settings/store';

const page = { id: 'x', url: 'chrome-extension://x/dashboard.html' } as never;
const forget = vacancyHandlers['vacancy:forget-ignore'];

async function seed(): Promise<void> {
  await updateSettings((settings) => {
    settings.wording.ignoredRules = ['nl.age.jong', 'nl.origin.moedertaal'];
    settings.wording.ignoredRulesBySite = { 'a.nl': ['nl.age.jong', 'nl.gender.hij'], 'b.nl': ['nl.age.jong'] };
  });
  const db = getDatabase();
  await db.vacancyIgnored.clear();
  await db.vacancyIgnored.bulkPut([
    { site: 'a.nl', fingerprint: 'f1', ruleId: 'nl.age.jong', day: '2026-01-02' },
    { site: 'a.nl', fingerprint: 'f2', ruleId: 'nl.origin.moedertaal', day: '2026-01-03' },
    { site: 'b.nl', fingerprint: 'f1', ruleId: 'nl.age.jong', day: '2026-01-04' },
  ]);
}

describe('undoing ignores from the dashboard', () => {
  beforeEach(seed);

  it('removes one rule ignored everywhere and leaves the rest', async () => {
    expect(await forget({ kind: 'rule-everywhere', ruleId: 'nl.age.jong' }, page)).toEqual({ removed: 1 });
    const settings = await getSettings();
    expect(settings.wording.ignoredRules).toEqual(['nl.origin.moedertaal']);
    expect(settings.wording.ignoredRulesBySite['a.nl']).toContain('nl.age.jong');
  });

  it('removes a rule on one site only, and drops a site left with nothing', async () => {
    expect(await forget({ kind: 'rule-site', site: 'b.nl', ruleId: 'nl.age.jong' }, page)).toEqual({ removed: 1 });
    expect(await forget({ kind: 'rule-site', site: 'a.nl', ruleId: 'nl.age.jong' }, page)).toEqual({ removed: 1 });
    const bySite = (await getSettings()).wording.ignoredRulesBySite;
    expect(bySite).toEqual({ 'a.nl': ['nl.gender.hij'] });
  });

  it('removes one occurrence by site and fingerprint; the same fingerprint elsewhere stays', async () => {
    expect(await forget({ kind: 'occurrence', site: 'a.nl', fingerprint: 'f1' }, page)).toEqual({ removed: 1 });
    const rows = await getDatabase().vacancyIgnored.toArray();
    expect(rows.map((r) => `${r.site}/${r.fingerprint}`).sort()).toEqual(['a.nl/f2', 'b.nl/f1']);
  });

  it('reports 0 for what is not there (twice the same undo, an unknown site or rule)', async () => {
    await forget({ kind: 'occurrence', site: 'a.nl', fingerprint: 'f1' }, page);
    expect(await forget({ kind: 'occurrence', site: 'a.nl', fingerprint: 'f1' }, page)).toEqual({ removed: 0 });
    expect(await forget({ kind: 'rule-site', site: 'nowhere.nl', ruleId: 'nl.age.jong' }, page)).toEqual({ removed: 0 });
    expect(await forget({ kind: 'rule-everywhere', ruleId: 'nl.age.unknown' }, page)).toEqual({ removed: 0 });
    expect((await getSettings()).wording.ignoredRules).toHaveLength(2);
  });

  it('clears each list on its own', async () => {
    expect(await forget({ kind: 'clear', list: 'rules-by-site' }, page)).toEqual({ removed: 3 });
    let settings = await getSettings();
    expect(settings.wording.ignoredRulesBySite).toEqual({});
    expect(settings.wording.ignoredRules).toHaveLength(2);
    expect(await getDatabase().vacancyIgnored.count()).toBe(3);

    expect(await forget({ kind: 'clear', list: 'occurrences' }, page)).toEqual({ removed: 3 });
    expect(await getDatabase().vacancyIgnored.count()).toBe(0);
    settings = await getSettings();
    expect(settings.wording.ignoredRules).toHaveLength(2);

    expect(await forget({ kind: 'clear', list: 'rules-everywhere' }, page)).toEqual({ removed: 2 });
    expect((await getSettings()).wording.ignoredRules).toEqual([]);
  });

  it('tells every open tab to check again when something was undone, and no tab when nothing was', async () => {
    await fakeBrowser.tabs.create({ url: 'https://a.nl/vacature' });
    await fakeBrowser.tabs.create({ url: 'https://b.nl/vacature' });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const open = (await fakeBrowser.tabs.query({})).length;
    expect(open).toBeGreaterThanOrEqual(2);
    await forget({ kind: 'rule-everywhere', ruleId: 'nl.age.jong' }, page);
    expect(sent).toHaveBeenCalledTimes(open);
    for (const call of sent.mock.calls) expect(isRecheckMessage(call[1])).toBe(true);
    sent.mockClear();
    await forget({ kind: 'rule-everywhere', ruleId: 'nl.age.jong' }, page);
    expect(sent).not.toHaveBeenCalled();
  });

  it('survives tabs that refuse the message (no vacancy script there)', async () => {
    await fakeBrowser.tabs.create({ url: 'https://a.nl/' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await forget({ kind: 'clear', list: 'occurrences' }, page)).toEqual({ removed: 3 });
  });

  it('the request schema refuses unknown kinds, lists and oversized values', () => {
    const request = vacancyMessages['vacancy:forget-ignore'].request;
    expect(request.safeParse({ kind: 'everything' }).success).toBe(false);
    expect(request.safeParse({ kind: 'clear', list: 'all' }).success).toBe(false);
    expect(request.safeParse({ kind: 'rule-site', ruleId: 'nl.age.jong' }).success).toBe(false);
    expect(request.safeParse({ kind: 'occurrence', site: 'a.nl', fingerprint: 'f'.repeat(65) }).success).toBe(false);
    expect(request.safeParse({ kind: 'rule-everywhere', ruleId: '' }).success).toBe(false);
    expect(request.safeParse({ kind: 'occurrence', site: 'a.nl', fingerprint: 'f1' }).success).toBe(true);
    expect(vacancyMessages['vacancy:forget-ignore'].from).toEqual(['page']);
  });

  it('forgetRuleIgnores leaves settings alone for an occurrence request', () => {
    const settings = defaultSettings();
    settings.wording.ignoredRules = ['r'];
    expect(forgetRuleIgnores(settings, { kind: 'occurrence', site: 'a.nl', fingerprint: 'f' })).toBe(0);
    expect(forgetRuleIgnores(settings, { kind: 'clear', list: 'occurrences' })).toBe(0);
    expect(settings.wording.ignoredRules).toEqual(['r']);
  });

  it('recognises only our recheck message', () => {
    expect(isRecheckMessage({ channel: VACANCY_TAB_CHANNEL, type: RECHECK })).toBe(true);
    expect(isRecheckMessage({ channel: 'eerlijk-werven-checklist', type: RECHECK })).toBe(false);
    expect(isRecheckMessage({ channel: VACANCY_TAB_CHANNEL, type: 'close-panel' })).toBe(false);
    expect(isRecheckMessage(null)).toBe(false);
    expect(isRecheckMessage('recheck')).toBe(false);
  });
});
