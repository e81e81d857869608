import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ChecklistPack } from '../../../lib/checklist/pack-schema';
import { exportJson } from '../../../lib/checklist-store/export-files';
import { updateItem } from '../../../lib/checklist-store/item-updates';
import { importProgressText, looksLikeProgressExport } from '../../../lib/checklist-store/progress-import';
import { readChecklistState } from '../../../lib/checklist-store/state';
import { DEFAULT_ORGANISATION_ID, EerlijkWervenDatabase } from '../../../lib/db/database';
import { loadDefaultPack } from '../checklist/helpers';

let here: EerlijkWervenDatabase;
let there: EerlijkWervenDatabase;
let bundled: ChecklistPack;
beforeEach(async () => {
  here = new EerlijkWervenDatabase(`progress-here-${Math.random()}`);
  there = new EerlijkWervenDatabase(`progress-there-${Math.random()}`);
  await Promise.all([here.open(), there.open()]);
  bundled = loadDefaultPack();
});
afterEach(async () => {
  await Promise.all([here.delete(), there.delete()]);
});

const MARCH = (day: number) => ({ now: new Date(`2026-03-${String(day).padStart(2, '0')}T09:00:00Z`) });

describe('importing a progress export', () => {
  test('merges item by item: the newest change wins, and nothing here that is newer is lost', async () => {
    await updateItem(here, bundled, 'beleid-werkwijze', { status: 'done', note: 'Vastgesteld in het MT' }, MARCH(5));
    await updateItem(here, bundled, 'beleid-norm', { status: 'in-progress' }, MARCH(1));
    await updateItem(there, bundled, 'beleid-werkwijze', { status: 'in-progress' }, MARCH(2));
    await updateItem(there, bundled, 'beleid-norm', { status: 'done', note: 'Op intranet' }, MARCH(3));
    await updateItem(there, bundled, 'sel-tools', { status: 'in-progress' }, MARCH(4));
    const text = await exportJson(there, await readChecklistState(there, bundled));
    expect(looksLikeProgressExport(text)).toBe(true);

    const outcome = await importProgressText(here, bundled, text);
    expect(outcome).toMatchObject({ kind: 'merged', fromFile: 2, keptHere: 1 });
    const { progress } = await readChecklistState(here, bundled);
    expect(progress['beleid-werkwijze']).toMatchObject({ status: 'done', note: 'Vastgesteld in het MT' });
    expect(progress['beleid-norm']).toMatchObject({ status: 'done', note: 'Op intranet' });
    expect(progress['sel-tools']?.status).toBe('in-progress');
    // Importing the same file again changes nothing.
    expect(await importProgressText(here, bundled, text)).toMatchObject({ kind: 'merged', fromFile: 0, keptHere: 3 });
  });

  test('a file for another version of the pack is refused with both versions named, and nothing changes', async () => {
    await updateItem(there, bundled, 'beleid-norm', { status: 'done' }, MARCH(3));
    const exported = JSON.parse(await exportJson(there, await readChecklistState(there, bundled)));
    const older = JSON.stringify({ ...exported, pack: { ...exported.pack, version: '0.9.0' } });
    expect(await importProgressText(here, bundled, older)).toEqual({
      kind: 'other-pack',
      file: { id: bundled.id, version: '0.9.0' },
      here: { id: bundled.id, version: bundled.version },
    });
    expect(await here.checklistProgress.count()).toBe(0);
  });

  test('a damaged file is refused with a message in both languages', async () => {
    const outcome = await importProgressText(here, bundled, '{"format": "eerlijk-werven/checklist-progress", "formatVersion": 1');
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.message.en).toMatch(/not readable JSON/);
    expect(await here.checklistProgress.count()).toBe(0);
    expect((await here.organisations.toArray()).map((row) => row.id)).toEqual([DEFAULT_ORGANISATION_ID]);
  });
});
