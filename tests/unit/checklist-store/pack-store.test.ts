import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ChecklistPack } from '../../../lib/checklist/pack-schema';
import { DEFAULT_ORGANISATION_ID, EerlijkWervenDatabase } from '../../../lib/db/database';
import { updateItem } from '../../../lib/checklist-store/item-updates';
import { createOrganisation, setOrganisationPack } from '../../../lib/checklist-store/organisations';
import { BUNDLED_VERSION_KEY, importPackText, removeImportedPack, syncBundledPack } from '../../../lib/checklist-store/pack-store';
import { readChecklistState } from '../../../lib/checklist-store/state';
import { reviewStatus } from '../../../lib/checklist-store/review';
import { FIXTURES, loadDefaultPack, makePack, readFixture } from '../checklist/helpers';

let db: EerlijkWervenDatabase;
let bundled: ChecklistPack;
beforeEach(async () => {
  db = new EerlijkWervenDatabase(`import-${Math.random()}`);
  await db.open();
  bundled = loadDefaultPack();
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2026-04-01T10:00:00');

async function everything(): Promise<unknown> {
  return {
    packs: await db.checklistPacks.toArray(),
    progress: await db.checklistProgress.toArray(),
    archive: await db.checklistArchive.toArray(),
    snapshots: await db.checklistSnapshots.toArray(),
    organisations: await db.organisations.toArray(),
  };
}

describe('importing packs', () => {
  test('a valid new pack is stored and offered, without switching any organisation', async () => {
    const result = await importPackText(db, bundled, readFixture('valid-school-pack.json'), NOW);
    expect(result).toMatchObject({ ok: true, kind: 'new-pack' });
    const state = await readChecklistState(db, bundled);
    expect(state.pack.id).toBe('gouden-standaard');
    expect(state.installedPacks.map((pack) => [pack.id, pack.version, pack.source])).toEqual([
      ['gouden-standaard', '1.0.0', 'bundled'],
      ['roc-voorbeeld', '1.0.0', 'imported'],
    ]);
  });

  const broken = readdirSync(FIXTURES).filter((name) => name.startsWith('broken-'));
  test.each(broken)('%s is refused with messages in both languages and nothing stored changes', async (name) => {
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: NOW });
    const before = await everything();
    const result = await importPackText(db, bundled, readFixture(name), NOW);
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected an invalid pack');
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.message.nl.length).toBeGreaterThan(10);
      expect(error.message.en.length).toBeGreaterThan(10);
    }
    expect(await everything()).toEqual(before);
  });

  test('importing the same version again changes nothing; an older version is refused', async () => {
    await importPackText(db, bundled, readFixture('valid-school-pack-v1.1.json'), NOW);
    const before = await everything();
    expect(await importPackText(db, bundled, readFixture('valid-school-pack-v1.1.json'), NOW)).toMatchObject({
      ok: true,
      kind: 'same-version',
    });
    expect(await importPackText(db, bundled, readFixture('valid-school-pack.json'), NOW)).toMatchObject({
      ok: false,
      kind: 'downgrade',
      installedVersion: '1.1.0',
    });
    expect(await everything()).toEqual(before);
  });

  test('a newer version moves progress by item id and archives progress on removed items', async () => {
    await importPackText(db, bundled, readFixture('valid-school-pack.json'), NOW);
    await setOrganisationPack(db, DEFAULT_ORGANISATION_ID, 'roc-voorbeeld');
    await updateItem(db, bundled, 'werv-breed', { status: 'done' }, { now: NOW });
    await updateItem(db, bundled, 'beg-taken', { status: 'in-progress', note: 'Takenlijst in concept' }, { now: NOW });

    const result = await importPackText(db, bundled, readFixture('valid-school-pack-v1.1.json'), NOW);
    expect(result).toMatchObject({ ok: true, kind: 'upgrade', migration: { organisations: 1, carried: 1, archived: 1 } });
    const state = await readChecklistState(db, bundled);
    expect(state.pack.version).toBe('1.1.0');
    expect(Object.keys(state.progress)).toEqual(['werv-breed']);
    const archive = await db.checklistArchive.toArray();
    expect(archive).toHaveLength(1);
    expect(archive[0]).toMatchObject({
      organisationId: DEFAULT_ORGANISATION_ID,
      packId: 'roc-voorbeeld',
      packVersion: '1.0.0',
      progress: { itemId: 'beg-taken', note: 'Takenlijst in concept' },
    });
    expect(archive[0]?.title?.nl).toBeTruthy();
  });

  test('a newer version of the bundled pack imported from a file is used instead of the bundled one', async () => {
    const newer = structuredClone(bundled);
    newer.version = '1.1.0';
    newer.sections[0]!.items.shift();
    const removedId = bundled.sections[0]!.items[0]!.id;
    await updateItem(db, bundled, removedId, { status: 'done' }, { now: NOW });
    const result = await importPackText(db, bundled, JSON.stringify(newer), NOW);
    expect(result).toMatchObject({ ok: true, kind: 'upgrade', migration: { archived: 1 } });
    const state = await readChecklistState(db, bundled);
    expect(state.pack.version).toBe('1.1.0');
    expect(state.progress[removedId]).toBeUndefined();
    expect(state.installedPacks[0]).toMatchObject({ id: 'gouden-standaard', version: '1.1.0', source: 'imported' });
  });

  test('removing an imported pack sends its organisations back to the bundled pack', async () => {
    await importPackText(db, bundled, readFixture('valid-school-pack.json'), NOW);
    const other = await createOrganisation(db, 'Leiden', 'roc-voorbeeld');
    expect((await readChecklistState(db, bundled)).pack.id).toBe('roc-voorbeeld');
    await removeImportedPack(db, bundled, 'roc-voorbeeld');
    expect((await db.organisations.get(other.id))?.packId).toBe('gouden-standaard');
    expect((await readChecklistState(db, bundled)).installedPacks).toHaveLength(1);
  });
});

