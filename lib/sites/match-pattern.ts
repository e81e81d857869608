import { MatchPattern } from 'wxt/utils/match-patterns';

/** True when `pattern` is a valid WebExtension match pattern ("https://*.example.com/*"). */
export function isValidMatchPattern(pattern: string): boolean {
  try {
    new MatchPattern(pattern);
    return true;
  } catch {
    return false;
  }
}

/** True when `url` falls under `pattern`; false for invalid patterns or URLs. */
export function matchesUrl(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/**
 * Turn what a person types ("werkenbij.acme.nl", "https://acme.nl/vacatures") into a match pattern
 * for the whole host. Returns undefined when no host can be read from it.
 */
export function patternFromUserInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  // Someone who writes a pattern with a wildcard means exactly that pattern.
  if (trimmed.includes('*')) return isValidMatchPattern(trimmed) ? trimmed : undefined;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!/^[\p{L}\p{N}.-]+$/u.test(url.hostname) || !url.hostname.includes('.')) return undefined;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return undefined;
  }
}
