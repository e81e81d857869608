import { describe, expect, test } from 'vitest';
import { checklistHandlers } from '../../../entrypoints/background/checklist-handlers';
import { forgetFrameToken, issueFrameToken, verifyFrameToken } from '../../../entrypoints/background/checklist-frame-tokens';
import { frameTokenSchema } from '../../../lib/messages/checklist-messages';
import { getSettings, updateSettings } from '../../../lib/settings/store';

const ON = 'https://acme.werkzoeken.nl/vacature/1';
const OFF = 'https://evil.example/';

const frame = (tabId: number, tabUrl: string | undefined) =>
  ({ id: 'x', url: 'chrome-extension://x/checklist-frame.html', frameId: 4, tab: { id: tabId, url: tabUrl } }) as never;
const badge = (tabId: number, tabUrl: string, frameId = 0) => ({ id: 'x', url: tabUrl, frameId, tab: { id: tabId, url: tabUrl } }) as never;

describe('checklist panel tokens', () => {
  test('the checklist is on for the test site by default (precondition)', async () => {
    const settings = await getSettings();
    expect(settings.sites.some((site) => site.checklist && site.match === 'https://*.werkzoeken.nl/*')).toBe(true);
  });

  test('a token is valid only for its own tab, and a new one replaces the old', async () => {
    const token = await issueFrameToken(3);
    expect(frameTokenSchema.safeParse(token).success).toBe(true);
    expect(await verifyFrameToken(token, frame(3, ON))).toBe(true);
    expect(await verifyFrameToken(token, frame(4, ON))).toBe(false);
    expect(await verifyFrameToken('x'.repeat(43), frame(3, ON))).toBe(false);
    const next = await issueFrameToken(3);
    expect(next).not.toBe(token);
    expect(await verifyFrameToken(token, frame(3, ON))).toBe(false);
    expect(await verifyFrameToken(next, frame(3, ON))).toBe(true);
  });

  test('a token is refused where the checklist is off, the tab URL is unknown, or the tab closed', async () => {
    const token = await issueFrameToken(6);
    expect(await verifyFrameToken(token, frame(6, OFF))).toBe(false);
    expect(await verifyFrameToken(token, frame(6, undefined))).toBe(false);
    await updateSettings((settings) => {
      for (const site of settings.sites) site.checklist = false;
    });
    expect(await verifyFrameToken(token, frame(6, ON))).toBe(false);
    await updateSettings((settings) => {
      for (const site of settings.sites) if (site.match === 'https://*.werkzoeken.nl/*') site.checklist = true;
    });
    expect(await verifyFrameToken(token, frame(6, ON))).toBe(true);
    await forgetFrameToken(6);
    expect(await verifyFrameToken(token, frame(6, ON))).toBe(false);
  });

  test('the badge gets a token only in the top frame of a tab where the checklist is on', async () => {
    const { token } = await checklistHandlers['checklist:frame-token']({}, badge(8, ON));
    expect(await verifyFrameToken(token, frame(8, ON))).toBe(true);
    await expect(checklistHandlers['checklist:frame-token']({}, badge(8, OFF))).rejects.toThrow();
    await expect(checklistHandlers['checklist:frame-token']({}, badge(8, ON, 2))).rejects.toThrow();
    await expect(checklistHandlers['checklist:frame-token']({}, { id: 'x', url: ON } as never)).rejects.toThrow();
  });
});