describe('bundled pack updates', () => {
  test('the first run only remembers the version; a later bundled version moves progress once', async () => {
    expect(await syncBundledPack(db, bundled, NOW)).toBeUndefined();
    expect((await db.meta.get(BUNDLED_VERSION_KEY))?.value).toBe('1.0.0');
    const removedId = bundled.sections[1]!.items[0]!.id;
    await updateItem(db, bundled, removedId, { status: 'in-progress' }, { now: NOW });

    const next = structuredClone(bundled);
    next.version = '1.0.1';
    next.sections[1]!.items.shift();
    expect(await syncBundledPack(db, next, NOW)).toMatchObject({ organisations: 1, archived: 1 });
    expect(await syncBundledPack(db, next, NOW)).toBeUndefined();
    expect(await db.checklistArchive.count()).toBe(1);
  });

  test('a pack built by the helper with a missing item keeps everything else', async () => {
    const small = makePack({ s: [['a', 'must']] }, '2.0.0', 'gouden-standaard');
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: NOW });
    await syncBundledPack(db, bundled, NOW);
    await syncBundledPack(db, small, NOW);
    expect(await db.checklistProgress.count()).toBe(0);
    expect((await db.checklistArchive.toArray()).map((row) => row.progress.itemId)).toEqual(['beleid-werkwijze']);
    // The item returns in a later version: its progress comes back.
    await syncBundledPack(db, { ...bundled, version: '3.0.0' }, NOW);
    expect((await db.checklistProgress.toArray()).map((row) => [row.itemId, row.status])).toEqual([['beleid-werkwijze', 'done']]);
    expect(await db.checklistArchive.count()).toBe(0);
  });
});

describe('review reminders', () => {
  test.each([
    [0, undefined, '2026-04-01', { enabled: false, due: false }],
    [90, undefined, '2026-04-01', { enabled: true, due: false, dueOn: '2026-06-30' }],
    [90, '2026-01-01', '2026-03-31', { enabled: true, due: false, dueOn: '2026-04-01' }],
    [90, '2026-01-01', '2026-04-01', { enabled: true, due: true, dueOn: '2026-04-01' }],
    [30, '2025-12-01', '2026-04-01', { enabled: true, due: true, dueOn: '2025-12-31' }],
  ] as const)('every %i days, last review %s, today %s', (every, reviewedOn, today, expected) => {
    expect(reviewStatus(every, reviewedOn, today)).toMatchObject(expected);
  });
});
