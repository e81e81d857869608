/**
 * A short, stable hash (cyrb53, 53 bits) as 14 hex digits. Not cryptographic: it only has to tell
 * one flagged occurrence from another so the user can ignore exactly that one.
 */
export function hash53(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/**
 * Fingerprint of one finding: the rule, the matched words and the sentence around them, all
 * normalised. Offsets are left out on purpose, so editing another paragraph does not change it.
 */
export function findingFingerprint(ruleId: string, normalizedMatch: string, normalizedSentence: string): string {
  return hash53(`${ruleId}\u0000${normalizedMatch}\u0000${normalizedSentence}`);
}
