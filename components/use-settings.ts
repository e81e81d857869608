import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type CurrentSettings } from '../lib/settings/store';

/** The settings in force (repaired, policy applied), kept up to date while the component is mounted. */
export function useSettings(): CurrentSettings | undefined {
  const [state, setState] = useState<CurrentSettings>();
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
