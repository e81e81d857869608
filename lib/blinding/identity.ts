import { parseName } from './names';
import { foldText } from './text-fold';

/**
 * Normalise an identity for hashing. An e-mail address is trimmed and lower-cased; a name is
 * reduced to its folded parts (no case, no diacritics, NFC = NFD), titles dropped and the parts
 * sorted, so "Benali, Fatima-Zahra", "Fatima-Zahra Benali" and "FATIMA ZAHRA BENALI" are one
 * person. Throws on an identity without letters or digits.
 */
export function normaliseIdentity(identity: string): string {
  const trimmed = identity.normalize('NFC').trim();
  if (/^[^\s@<>]+@[^\s@<>]+$/u.test(trimmed)) return `email:${trimmed.toLowerCase()}`;
  const parts = parseName(trimmed)
    .parts.map((part) => foldText(part.text))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length === 0) throw new TypeError('An applicant identity needs a name or an e-mail address.');
  return `name:${parts.sort().join(' ')}`;
}
