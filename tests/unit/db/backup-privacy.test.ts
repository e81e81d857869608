import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackup, parseBackup, restoreBackup } from '../../../lib/db/backup';
import { PSEUDONYM_LIST_PREFIX, SECRET_META_KEY } from '../../../lib/db/backup-privacy';
import { EerlijkWervenDatabase } from '../../../lib/db/database';
import { knownPseudonymNumber, pseudonymNumbers } from '../../../lib/screening-store/pseudonyms';
import { decide, readLog } from '../../../lib/screening-store/screening-records';
import { getOrCreateSecret } from '../../../lib/screening-store/secret';
import { defaultSettings } from '../../../lib/settings/defaults';

const SITE = 'ats.example.nl';
const SEEN = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)];
const DECIDED = SEEN[1]!;

const databases: EerlijkWervenDatabase[] = [];
async function freshDatabase(): Promise<EerlijkWervenDatabase> {
  const db = new EerlijkWervenDatabase(`privacy-test-${Math.random()}`);
  await db.open();
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

/** A browser that screened three applicants on one site and decided on the second. */
let here: EerlijkWervenDatabase;
let secret: string;
beforeEach(async () => {
  here = await freshDatabase();
  secret = await getOrCreateSecret(here);
  await pseudonymNumbers(here, SITE, SEEN);
  await decide(here, { site: SITE, vacancyId: 'stage-2026', applicantKey: DECIDED }, 'invite');
});

const metaKeys = (rows: unknown[] | undefined) => (rows as { key: string }[]).map((row) => row.key);

describe('a plain backup', () => {
  test('holds neither the pseudonym secret nor any key-to-number list', async () => {
    const backup = await createBackup(here, defaultSettings(), { kind: 'plain' });
    const text = JSON.stringify(backup);
    expect(text).not.toContain(secret);
    expect(metaKeys(backup.tables.meta).some((key) => key === SECRET_META_KEY || key.startsWith(PSEUDONYM_LIST_PREFIX))).toBe(false);
    expect(backup.tables.screeningStates).toHaveLength(1);
    expect(backup.tables.screeningLog).toHaveLength(1);
  });

  test('restored elsewhere, it keeps decisions and the reveal log, and pseudonyms start afresh', async () => {
    const parsed = parseBackup(JSON.stringify(await createBackup(here, defaultSettings(), { kind: 'plain' })));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const elsewhere = await freshDatabase();
    const ownSecret = await getOrCreateSecret(elsewhere);
    const outcome = await restoreBackup(elsewhere, parsed.backup);
    expect(outcome.pseudonymsFresh).toBe(true);
    expect((await elsewhere.screeningStates.toArray()).map((row) => row.decision)).toEqual(['invite']);
    expect((await readLog(elsewhere)).map((row) => [row.kind, row.pseudonym])).toEqual([['decision', 'Kandidaat 2']]);
    // The other browser keeps its own secret; the restored keys no longer have a number there.
    expect((await elsewhere.meta.get(SECRET_META_KEY))?.value).toBe(ownSecret);
    expect(await knownPseudonymNumber(elsewhere, SITE, DECIDED)).toBeUndefined();
  });

  test('restored in the same browser, the local secret and numbers stay', async () => {
    const parsed = parseBackup(JSON.stringify(await createBackup(here, defaultSettings(), { kind: 'plain' })));
    if (!parsed.ok) throw new Error(parsed.error.code);
    await restoreBackup(here, parsed.backup);
    expect((await here.meta.get(SECRET_META_KEY))?.value).toBe(secret);
    expect(await knownPseudonymNumber(here, SITE, DECIDED)).toBe(2);
  });
});

describe('a full backup', () => {
  test('keeps the secret and only the numbers of applicants with a record', async () => {
    const backup = await createBackup(here, defaultSettings(), { kind: 'full' });
    const meta = backup.tables.meta as { key: string; value: unknown }[];
    expect(meta.find((row) => row.key === SECRET_META_KEY)?.value).toBe(secret);
    expect(meta.find((row) => row.key === `${PSEUDONYM_LIST_PREFIX}${SITE}`)?.value).toEqual({ next: 4, numbers: { [DECIDED]: 2 } });
  });

  test('restored elsewhere, applicants keep their numbers, and numbers are never handed out twice', async () => {
    const parsed = parseBackup(JSON.stringify(await createBackup(here, defaultSettings(), { kind: 'full' })));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const elsewhere = await freshDatabase();
    await getOrCreateSecret(elsewhere);
    expect((await restoreBackup(elsewhere, parsed.backup)).pseudonymsFresh).toBe(false);
    expect((await elsewhere.meta.get(SECRET_META_KEY))?.value).toBe(secret);
    expect(await knownPseudonymNumber(elsewhere, SITE, DECIDED)).toBe(2);
    expect((await pseudonymNumbers(elsewhere, SITE, ['d'.repeat(64)])).numbers['d'.repeat(64)]).toBe(4);
  });
});

test('restoring prunes key-to-number lists whose applicant has no record', async () => {
  const parsed = parseBackup(JSON.stringify(await createBackup(here, defaultSettings(), { kind: 'plain' })));
  if (!parsed.ok) throw new Error(parsed.error.code);
  await restoreBackup(here, parsed.backup);
  const list = (await here.meta.get(`${PSEUDONYM_LIST_PREFIX}${SITE}`))?.value as { numbers: Record<string, number> };
  expect(Object.keys(list.numbers)).toEqual([DECIDED]);
});
