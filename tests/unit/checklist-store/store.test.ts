import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ChecklistPack } from '../../../lib/checklist/pack-schema';
import { ACTIVE_ORGANISATION_KEY, DEFAULT_ORGANISATION_ID, EerlijkWervenDatabase } from '../../../lib/db/database';
import { exportCsv, exportFileName, exportJson } from '../../../lib/checklist-store/export-files';
import { ItemChangeError, applyItemChange, updateItem } from '../../../lib/checklist-store/item-updates';
import {
  OrganisationError,
  createOrganisation,
  deleteOrganisation,
  renameOrganisation,
  setActiveOrganisation,
  setOrganisationPack,
} from '../../../lib/checklist-store/organisations';
import { readHistory } from '../../../lib/checklist-store/snapshots';
import { readChecklistState } from '../../../lib/checklist-store/state';
import { parseProgressExport } from '../../../lib/checklist/export-format';
import { entry, loadDefaultPack, makePack } from '../checklist/helpers';

let db: EerlijkWervenDatabase;
let bundled: ChecklistPack;
beforeEach(async () => {
  db = new EerlijkWervenDatabase(`store-${Math.random()}`);
  await db.open();
  bundled = loadDefaultPack();
});
afterEach(async () => {
  await db.delete();
});

const DAY_ONE = new Date('2026-03-02T09:00:00');
const DAY_ONE_LATER = new Date('2026-03-02T16:00:00');
const DAY_TWO = new Date('2026-03-05T09:00:00');

describe('reading the state', () => {
  test('a fresh database shows the default organisation on the bundled pack with no progress', async () => {
    const state = await readChecklistState(db, bundled);
    expect(state.organisation.id).toBe(DEFAULT_ORGANISATION_ID);
    expect(state.pack).toBe(bundled);
    expect(state.progress).toEqual({});
    expect(state.installedPacks.map((pack) => [pack.id, pack.source])).toEqual([['gouden-standaard', 'bundled']]);
  });

  test('after everything was erased a stand-in default profile appears and the first change stores it', async () => {
    await db.organisations.clear();
    const state = await readChecklistState(db, bundled);
    expect(state.organisation.name).toBe('Mijn organisatie');
    expect(await db.organisations.count()).toBe(0);
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE });
    expect((await db.organisations.toArray()).map((row) => row.id)).toEqual([DEFAULT_ORGANISATION_ID]);
  });

  test('a stored choice of an organisation that no longer exists falls back to the default one', async () => {
    await db.meta.put({ key: ACTIVE_ORGANISATION_KEY, value: 'gone' });
    expect((await readChecklistState(db, bundled)).organisation.id).toBe(DEFAULT_ORGANISATION_ID);
  });
});

describe('updating items', () => {
  test('a change is stored and a snapshot of that day is kept, replaced later the same day', async () => {
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'in-progress', owner: ' Fatima ' }, { now: DAY_ONE });
    let history = await readHistory(db, DEFAULT_ORGANISATION_ID);
    expect(history).toHaveLength(1);
    const first = history[0]!.overall;
    expect(first).toBeGreaterThan(0);

    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE_LATER });
    history = await readHistory(db, DEFAULT_ORGANISATION_ID);
    expect(history).toHaveLength(1);
    expect(history[0]!.overall).toBeGreaterThan(first!);

    const state = await readChecklistState(db, bundled);
    expect(state.progress['beleid-werkwijze']).toMatchObject({ status: 'done', owner: 'Fatima' });
  });

  test('a change that does not move the figures adds no snapshot on a later day', async () => {
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE });
    await updateItem(db, bundled, 'beleid-werkwijze', { note: 'Vastgesteld op 1 maart' }, { now: DAY_TWO });
    expect((await readHistory(db, DEFAULT_ORGANISATION_ID)).map((snapshot) => snapshot.day)).toEqual(['2026-03-02']);
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'in-progress' }, { now: DAY_TWO });
    expect((await readHistory(db, DEFAULT_ORGANISATION_ID)).map((snapshot) => snapshot.day)).toEqual(['2026-03-02', '2026-03-05']);
  });

  test('not applicable needs a reason: refused without one, nothing stored', async () => {
    await expect(updateItem(db, bundled, 'beleid-werkwijze', { status: 'not-applicable' }, { now: DAY_ONE })).rejects.toMatchObject({
      code: 'na-reason-required',
    });
    await expect(
      updateItem(db, bundled, 'beleid-werkwijze', { status: 'not-applicable', naReason: '   ' }, { now: DAY_ONE }),
    ).rejects.toBeInstanceOf(ItemChangeError);
    expect(await db.checklistProgress.count()).toBe(0);
    expect(await db.checklistSnapshots.count()).toBe(0);
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'not-applicable', naReason: 'Geen stagiairs hier' }, { now: DAY_ONE });
    expect((await readChecklistState(db, bundled)).progress['beleid-werkwijze']?.naReason).toBe('Geen stagiairs hier');
  });

  test('leaving not applicable drops the reason; cleared fields disappear', () => {
    const skipped = entry('x', 'not-applicable', { owner: 'Joost', dueDate: '2026-04-01' });
    const next = applyItemChange(skipped, { status: 'in-progress', owner: null, dueDate: '' }, '2026-03-03T10:00:00.000Z');
    expect(next).toEqual({ itemId: 'x', status: 'in-progress', note: '', evidence: [], updatedAt: '2026-03-03T10:00:00.000Z' });
  });

  test('bad input is refused: unknown items, impossible dates, unsafe evidence links, overlong notes', async () => {
    await expect(updateItem(db, bundled, 'no-such-item', { status: 'done' })).rejects.toMatchObject({ code: 'unknown-item' });
    await expect(updateItem(db, bundled, 'beleid-werkwijze', { dueDate: '2026-02-30' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'dueDate',
    });
    await expect(
      updateItem(db, bundled, 'beleid-werkwijze', { evidence: [{ kind: 'link', url: 'javascript:alert(1)' }] }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateItem(db, bundled, 'beleid-werkwijze', { note: 'x'.repeat(5001) })).rejects.toMatchObject({
      code: 'invalid',
      field: 'note',
    });
    await expect(updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { organisationId: 'nobody' })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await db.checklistProgress.count()).toBe(0);
  });
});

