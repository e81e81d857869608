import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFirstCountToday } from '../../../entrypoints/background/counted-pages';

test('a vacancy counts once a day, whatever its fragment; another page or day counts again', async () => {
  const monday = new Date(2026, 10, 23, 10);
  expect(await isFirstCountToday('https://acme.recruitee.com/o/stagiair?ref=x', monday)).toBe(true);
  expect(await isFirstCountToday('https://acme.recruitee.com/o/stagiair?ref=x#apply', monday)).toBe(false);
  expect(await isFirstCountToday('https://acme.recruitee.com/o/stagiair?ref=y', monday)).toBe(true);
  expect(await isFirstCountToday('https://acme.recruitee.com/o/stagiair?ref=x', new Date(2026, 10, 24, 9))).toBe(true);
});

test('only hashes are kept, never the address', async () => {
  await isFirstCountToday('https://werkenbij.acme.nl/vacature/42', new Date(2026, 10, 23));
  const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
  expect(stored).not.toContain('acme');
  expect(stored).not.toContain('vacature');
});
