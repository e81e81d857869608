import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coreHandlers } from '../../../entrypoints/background/core-handlers';
import { recordReadableVacancy } from '../../../entrypoints/background/readability-evidence';
import { vacancyHandlers } from '../../../entrypoints/background/vacancy-handlers';
import { vacancyMessages } from '../../../lib/messages/vacancy-messages';
import { updateSettings } from '../../../lib/settings/store';
import { activityTotals, localDay } from '../../../lib/db/activity';
import { getDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';

const PLAIN =
  'Wij zoeken een stagiair voor onze winkel. Je helpt klanten. Je zet spullen in de rekken. Je werkt aan de kassa. Je krijgt een vaste begeleider.';
const DENSE =
  'Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.';

/** A content script in tab `tab` on `host` checks one block. */
function check(tab: number, host: string, block: string, text: string) {
  const url = `https://${host}/vacature/1`;
  return vacancyHandlers['vacancy:analyze']({ text, block }, { url, tab: { id: tab, url } } as never);
}

async function readableToday(): Promise<number> {
  const day = localDay();
  return (await activityTotals(getDatabase(), day, day))['vacancies-readable'];
}

describe('readability evidence from the background', () => {
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
    await updateSettings((s) => {
      s.readability = defaultSettings().readability;
    });
  });

  it('counts a checked vacancy as readable when its longest block reached the target, once', async () => {
    await check(7, 'werkenbij.acme.nl', 'b1', 'Stage');
    await check(7, 'werkenbij.acme.nl', 'b2', PLAIN);
    const before = await readableToday();
    expect(await recordReadableVacancy(getDatabase(), 7, 'werkenbij.acme.nl')).toBe(true);
    expect(await readableToday()).toBe(before + 1);
    // The verdicts are used up: counting the same tab again adds nothing.
    expect(await recordReadableVacancy(getDatabase(), 7, 'werkenbij.acme.nl')).toBe(false);
    expect(await readableToday()).toBe(before + 1);
  });

  it('does not count a dense vacancy, a tab it never read, or a site where readability is off', async () => {
    await check(8, 'a.nl', 'b1', DENSE);
    expect(await recordReadableVacancy(getDatabase(), 8, 'a.nl')).toBe(false);
    expect(await recordReadableVacancy(getDatabase(), 99, 'a.nl')).toBe(false);
    await updateSettings((s) => {
      s.readability.offSites = ['b.nl'];
    });
    await check(9, 'b.nl', 'b1', PLAIN);
    expect(await recordReadableVacancy(getDatabase(), 9, 'b.nl')).toBe(false);
    // A lenient target makes the dense text readable.
    await updateSettings((s) => {
      s.readability.target = 'C2';
    });
    await check(10, 'a.nl', 'b1', DENSE);
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
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
    await updateSettings((s) => {
      s.readability = defaultSettings().readability;
    });
  });
  const DENSE_AD = `${DENSE} Wij bieden een stageplek in Utrecht.`;

  it('answers with the level against the target and the hardest sentences, in the message contract', async () => {
    const reply = await check(4, 'werkenbij.acme.nl', 'b1', DENSE_AD);
    expect(vacancyMessages['vacancy:analyze'].response.parse(reply)).toEqual(reply);
    expect(reply.readability).toMatchObject({ lang: 'nl', target: 'B1', reached: false, reason: null });
    const hardest = reply.readability?.hardest[0];
    expect(hardest?.hints.map((h) => h.kind)).toEqual(expect.arrayContaining(['passive', 'rare-word']));
    for (const hint of hardest?.hints ?? []) {
      expect(hint.start).toBeGreaterThanOrEqual(hardest!.start);
      expect(hint.end).toBeLessThanOrEqual(hardest!.end + 1);
    }
  });

  it('uses the site settings: the internship target, and off where the user switched it off', async () => {
    await updateSettings((s) => {
      s.readability.target = 'C2';
      s.readability.offSites = ['uit.example.nl'];
    });
    const lenient = await check(4, 'werkenbij.acme.nl', 'b1', DENSE_AD);
    expect(lenient.readability).toMatchObject({ target: 'C2', reached: true });
    const off = await check(4, 'uit.example.nl', 'b1', DENSE_AD);
    expect(off.readability).toBeNull();
  });

  it('never changes the findings: the same findings with readability on and off', async () => {
    const text = `${DENSE_AD} Wij zoeken een jonge stagiair met Nederlands als moedertaal.`;
    const on = await check(5, 'werkenbij.acme.nl', 'b1', text);
    await updateSettings((s) => {
      s.readability.offSites = ['werkenbij.acme.nl'];
    });
    const off = await check(5, 'werkenbij.acme.nl', 'b1', text);
    expect(on.readability).not.toBeNull();
    expect(off.readability).toBeNull();
    expect(on.findings.length).toBeGreaterThan(0);
    expect(off.findings).toEqual(on.findings);
  });
});
