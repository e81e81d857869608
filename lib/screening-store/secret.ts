import { SECRET_META_KEY } from '../db/backup-privacy';
import type { EerlijkWervenDatabase } from '../db/database';

/**
 * The per-install secret for applicant keys (docs/decisions.md#pseudonyms): 32 random bytes made
 * once, kept in the `meta` table of the extension's own database. Only our content script receives
 * it, in a tab where screening is on; it never goes to a page. Without it a stored key cannot be
 * checked against a list of likely names.
 */

export async function getOrCreateSecret(db: EerlijkWervenDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(SECRET_META_KEY);
    if (typeof row?.value === 'string' && /^[0-9a-f]{64}$/u.test(row.value)) return row.value;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const secret = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    await db.meta.put({ key: SECRET_META_KEY, value: secret });
    return secret;
  });
}
