import type { Token } from './tokenize';

/*
 * A short, stable hash (cyrb53, 53 bits) as 14 hex digits. Not cryptographic: it only has to tell
 * one flagged occurrence from another so the user can ignore exactly that one.
 */
const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;
const M1 = 2654435761;
const M2 = 1597334677;

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

function digest(h1: number, h2: number): string {
  const f1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const f2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(f1 ^ (f1 >>> 13), 3266489909);
  // 4294967296 * (2097151 & f2) + (f1 >>> 0) in hexadecimal, written from small integers: a large
  // number's toString(16) takes the slow path and cost as much as hashing the whole sentence.
  const high = 2097151 & f2;
  const low = f1 >>> 0;
  const hex = high > 0 ? high.toString(16) + hex4(low >>> 16) + hex4(low & 0xffff) : low.toString(16);
  return hex.padStart(14, '0');
}

export function hash53(input: string): string {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, M1);
    h2 = Math.imul(h2 ^ c, M2);
  }
  return digest(h1, h2);
}

/**
 * Fingerprint of one finding: the rule, the matched words (tokens [first, last)) and the sentence
 * around them (tokens [from, to)), all normalised, separated by NUL. Offsets are left out on
 * purpose, so editing another paragraph does not change it. The same value as hash53 of that
 * text with each part's words joined by spaces and trimmed, hashed in place without building it.
 */
export function findingFingerprint(
  ruleId: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  from: number,
  to: number,
): string {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < ruleId.length; i++) {
    const c = ruleId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, M1);
    h2 = Math.imul(h2 ^ c, M2);
  }
  for (let part = 0; part < 2; part++) {
    h1 = Math.imul(h1, M1); // NUL before each part: 0 ^ h = h
    h2 = Math.imul(h2, M2);
    let a = part === 0 ? first : from;
    let b = part === 0 ? last : to;
    // Trimmed: empty words (a lone combining mark) at the ends leave no spaces there.
    while (a < b && (tokens[a] as Token).norm === '') a++;
    while (b > a && (tokens[b - 1] as Token).norm === '') b--;
    for (let t = a; t < b; t++) {
      if (t > a) {
        h1 = Math.imul(h1 ^ 32, M1);
        h2 = Math.imul(h2 ^ 32, M2);
      }
      const norm = (tokens[t] as Token).norm;
      for (let i = 0; i < norm.length; i++) {
        const c = norm.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, M1);
        h2 = Math.imul(h2 ^ c, M2);
      }
    }
  }
  return digest(h1, h2);
}
