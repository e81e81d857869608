import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createBackup, parseBackup } from '../../../lib/db/backup';
import { ACTIVE_ORGANISATION_KEY, DEFAULT_ORGANISATION_ID, EerlijkWervenDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A database exactly as version 1 of the extension created it, with some data in it. */
async function createVersionOne(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ meta: 'key', activity: '++id, day, metric, [metric+day], site' });
  await v1.open();
  await v1.table('meta').put({ key: 'installedAt', value: '2026-01-05' });
  await v1.table('activity').bulkAdd([
    { day: '2026-02-01', site: 'acme.nl', metric: 'vacancies-checked', count: 4 },
    { day: '2026-02-02', site: 'acme.nl', metric: 'applicants-screened-blind', count: 12 },
  ]);
  v1.close();
}

describe('database version 2 (Gouden standaard)', () => {
  test('an upgrade from version 1 keeps every row and adds the default organisation', async () => {
    const name = `upgrade-${Math.random()}`;
    await createVersionOne(name);
    const db = new EerlijkWervenDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.meta.get('installedAt')).toEqual({ key: 'installedAt', value: '2026-01-05' });
    expect((await db.activity.toArray()).map((row) => [row.metric, row.count])).toEqual([
      ['vacancies-checked', 4],
      ['applicants-screened-blind', 12],
    ]);
    const organisations = await db.organisations.toArray();
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({ id: DEFAULT_ORGANISATION_ID, name: 'Mijn organisatie', packId: 'gouden-standaard' });
    // No stored choice yet: the default organisation is the active one.
    expect(await db.meta.get(ACTIVE_ORGANISATION_KEY)).toBeUndefined();
    expect(await db.checklistProgress.count()).toBe(0);
  });

  test('a brand-new database starts with the default organisation too', async () => {
    const db = new EerlijkWervenDatabase(`fresh-${Math.random()}`);
    opened.push(db);
    await db.open();
    expect((await db.organisations.toArray()).map((row) => row.id)).toEqual([DEFAULT_ORGANISATION_ID]);
  });

  test('opening an upgraded database again does not add a second organisation or overwrite a renamed one', async () => {
    const name = `reopen-${Math.random()}`;
    await createVersionOne(name);
    const first = new EerlijkWervenDatabase(name);
    await first.open();
    await first.organisations.update(DEFAULT_ORGANISATION_ID, { name: 'Vestiging Zwolle' });
    first.close();
    const again = new EerlijkWervenDatabase(name);
    opened.push(again);
    await again.open();
    expect((await again.organisations.toArray()).map((row) => row.name)).toEqual(['Vestiging Zwolle']);
  });

  test('backups carry the checklist tables and refuse a progress row with an invalid status', async () => {
    const db = new EerlijkWervenDatabase(`backup-${Math.random()}`);
    opened.push(db);
    await db.open();
    await db.checklistProgress.put({
      organisationId: DEFAULT_ORGANISATION_ID,
      packId: 'gouden-standaard',
      itemId: 'beleid-werkwijze',
      status: 'done',
      note: 'Vastgesteld in het MT',
      evidence: [],
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    const backup = await createBackup(db, defaultSettings(), { kind: 'plain' });
    const text = JSON.stringify(backup);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.tables.checklistProgress).toHaveLength(1);

    const broken = JSON.parse(text) as { tables: { checklistProgress: { status: string }[] } };
    broken.tables.checklistProgress[0]!.status = 'half-done';
    expect(parseBackup(JSON.stringify(broken))).toEqual({ ok: false, error: { code: 'bad-row', where: 'checklistProgress #1' } });

    const duplicate = JSON.parse(text) as { tables: { checklistProgress: unknown[] } };
    duplicate.tables.checklistProgress.push(duplicate.tables.checklistProgress[0]);
    expect(parseBackup(JSON.stringify(duplicate))).toEqual({ ok: false, error: { code: 'duplicate-key', where: 'checklistProgress #2' } });
  });
});
