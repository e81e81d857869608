import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coreHandlers } from '../../../entrypoints/background/core-handlers';
import { noteReadability, recordReadableVacancy } from '../../../entrypoints/background/readability-evidence';
import { readabilityHandlers } from '../../../entrypoints/background/readability-handlers';
import { readabilityMessages } from '../../../lib/messages/readability-messages';
import { updateSettings } from '../../../lib/settings/store';
import { activityTotals, localDay } from '../../../lib/db/activity';
import { getDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';

const PLAIN =
  'Wij zoeken een stagiair voor onze winkel. Je helpt klanten. Je zet spullen in de rekken. Je werkt aan de kassa. Je krijgt een vaste begeleider.';
const DENSE =
  'Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.';

async function readableToday(): Promise<number> {
  const day = localDay();
  return (await activityTotals(getDatabase(), day, day))['vacancies-readable'];
}

describe('readability evidence from the background', () => {
  it('counts a checked vacancy as readable when its longest block reached the target, once', async () => {
    const settings = defaultSettings();
    noteReadability(7, '7:0:b1', 'Stage', 'auto', settings, 'werkenbij.acme.nl');
    noteReadability(7, '7:0:b2', PLAIN, 'auto', settings, 'werkenbij.acme.nl');
    const before = await readableToday();
    expect(await recordReadableVacancy(getDatabase(), 7, 'werkenbij.acme.nl')).toBe(true);
    expect(await readableToday()).toBe(before + 1);
    // The verdicts are used up: counting the same tab again adds nothing.
    expect(await recordReadableVacancy(getDatabase(), 7, 'werkenbij.acme.nl')).toBe(false);
    expect(await readableToday()).toBe(before + 1);
  });

  it('does not count a dense vacancy, a tab it never read, or a site where readability is off', async () => {
    const settings = defaultSettings();
    noteReadability(8, '8:0:b1', DENSE, 'auto', settings, 'a.nl');
    expect(await recordReadableVacancy(getDatabase(), 8, 'a.nl')).toBe(false);
    expect(await recordReadableVacancy(getDatabase(), 99, 'a.nl')).toBe(false);
    settings.readability.offSites = ['b.nl'];
    noteReadability(9, '9:0:b1', PLAIN, 'auto', settings, 'b.nl');
    expect(await recordReadableVacancy(getDatabase(), 9, 'b.nl')).toBe(false);
    // A lenient target makes the dense text readable.
    settings.readability.target = 'C2';
    noteReadability(10, '10:0:b1', DENSE, 'auto', settings, 'a.nl');
    expect(await recordReadableVacancy(getDatabase(), 10, 'a.nl')).toBe(true);
  });

  it('refuses a page that tries to book readable vacancies itself', async () => {
    const before = await readableToday();
    const sender = { tab: { id: 3, url: 'https://evil.example/' } } as never;
    expect(await coreHandlers['activity:record']({ metric: 'vacancies-readable', count: 50 }, sender)).toEqual({ recorded: false });
    expect(await readableToday()).toBe(before);
  });
});

describe('readability for the summary panel', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
  });
  const DENSE_AD = `${DENSE} Wij bieden een stageplek in Utrecht.`;
  const sender = (url: string) => ({ url, tab: { id: 4, url } }) as never;

  it('answers with the level against the target and the hardest sentences, in the message contract', async () => {
    const reply = await readabilityHandlers['readability:check']({ text: DENSE_AD }, sender('https://werkenbij.acme.nl/vacature/1'));
    expect(readabilityMessages['readability:check'].response.parse(reply)).toEqual(reply);
    expect(reply).toMatchObject({ on: true, lang: 'nl', target: 'B1', reached: false, reason: null });
    expect(reply.hardest[0]?.hints.map((h) => h.kind)).toEqual(expect.arrayContaining(['passive', 'rare-word']));
  });

  it('uses the site settings: the internship target, and off where the user switched it off', async () => {
    await updateSettings((s) => {
      s.readability.target = 'C2';
      s.readability.offSites = ['uit.example.nl'];
    });
    const lenient = await readabilityHandlers['readability:check']({ text: DENSE_AD }, sender('https://werkenbij.acme.nl/vacature/1'));
    expect(lenient).toMatchObject({ target: 'C2', reached: true });
    const off = await readabilityHandlers['readability:check']({ text: DENSE_AD }, sender('https://uit.example.nl/vacature/1'));
    expect(off).toMatchObject({ on: false, level: null, hardest: [] });
  });
});
