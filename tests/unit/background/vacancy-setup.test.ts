import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupUrl, vacancyHandlers } from '../../../entrypoints/background/vacancy-handlers';
import { coreMessages, MAX_BREAKDOWN_KEYS } from '../../../lib/messages/core-messages';

const FEED = 'https://www.linkedin.com/feed/';
const JOB = 'https://www.linkedin.com/jobs/view/1';
const senderAt = (url: string) => ({ id: 'x', url, frameId: 0, tab: { id: 1, url } }) as never;

describe('vacancy:setup takes the page from the sender', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
  });

  test('a same-origin URL from the script is used (single-page apps navigate without a load)', () => {
    expect(setupUrl(JOB, senderAt(FEED))).toBe(JOB);
  });

  test('a URL of another origin, or no URL at all, is replaced by the sender URL', () => {
    expect(setupUrl(JOB, senderAt('https://werkenbij.example.nl/vacature/1'))).toBe('https://werkenbij.example.nl/vacature/1');
    expect(setupUrl('https://www.linkedin.com.evil.example/jobs/view/1', senderAt(FEED))).toBe(FEED);
    expect(setupUrl('not a url', senderAt(FEED))).toBe(FEED);
    expect(setupUrl(JOB, { tab: { url: FEED } })).toBe(JOB);
    expect(() => setupUrl(JOB, {})).toThrow();
  });

  test('a page cannot pick another site adapter by claiming its URL', async () => {
    const other = await vacancyHandlers['vacancy:setup']({ url: JOB }, senderAt('https://werkenbij.example.nl/'));
    expect(other.adapter?.id).not.toBe('linkedin');
    const own = await vacancyHandlers['vacancy:setup']({ url: JOB }, senderAt(FEED));
    expect(own.adapter?.id).toBe('linkedin');
  });
});

describe('vacancy:setup where blind screening runs', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
  });
  const screeningOn = (on: boolean, paused: string[] = []) =>
    fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        language: 'nl',
        sites: [{ match: 'https://werkenbij.example.nl/*', vacancy: true, screening: on }],
        screening: { hidden: {}, pausedSites: paused },
      },
    });

  test('a page no adapter knows stays idle, so applicant fields never travel in a message', async () => {
    await screeningOn(true);
    const reply = await vacancyHandlers['vacancy:setup'](
      { url: 'https://werkenbij.example.nl/kandidaat/7' },
      senderAt('https://werkenbij.example.nl/kandidaat/7'),
    );
    expect(reply.idle).toBe(true);
  });

  test('without blind screening, or with it paused, the same page is checked', async () => {
    const page = 'https://werkenbij.example.nl/vacature/7';
    await screeningOn(false);
    expect((await vacancyHandlers['vacancy:setup']({ url: page }, senderAt(page))).idle).toBe(false);
    await screeningOn(true, ['werkenbij.example.nl']);
    expect((await vacancyHandlers['vacancy:setup']({ url: page }, senderAt(page))).idle).toBe(false);
  });

  test('a vacancy page an adapter knows is checked even with blind screening on', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, language: 'nl', sites: [{ match: 'https://*.linkedin.com/*', vacancy: true, screening: true }] },
    });
    expect((await vacancyHandlers['vacancy:setup']({ url: JOB }, senderAt(JOB))).idle).toBe(false);
  });
});

describe('activity:record breakdown', () => {
  const request = coreMessages['activity:record'].request;
  const breakdown = (keys: number) => Object.fromEntries(Array.from({ length: keys }, (_, index) => [`k${index}`, 1]));

  test(`at most ${MAX_BREAKDOWN_KEYS} keys are accepted`, () => {
    expect(request.safeParse({ metric: 'vacancies-checked', count: 1, breakdown: breakdown(MAX_BREAKDOWN_KEYS) }).success).toBe(true);
    expect(request.safeParse({ metric: 'vacancies-checked', count: 1, breakdown: breakdown(MAX_BREAKDOWN_KEYS + 1) }).success).toBe(false);
    expect(request.safeParse({ metric: 'vacancies-checked', count: 1 }).success).toBe(true);
  });
});
