// @vitest-environment node
// WebCrypto as in the browser (happy-dom has no crypto.subtle).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicantKey } from '../../../lib/blinding/pseudonym';
import { createApplicantKeyer } from '../../../entrypoints/screening.content/applicant-key';
import { normaliseIdentity } from '../../../lib/blinding/identity';

const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0a0112233445566778899aabbccddeeff';
const secretBytes = Uint8Array.from(SECRET.match(/../g)!.map((pair) => Number.parseInt(pair, 16)));

describe('applicant keys in the content script', () => {
  it('equal the core applicantKey for names of many origins and forms', async () => {
    const keyer = (await createApplicantKeyer(SECRET))!;
    const names = [
      'Fatima-Zahra Benali',
      'Benali, Fatima-Zahra',
      'J.W. de Haan',
      'Aylin Yıldız',
      'Öztürk',
      'O\u0308zturk',
      '王小明',
      'Nguyễn Văn An',
      'f.ouali@mailpost.nl',
      'Luis Fernández García',
    ];
    for (const name of names) expect(await keyer(name), name).toBe(applicantKey(name, secretBytes));
    expect(await keyer('Benali, Fatima-Zahra')).toBe(await keyer('FATIMA ZAHRA BENALI'));
  });

  it('agree with the core on arbitrary text', async () => {
    const keyer = (await createApplicantKeyer(SECRET))!;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((text) => /[\p{L}\p{N}]/u.test(text)),
        async (text) => {
          let core: string | undefined;
          try {
            core = applicantKey(text, secretBytes);
          } catch {
            core = undefined;
          }
          if (core === undefined) await expect(keyer(text)).rejects.toThrow();
          else expect(await keyer(text)).toBe(core);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a short or malformed secret and an identity without letters', async () => {
    expect(await createApplicantKeyer('abcd')).toBeUndefined();
    expect(await createApplicantKeyer('zz'.repeat(32))).toBeUndefined();
    expect(() => normaliseIdentity(' -- ')).toThrow();
  });
});
