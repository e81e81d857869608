import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistPack } from '../../lib/checklist/pack-schema';
import { loadBundledPack } from '../../lib/checklist-store/bundled-pack';
import { readChecklistState, type ChecklistState } from '../../lib/checklist-store/state';
import { getDatabase } from '../../lib/db/database';
import { useLiveQuery } from '../use-live-query';
import { announceChecklistChange } from './change-signal';

/** The bundled default pack (loaded once per page), or undefined while it loads. */
export function useBundledPack(): { pack?: ChecklistPack; failed: boolean } {
  const [pack, setPack] = useState<ChecklistPack>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    loadBundledPack().then(
      (loaded) => alive && setPack(loaded),
      (error: unknown) => {
        console.error('[Eerlijk Werven] bundled pack unreadable', error);
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, []);
  return { pack, failed };
}

export interface ChecklistData {
  bundled: ChecklistPack;
  state: ChecklistState;
}

/**
 * The active organisation's checklist, live: every open page (dashboard, side panel, in-page
 * panel) re-reads when any of them changes something.
 */
export function useChecklist(): ChecklistData | undefined {
  const { pack: bundled } = useBundledPack();
  const state = useLiveQuery(() => (bundled ? readChecklistState(getDatabase(), bundled) : undefined), [bundled]);
  // Tell the in-page panel frames whenever the state moves on (not for the first read).
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    if (!state) return;
    if (seen.current !== undefined) announceChecklistChange();
    seen.current = state;
  }, [state]);
  return bundled && state ? { bundled, state } : undefined;
}
