import { normaliseIdentity } from '../../lib/blinding/identity';

/**
 * The applicant's stable key, computed here in the content script so that a name never leaves
 * it (docs/decisions.md#pseudonyms): HMAC-SHA256 with the per-install secret over the normalised
 * identity, hex. The same function as `applicantKey` in lib/blinding/pseudonym.ts (a unit test
 * checks both give the same key), but with WebCrypto instead of @noble/hashes and without zod,
 * to keep the start-up script small. WebCrypto needs a secure context: https pages and the local
 * test server are; on a plain-http site pseudonyms stay "Kandidaat …" (see README.md here).
 */
export type ApplicantKeyer = (identity: string) => Promise<string>;

/** A keyer for one secret (hex, at least 16 bytes), or undefined where WebCrypto is missing. */
export async function createApplicantKeyer(secretHex: string): Promise<ApplicantKeyer | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined || !/^(?:[0-9a-f]{2}){16,}$/u.test(secretHex)) return undefined;
  const bytes = new Uint8Array(secretHex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(secretHex.slice(index * 2, index * 2 + 2), 16);
  const key = await subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (identity) => {
    const signature = new Uint8Array(await subtle.sign('HMAC', key, new TextEncoder().encode(normaliseIdentity(identity))));
    let hex = '';
    for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
    return hex;
  };
}
