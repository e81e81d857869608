import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, re-run whenever the tables it read change (in any extension page
 * or the background). `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[Eerlijk Werven] query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
