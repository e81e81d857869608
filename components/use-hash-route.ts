import { useEffect, useState } from 'preact/hooks';

/** The current "#/path" of the page (without the "#"), updated on navigation. */
export function useHashRoute(fallback: string): string {
  const read = () => (location.hash.startsWith('#/') ? location.hash.slice(1) : fallback);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return route;
}