describe('organisations', () => {
  test('create makes a new active profile with its own progress; switching back shows the old progress', async () => {
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE });
    const zwolle = await createOrganisation(db, '  Vestiging   Zwolle ');
    expect(zwolle.name).toBe('Vestiging Zwolle');
    let state = await readChecklistState(db, bundled);
    expect(state.organisation.id).toBe(zwolle.id);
    expect(state.progress).toEqual({});
    expect(state.organisations.map((row) => row.name)).toEqual(['Mijn organisatie', 'Vestiging Zwolle']);

    await setActiveOrganisation(db, DEFAULT_ORGANISATION_ID);
    state = await readChecklistState(db, bundled);
    expect(state.progress['beleid-werkwijze']?.status).toBe('done');
  });

  test('names must be present, short enough and unique (case ignored)', async () => {
    await expect(createOrganisation(db, '   ')).rejects.toMatchObject({ code: 'empty-name' });
    await expect(createOrganisation(db, 'x'.repeat(101))).rejects.toMatchObject({ code: 'name-too-long' });
    await expect(createOrganisation(db, 'MIJN ORGANISATIE')).rejects.toMatchObject({ code: 'duplicate-name' });
    const other = await createOrganisation(db, 'Utrecht');
    await expect(renameOrganisation(db, other.id, 'mijn organisatie')).rejects.toBeInstanceOf(OrganisationError);
    await renameOrganisation(db, other.id, 'Utrecht Centrum');
    await renameOrganisation(db, other.id, 'utrecht centrum'); // its own name in another case is fine
    expect((await db.organisations.get(other.id))?.name).toBe('utrecht centrum');
    await expect(renameOrganisation(db, 'nobody', 'X')).rejects.toMatchObject({ code: 'unknown' });
    await expect(setActiveOrganisation(db, 'nobody')).rejects.toMatchObject({ code: 'unknown' });
  });

  test('deleting removes progress, history and archive of that profile only; the last one cannot go', async () => {
    await expect(deleteOrganisation(db, DEFAULT_ORGANISATION_ID)).rejects.toMatchObject({ code: 'last-one' });
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE });
    const other = await createOrganisation(db, 'Arnhem');
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'in-progress' }, { now: DAY_ONE });
    await deleteOrganisation(db, other.id);
    const state = await readChecklistState(db, bundled);
    expect(state.organisation.id).toBe(DEFAULT_ORGANISATION_ID);
    expect(state.progress['beleid-werkwijze']?.status).toBe('done');
    expect(await db.checklistProgress.where('organisationId').equals(other.id).count()).toBe(0);
    expect(await db.checklistSnapshots.where('organisationId').equals(other.id).count()).toBe(0);
    expect(await db.checklistSnapshots.count()).toBe(1);
  });

  test('an organisation can work on another installed pack and keeps both progresses', async () => {
    await db.checklistPacks.put({
      id: 'roc-test',
      version: '1.0.0',
      installedAt: 'x',
      pack: makePack({ a: [['a-1', 'must']] }, '1.0.0', 'roc-test'),
    });
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done' }, { now: DAY_ONE });
    await setOrganisationPack(db, DEFAULT_ORGANISATION_ID, 'roc-test');
    let state = await readChecklistState(db, bundled);
    expect(state.pack.id).toBe('roc-test');
    expect(state.progress).toEqual({});
    await updateItem(db, bundled, 'a-1', { status: 'in-progress' }, { now: DAY_ONE });
    await setOrganisationPack(db, DEFAULT_ORGANISATION_ID, bundled.id);
    state = await readChecklistState(db, bundled);
    expect(Object.keys(state.progress)).toEqual(['beleid-werkwijze']);
  });
});

describe('exports', () => {
  test('CSV has one row per item; JSON reads back with the progress and the history', async () => {
    await updateItem(db, bundled, 'beleid-werkwijze', { status: 'done', note: '=SOM(A1)' }, { now: DAY_ONE });
    const state = await readChecklistState(db, bundled);
    const csv = exportCsv(state, 'nl');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThanOrEqual(57);
    expect(csv).not.toContain(';=SOM');
    const json = parseProgressExport(await exportJson(db, state, DAY_ONE));
    expect(json.ok).toBe(true);
    if (json.ok) {
      expect(json.data.items.map((item) => [item.itemId, item.status])).toEqual([['beleid-werkwijze', 'done']]);
      expect(json.data.snapshots).toHaveLength(1);
    }
    expect(exportFileName({ ...state, organisation: { ...state.organisation, name: 'Vestiging Zwolle (Noord) ë' } }, 'csv', DAY_ONE)).toBe(
      'gouden-standaard-vestiging-zwolle-noord-e-2026-03-02.csv',
    );
  });
});
