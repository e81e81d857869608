import { siteRegistrySchema } from '../blinding/pseudonym';
import type { MetaRow, ScreeningStateRow } from './rows';

/**
 * What a backup must not give away (docs/decisions.md#backups-never-lose-data): the pseudonym
 * secret and the key-to-number lists. With both, whoever holds a file can run a list of names
 * through the secret and link names to scores and decisions. A plain backup leaves them out; a
 * full backup keeps them, encrypted, and keeps only the lists' entries that still matter.
 */
/** `meta` key of the per-install pseudonym secret (lib/screening-store/secret.ts). */
export const SECRET_META_KEY = 'screening-secret';
/** `meta` keys of the per-site key-to-number lists (lib/screening-store/pseudonyms.ts). */
export const PSEUDONYM_LIST_PREFIX = 'screening-pseudonyms:';

/** The secret or a key-to-number list. */
export function isPseudonymMetaKey(key: string): boolean {
  return key === SECRET_META_KEY || key.startsWith(PSEUDONYM_LIST_PREFIX);
}

/**
 * The key-to-number lists with only the applicants that have a record (scores, a decision or a
 * reveal) on that site. `next` stays, so a number is never handed out twice.
 */
export function prunePseudonymLists(
  meta: readonly MetaRow[],
  states: readonly Pick<ScreeningStateRow, 'site' | 'applicantKey'>[],
): MetaRow[] {
  const recorded = new Set(states.map((state) => `${state.site}\n${state.applicantKey}`));
  return meta.map((row) => {
    if (!row.key.startsWith(PSEUDONYM_LIST_PREFIX)) return row;
    const site = row.key.slice(PSEUDONYM_LIST_PREFIX.length);
    const list = siteRegistrySchema.safeParse(row.value);
    if (!list.success) return row;
    const numbers = Object.fromEntries(Object.entries(list.data.numbers).filter(([key]) => recorded.has(`${site}\n${key}`)));
    return { key: row.key, value: { next: list.data.next, numbers } };
  });
}
