import { ask } from '../../lib/messages/content-client';
import type { ApplicantKeyer } from './applicant-key';
import type { Applicant } from './applicants';

/**
 * Pseudonym numbers for applicants seen for the first time: each name becomes an HMAC key in the
 * content script (the name never leaves it), and the background hands out the number for each key
 * (docs/decisions.md#pseudonyms). Without a keyer (no secret) the neutral "Kandidaat …" stays.
 */
export async function pseudonymsFor(
  fresh: readonly Applicant[],
  keyer: ApplicantKeyer | undefined,
  onNumbers: () => Promise<void>,
): Promise<void> {
  if (keyer === undefined || fresh.length === 0) return;
  const pending: Applicant[] = [];
  for (const applicant of fresh) {
    if (applicant.number !== undefined) continue;
    try {
      applicant.key ??= await keyer(applicant.name);
      pending.push(applicant);
    } catch {
      // A name without letters: no pseudonym, the neutral mask stays.
    }
  }
  if (pending.length === 0) return;
  try {
    const { numbers, created } = await ask('screening:pseudonyms', { keys: [...new Set(pending.map((applicant) => applicant.key!))] });
    for (const applicant of pending) applicant.number = numbers[applicant.key!];
    if (created > 0) void ask('activity:record', { metric: 'applicants-screened-blind', count: created }).catch(() => undefined);
    await onNumbers();
  } catch (error) {
    console.warn('[Eerlijk Werven] pseudonyms unavailable', error instanceof Error ? error.message : '');
  }
}
