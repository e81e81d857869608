import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type Handlers } from '../../lib/messages/router';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import { checklistHandlers } from './checklist-handlers';
import { verifyFrameToken } from './checklist-frame-tokens';
import { setUpChecklistBackground } from './checklist-startup';
import { syncContentScripts } from './content-script-registry';
import { coreHandlers } from './core-handlers';
import { dockHandlers } from './dock-handlers';
import { screeningHandlers } from './screening-handlers';
import { vacancyHandlers } from './vacancy-handlers';
import { createVacancyMenu, setUpVacancyMenuAndCommands } from './vacancy-menu';

/** Every message type has exactly one handler; TypeScript checks that none is missing. */
const handlers: Handlers = {
  ...coreHandlers,
  ...dockHandlers,
  ...checklistHandlers,
  ...screeningHandlers,
  ...vacancyHandlers,
};

export default defineBackground(() => {
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), verifyFrameToken };
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, handlers, context));

  const resync = async () => syncContentScripts((await loadSettings()).settings);
  browser.runtime.onInstalled.addListener(() => void repairStoredSettings().then(resync));
  browser.runtime.onStartup.addListener(() => void repairStoredSettings().then(resync));
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  // A broken item written while we run (by hand, a policy script or a test) is repaired at once;
  // the repaired write fires this listener again, now without problems.
  watchSettings(({ settings, problems, readOnly }) => {
    if (problems.length > 0 && !readOnly) void repairStoredSettings();
    else void syncContentScripts(settings);
  });
  setUpChecklistBackground();
  setUpVacancyMenuAndCommands();
  browser.runtime.onInstalled.addListener(() => void createVacancyMenu());
});

/**
 * Write back settings that needed repair, and remember what was repaired in session storage so
 * the options page can tell the user. An item from a newer version is never overwritten.
 */
async function repairStoredSettings(): Promise<void> {
  const { problems, readOnly } = await loadSettings();
  if (problems.length > 0) {
    await browser.storage.session.set({ settingsProblems: problems });
    console.warn('[Eerlijk Werven] stored settings repaired', problems);
  }
  // Writing the repaired item back is a read-change-write like any other: under the settings lock.
  if (!readOnly && problems.length > 0) await updateSettings((current) => current);
}
