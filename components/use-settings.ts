import { useEffect, useState } from 'preact/hooks';
import type { RepairedSettings } from '../lib/settings/repair';
import { loadSettings, watchSettings } from '../lib/settings/store';

/** The current settings (repaired), kept up to date while the component is mounted. */
export function useSettings(): RepairedSettings | undefined {
  const [state, setState] = useState<RepairedSettings>();
  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => alive && setState(loaded));
    const stop = watchSettings((next) => alive && setState(next));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
