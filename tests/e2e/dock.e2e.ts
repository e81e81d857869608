import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, fixtureUrl, screenshot, useExtension } from './harness';

/*
 * One Eerlijk Werven dock per page (docs/decisions.md#one-dock): every pillar that runs shows its
 * entry there, visible and on top, the dock covers no focusable page element, and the user can
 * move it by pointer or keyboard, per site.
 */

/** What the dock shows, where it is, and which focusable page elements lie under it. */
async function dockReport(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('eerlijk-werven-dock');
    const host = hosts[0];
    const bar = host?.shadowRoot?.querySelector('.dock');
    if (!host || !bar) return { docks: hosts.length, pillars: [], hidden: [], covered: [], box: undefined };
    const box = bar.getBoundingClientRect();
    const slots = [...bar.querySelectorAll<HTMLElement>('.slot')];
    const hidden = slots
      .filter((slot) => {
        const rect = slot.getBoundingClientRect();
        const inside = rect.width > 0 && rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight;
        return !inside || document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) !== host;
      })
      .map((slot) => {
        const rect = slot.getBoundingClientRect();
        const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return `${slot.dataset.pillar} (under ${top?.localName ?? 'nothing'} at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}x${Math.round(rect.height)})`;
      });
    const focusable =
      'a[href],button,input,select,textarea,summary,iframe,[tabindex]:not([tabindex="-1"]),[contenteditable=""],[contenteditable="true"]';
    const covered = [...document.querySelectorAll(focusable)]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
      })
      .map((element) => element.outerHTML.slice(0, 80));
    return {
      docks: hosts.length,
      pillars: slots.map((slot) => slot.dataset.pillar),
      hidden,
      covered,
      box: { x: Math.round(box.left), y: Math.round(box.top) },
    };
  });
}

async function waitForPillars(page: Page, pillars: string[]) {
  await expect.poll(async () => (await dockReport(page)).pillars, { timeout: 15_000 }).toEqual(expect.arrayContaining(pillars));
}

describe('the Eerlijk Werven dock', () => {
  const ext = useExtension({ language: 'nl' });
  const all = { vacancy: true, screening: true, checklist: true };

  // Each launcher shows only where its pillar applies: Blind screenen never on a vacancy page.
  it.each([
    ['vacature.html', ['vacancy', 'checklist'], ['screening']],
    ['ats-editor.html', ['vacancy', 'checklist'], ['screening']],
    ['kandidaten.html', ['screening', 'checklist'], []],
    ['kandidaat.html', ['screening', 'checklist'], []],
  ])('%s: one dock shows every pillar that applies, on top, covering no focusable page element', async (name, pillars, absent) => {
    await enableSite(ext.context, 'http://127.0.0.1/*', all);
    const page = await ext.openPage(demoUrl(name));
    await waitForPillars(page, pillars);
    await page.waitForTimeout(400);
    const report = await dockReport(page);
    for (const pillar of absent) expect(report.pillars).not.toContain(pillar);
    await screenshot(page, `dock-${name.replace('.html', '')}`);
    expect(report.docks).toBe(1);
    expect(report.hidden).toEqual([]);
    expect(report.covered).toEqual([]);
    await page.close();
  });

  it('moves aside from a page button in its corner', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: false, checklist: true });
    const page = await ext.openPage(fixtureUrl('dock-corner.html'));
    await waitForPillars(page, ['checklist']);
    await page.waitForTimeout(400);
    const report = await dockReport(page);
    expect(report.covered).toEqual([]);
    expect(report.hidden).toEqual([]);
    await page.close();
  });

  it('is moved by keyboard and by dragging, keeps its place on the site, and Home puts it back', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', all);
    const page = await ext.openPage(demoUrl('vacature.html'));
    await waitForPillars(page, ['vacancy', 'checklist']);
    await page.waitForTimeout(400);
    const start = (await dockReport(page)).box!;
    const grip = page.locator('eerlijk-werven-dock .grip');
    await grip.focus();
    for (let press = 0; press < 3; press += 1) await grip.press('ArrowUp');
    await expect.poll(async () => (await dockReport(page)).box!.y).toBe(start.y - 48);

    const box = (await grip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 200, box.y - 100, { steps: 5 });
    await page.mouse.up();
    const moved = (await dockReport(page)).box!;
    expect(moved.x).toBeLessThan(start.x - 150);

    const again = await ext.openPage(demoUrl('vacature.html'));
    await waitForPillars(again, ['vacancy', 'checklist']);
    await expect.poll(async () => (await dockReport(again)).box).toEqual(moved);
    await expectNoAxeViolations(again);

    await again.locator('eerlijk-werven-dock .grip').press('Home');
    await expect.poll(async () => (await dockReport(again)).box).toEqual(start);
  });
});
