import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { enableSite, fixtureUrl, useExtension, type ExtensionFixture } from './harness';

/**
 * Fail closed after an error (issue 10): whatever throws, the page ends hidden and the launcher
 * says why, and nothing tries again and again. A queued pass that throws masks the page once more
 * first (entrypoints/screening.content/recover-once.ts); an error while a change is read gives
 * the page up at once. Nothing in the extension lets a page make it throw, so each test breaks a
 * DOM method in the content scripts' own world through the DevTools protocol; the page's world
 * keeps its own, working copy.
 */
describe('Blind screenen after an error', () => {
  const ext = useExtension({ language: 'nl' });

  it('masks the page once more when a pass that masks it throws, then gives it up hidden and says why', async () => {
    const { page, warnings } = await openBroken(
      ext,
      // Writing a mask into a text node throws; reading the page still works.
      `const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
       Object.defineProperty(CharacterData.prototype, 'data', { ...data, set() { throw new Error('broken for a test'); } });`,
    );
    await expectGivenUp(page);
    expect(warnings.filter((text) => text.includes('re-masking the page after an error'))).toHaveLength(1);
    expect(warnings.filter((text) => text.includes('blind screening stopped after an error'))).toHaveLength(1);
  });

  it('gives the page up hidden at once when reading a change throws', async () => {
    const { page, warnings } = await openBroken(
      ext,
      `Document.prototype.createTreeWalker = function () { throw new Error('broken for a test'); };`,
    );
    await expectGivenUp(page);
    expect(warnings.filter((text) => text.includes('re-masking the page after an error'))).toHaveLength(0);
    expect(warnings.filter((text) => text.includes('blind screening stopped after an error'))).toHaveLength(1);
  });
});

/** Open an applicant page, break `breakage` in the extension's world, then add a row with a new applicant. */
async function openBroken(ext: ExtensionFixture, breakage: string): Promise<{ page: Page; warnings: string[] }> {
  await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
  const page = await ext.openPage(fixtureUrl('screening/greenhouse.html'));
  await page.waitForFunction(() => !document.body.innerText.includes('Benali') && document.body.innerText.includes('Kandidaat'));
  const cdp = await ext.context.newCDPSession(page);
  // The content scripts' console is read through the protocol: the page's console events leave their world out.
  const warnings: string[] = [];
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'warning') warnings.push(args.map((arg) => String(arg.value ?? '')).join(' '));
  });
  await evaluateInExtensionWorld(cdp, breakage);
  await page.evaluate(() => {
    const row = document.querySelector('.person')!.cloneNode(true) as HTMLElement;
    row.querySelector('.person-name')!.textContent = 'Oleksandr Kovalenko';
    document.querySelector('.person')!.after(row);
  });
  return { page, warnings };
}

async function evaluateInExtensionWorld(cdp: CDPSession, expression: string): Promise<void> {
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    worlds.push({ id: context.id, name: context.name, type: (context.auxData as { type?: string } | undefined)?.type });
  });
  await cdp.send('Runtime.enable');
  const world = worlds.find((candidate) => candidate.type === 'isolated' && candidate.name === 'Eerlijk Werven');
  expect(world, `isolated worlds: ${worlds.map((candidate) => candidate.name).join(', ')}`).toBeDefined();
  const result = await cdp.send('Runtime.evaluate', { contextId: world!.id, expression: `${expression}; true` });
  expect(result.exceptionDetails).toBeUndefined();
}

/** The page is hidden, the new name unread, the launcher says why, and the page's scripts still run. */
async function expectGivenUp(page: Page): Promise<void> {
  await page.waitForFunction(() => getComputedStyle(document.body).visibility === 'hidden', null, { timeout: 10_000 });
  // Long enough for a loop to show itself: it masked the page again after every error.
  await page.waitForTimeout(1_000);
  const seen = await page.evaluate(() => {
    const problem = document.querySelector('ew-blind-screening')?.shadowRoot?.querySelector<HTMLElement>('.ew-problem');
    const launcher = document.querySelector('eerlijk-werven-dock')?.shadowRoot?.querySelector('.ew-launcher');
    return {
      bodyVisibility: getComputedStyle(document.body).visibility,
      text: document.body.innerText,
      problemShown: problem !== null && problem !== undefined && !problem.hidden,
      problemText: problem?.textContent ?? '',
      launcherText: launcher?.textContent ?? '',
    };
  });
  expect(seen.bodyVisibility).toBe('hidden');
  expect(seen.text).not.toContain('Kovalenko');
  expect(seen.problemShown).toBe(true);
  expect(seen.problemText).toContain('De pagina blijft verborgen');
  expect(seen.launcherText).toBe('Blind screenen · probleem');
  // A page stuck in a loop of passes answers no script; this one answers at once.
  expect(await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(42), 0)))).toBe(42);
}
