import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { Locale } from '../i18n/locale';
import { normaliseIdentity } from './identity';

/**
 * Stable pseudonyms that cannot be turned back into a name (docs/decisions.md#pseudonyms).
 *
 * The key of an applicant is HMAC-SHA256 over a normalised identity with a secret that each install
 * makes once (random, kept in extension storage). Without the secret, a stored key cannot be
 * checked against a list of likely names; with it, the same applicant gets the same key on every
 * page and after reloads.
 */

export { normaliseIdentity };

/** Shortest secret accepted: 128 bits. */
export const MIN_SECRET_BYTES = 16;
export const applicantKeySchema = z.string().regex(/^[0-9a-f]{64}$/u, 'applicantKey must be 64 hex digits');
export type ApplicantKey = z.infer<typeof applicantKeySchema>;

/**
 * The applicant's stable key: hex HMAC-SHA256(secret, normalised identity). Pass the name as the
 * site shows it; use the e-mail address only when a site shows no name (the two give different
 * keys).
 */
export function applicantKey(identity: string, secretKey: Uint8Array): ApplicantKey {
  if (!(secretKey instanceof Uint8Array) || secretKey.length < MIN_SECRET_BYTES) {
    throw new TypeError(`The pseudonym secret must be at least ${MIN_SECRET_BYTES} bytes.`);
  }
  return bytesToHex(hmac(sha256, secretKey, utf8ToBytes(normaliseIdentity(identity))));
}

/** "Kandidaat 7" / "Candidate 7". */
export function formatPseudonym(sequenceNumber: number, locale: Locale): string {
  if (!Number.isSafeInteger(sequenceNumber) || sequenceNumber < 1) {
    throw new RangeError('A pseudonym number is a whole number from 1.');
  }
  return `${locale === 'nl' ? 'Kandidaat' : 'Candidate'} ${sequenceNumber}`;
}

/** What formatPseudonym produces, in either language. Used to check that logs hold no names. */
export const pseudonymSchema = z.string().regex(/^(?:Kandidaat|Candidate) [1-9]\d{0,8}$/u, 'not a pseudonym');

const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(?::\d+)?$/u, 'site must be a lower-case host name');

/** Per site: the next number to hand out and the number of each applicant key seen. */
export const siteRegistrySchema = z.object({
  next: z.number().int().min(1),
  numbers: z.record(applicantKeySchema, z.number().int().min(1)),
});

/**
 * The stored map applicantKey -> pseudonym number, per site. The background keeps it in the
 * database; content scripts ask for numbers through messages. It holds only keyed hashes.
 */
export const pseudonymRegistrySchema = z.object({
  version: z.literal(1),
  sites: z.record(siteSchema, siteRegistrySchema),
});
export type PseudonymRegistry = z.infer<typeof pseudonymRegistrySchema>;

export function emptyPseudonymRegistry(): PseudonymRegistry {
  return { version: 1, sites: {} };
}

/** The number given to an applicant on a site, if any. */
export function lookupPseudonym(registry: PseudonymRegistry, site: string, key: string): number | undefined {
  return registry.sites[site]?.numbers[key];
}

/**
 * Give an applicant a number on a site, or return the one they have. Pure: returns a new registry
 * and leaves the input untouched. Numbers count up per site from 1 and are never reused.
 */
export function assignPseudonym(
  registry: PseudonymRegistry,
  site: string,
  key: string,
): { registry: PseudonymRegistry; sequenceNumber: number; created: boolean } {
  siteSchema.parse(site);
  applicantKeySchema.parse(key);
  const existing = lookupPseudonym(registry, site, key);
  if (existing !== undefined) return { registry, sequenceNumber: existing, created: false };
  const current = registry.sites[site] ?? { next: 1, numbers: {} };
  const sequenceNumber = current.next;
  return {
    registry: {
      ...registry,
      sites: { ...registry.sites, [site]: { next: sequenceNumber + 1, numbers: { ...current.numbers, [key]: sequenceNumber } } },
    },
    sequenceNumber,
    created: true,
  };
}
