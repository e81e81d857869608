import type { Token } from './tokenize';

/**
 * A short, stable hash (cyrb53, 53 bits) as 14 hex digits. Not cryptographic: it only has to tell
 * one flagged occurrence from another so the user can ignore exactly that one. Fed piece by
 * piece, so a finding's fingerprint needs no joined string.
 */
class Cyrb53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(input: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return value.toString(16).padStart(14, '0');
  }
}

export function hash53(input: string): string {
  const hash = new Cyrb53();
  hash.add(input);
  return hash.digest();
}

/** The normalised words of tokens [first, last), as they read joined by spaces and trimmed. */
function addWords(hash: Cyrb53, tokens: readonly Token[], first: number, last: number): void {
  // Empty words (a lone combining mark) stand at the ends of the trimmed text only as nothing.
  while (first < last && (tokens[first] as Token).norm === '') first++;
  while (last > first && (tokens[last - 1] as Token).norm === '') last--;
  for (let i = first; i < last; i++) {
    if (i > first) hash.add(' ');
    hash.add((tokens[i] as Token).norm);
  }
}

/**
 * Fingerprint of one finding: the rule, the matched words (tokens [first, last)) and the sentence
 * around them (tokens [from, to)), all normalised. Offsets are left out on purpose, so editing
 * another paragraph does not change it.
 */
export function findingFingerprint(
  ruleId: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  from: number,
  to: number,
): string {
  const hash = new Cyrb53();
  hash.add(ruleId);
  hash.add('\u0000');
  addWords(hash, tokens, first, last);
  hash.add('\u0000');
  addWords(hash, tokens, from, to);
  return hash.digest();
}
