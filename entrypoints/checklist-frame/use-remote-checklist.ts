import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isChecklistChange } from '../../components/checklist/change-signal';
import type { SaveItem } from '../../components/checklist/checklist-writer';
import type { ChecklistData } from '../../components/checklist/use-checklist';
import { ItemChangeError } from '../../lib/checklist-store/item-updates';
import { sendMessage } from '../../lib/messages/client';
import { frameTokenField } from './frame-params';

/**
 * The checklist for the in-page panel, through the background: inside a web page Chromium may
 * refuse this frame IndexedDB (third-party storage), so it never opens the database itself. It
 * reads again when another page announces a change, when it gets focus, and after its own saves.
 */
export function useRemoteChecklist(): { data?: ChecklistData; save: SaveItem } {
  const [data, setData] = useState<ChecklistData>();
  const refresh = useCallback(() => {
    sendMessage('checklist:state', frameTokenField()).then(
      (state) => setData({ state, bundled: state.pack }),
      (error: unknown) => console.error('[Eerlijk Werven] checklist unavailable', error),
    );
  }, []);
  useEffect(() => {
    refresh();
    const onMessage = (message: unknown) => {
      if (isChecklistChange(message)) refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    window.addEventListener('focus', refresh);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);
  const save = useCallback<SaveItem>(
    async (itemId, change) => {
      const result = await sendMessage('checklist:update-item', { ...frameTokenField(), itemId, change });
      if (!result.ok) throw new ItemChangeError(result.code);
      refresh();
    },
    [refresh],
  );
  return { data, save };
}
