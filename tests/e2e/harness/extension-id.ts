/**
 * Chromium's id for an unpacked extension, computed from its absolute path: the first 32 hex
 * digits of SHA-256(path), each mapped 0-f to a-p. Knowing it before launch lets the network guard
 * allow exactly our extension from the first request on; `launch.ts` checks it against the id in
 * the service worker's URL.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export function extensionIdForPath(extensionPath: string): string {
  const digest = createHash('sha256').update(resolve(extensionPath)).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}
