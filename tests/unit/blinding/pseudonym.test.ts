import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  applicantKey,
  assignPseudonym,
  emptyPseudonymRegistry,
  formatPseudonym,
  lookupPseudonym,
  normaliseIdentity,
  pseudonymRegistrySchema,
} from '../../../lib/blinding/pseudonym';

const secret = new Uint8Array(32).map((_, index) => index + 1);
const otherSecret = new Uint8Array(32).map((_, index) => 255 - index);

describe('applicantKey', () => {
  it.each([
    ['Benali, Fatima-Zahra', 'Fatima-Zahra Benali'],
    ['Fatima-Zahra Benali', 'FATIMA-ZAHRA BENALI'],
    ['Fatima-Zahra Benali', '  Fatima-Zahra   Benali '],
    ['Ayşe Yılmaz', 'Ayse Yilmaz'],
    ['Ayşe Yılmaz', 'Ayşe Yılmaz'.normalize('NFD')],
    ['Sanne van der Berg', 'Berg, Sanne van der'],
    ['mevr. Noura Visser', 'Noura Visser'],
    ['F.Benali@Example.NL', 'f.benali@example.nl'],
  ])('gives "%s" and "%s" the same key', (a, b) => {
    expect(applicantKey(a, secret)).toBe(applicantKey(b, secret));
  });

  it.each([
    ['Fatima Benali', 'Fatima Bennani'],
    ['Jan de Haan', 'Jan Haan'],
    ['Fatima Benali', 'fatima.benali@example.nl'],
  ])('tells "%s" and "%s" apart', (a, b) => {
    expect(applicantKey(a, secret)).not.toBe(applicantKey(b, secret));
  });

  it('is 64 hex digits and equals HMAC-SHA256 of the normalised identity', () => {
    const key = applicantKey('Fatima-Zahra Benali', secret);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(key).toBe(bytesToHex(hmac(sha256, secret, utf8ToBytes('name:benali fatima zahra'))));
  });

  it('depends on the secret, so a stored key cannot be checked against guessed names', () => {
    const key = applicantKey('Fatima Benali', secret);
    expect(applicantKey('Fatima Benali', otherSecret)).not.toBe(key);
    // Without the secret, a plain hash of the name does not match either.
    expect(bytesToHex(sha256(utf8ToBytes(normaliseIdentity('Fatima Benali'))))).not.toBe(key);
    expect(key).not.toContain('fatima');
  });

  it('refuses a short or missing secret and an empty identity', () => {
    expect(() => applicantKey('Fatima Benali', new Uint8Array(8))).toThrow(TypeError);
    expect(() => applicantKey('Fatima Benali', 'secret' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => applicantKey('   ', secret)).toThrow(TypeError);
    expect(() => applicantKey('., -', secret)).toThrow(TypeError);
  });
});

describe('formatPseudonym', () => {
  it('speaks Dutch and English', () => {
    expect(formatPseudonym(7, 'nl')).toBe('Kandidaat 7');
    expect(formatPseudonym(7, 'en')).toBe('Candidate 7');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (value) => {
    expect(() => formatPseudonym(value, 'nl')).toThrow(RangeError);
  });
});

describe('pseudonym registry', () => {
  const keyA = applicantKey('Fatima Benali', secret);
  const keyB = applicantKey('Mohamed Amrani', secret);

  it('numbers applicants per site from 1 and keeps numbers stable', () => {
    let registry = emptyPseudonymRegistry();
    const first = assignPseudonym(registry, 'app.recruitee.com', keyA);
    registry = first.registry;
    const second = assignPseudonym(registry, 'app.recruitee.com', keyB);
    registry = second.registry;
    const again = assignPseudonym(registry, 'app.recruitee.com', keyA);
    expect([first.sequenceNumber, second.sequenceNumber, again.sequenceNumber]).toEqual([1, 2, 1]);
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.registry).toBe(registry);
    expect(assignPseudonym(registry, 'www.stagemarkt.nl', keyB).sequenceNumber).toBe(1);
    expect(lookupPseudonym(registry, 'app.recruitee.com', keyB)).toBe(2);
    expect(lookupPseudonym(registry, 'www.stagemarkt.nl', keyB)).toBeUndefined();
  });

  it('does not change the registry it was given', () => {
    const registry = emptyPseudonymRegistry();
    assignPseudonym(registry, 'app.recruitee.com', keyA);
    expect(registry).toEqual({ version: 1, sites: {} });
  });

  it('survives a round trip through storage and rejects names or bad keys', () => {
    const { registry } = assignPseudonym(emptyPseudonymRegistry(), 'app.recruitee.com', keyA);
    expect(pseudonymRegistrySchema.parse(JSON.parse(JSON.stringify(registry)))).toEqual(registry);
    expect(
      pseudonymRegistrySchema.safeParse({ version: 1, sites: { 'app.recruitee.com': { next: 2, numbers: { 'Fatima Benali': 1 } } } })
        .success,
    ).toBe(false);
    expect(() => assignPseudonym(registry, 'app.recruitee.com', 'Fatima Benali')).toThrow();
    expect(() => assignPseudonym(registry, 'Not A Host!', keyA)).toThrow();
  });
});
