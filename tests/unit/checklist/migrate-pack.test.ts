import { describe, expect, it } from 'vitest';
import { classifyPackUpdate, migrateProgress } from '../../../lib/checklist/migrate-pack';
import { compareVersions } from '../../../lib/checklist/semver';
import { byItem, entry, makePack } from './helpers';

const v1 = makePack(
  {
    a: [
      ['keep', 'must'],
      ['drop', 'should'],
    ],
    b: [['moves', 'could']],
  },
  '1.0.0',
);
const v2 = makePack(
  {
    a: [
      ['keep', 'must'],
      ['new', 'must'],
    ],
    c: [['moves', 'could']],
  },
  '2.0.0',
);

describe('migrateProgress', () => {
  const progress = byItem(
    entry('keep', 'done', { note: 'Vastgesteld in MT' }),
    entry('drop', 'in-progress', { owner: 'Sanne' }),
    entry('moves', 'not-applicable'),
  );

  it('moves progress along by item id, also into another section', () => {
    const result = migrateProgress({ from: v1, to: v2, progress, day: '2026-04-01' });
    expect(result.progress.keep).toEqual(progress.keep);
    expect(result.progress.moves).toEqual(progress.moves);
    expect(result.carried.sort()).toEqual(['keep', 'moves']);
    expect(result.added).toEqual(['new']);
  });

  it('archives progress of removed items with their old title instead of dropping it', () => {
    const result = migrateProgress({ from: v1, to: v2, progress, day: '2026-04-01' });
    expect(result.progress.drop).toBeUndefined();
    expect(result.archived).toEqual(['drop']);
    expect(result.archive).toEqual([
      {
        packId: 'test-pack',
        packVersion: '1.0.0',
        title: { nl: 'Titel drop', en: 'Title drop' },
        sectionTitle: { nl: 'Sectie a', en: 'Section a' },
        archivedOn: '2026-04-01',
        progress: progress.drop,
      },
    ]);
  });

  it('restores archived progress when a later version brings the item back', () => {
    const first = migrateProgress({ from: v1, to: v2, progress, day: '2026-04-01' });
    const v3 = makePack(
      {
        a: [
          ['keep', 'must'],
          ['drop', 'should'],
          ['new', 'must'],
        ],
        c: [['moves', 'could']],
      },
      '3.0.0',
    );
    const second = migrateProgress({ from: v2, to: v3, progress: first.progress, archive: first.archive, day: '2026-05-01' });
    expect(second.restored).toEqual(['drop']);
    expect(second.progress.drop).toEqual(progress.drop);
    expect(second.archive).toEqual([]);
  });

  it('keeps archive entries of other packs untouched', () => {
    const foreign = { packId: 'other', packVersion: '1.0.0', archivedOn: '2026-01-01', progress: entry('keep', 'done') };
    const result = migrateProgress({ from: v1, to: v2, progress: {}, archive: [foreign], day: '2026-04-01' });
    expect(result.archive).toEqual([foreign]);
    expect(result.progress.keep).toBeUndefined();
  });

  it('never loses an entry: carried + archived covers all input', () => {
    const result = migrateProgress({ from: v1, to: v2, progress, day: '2026-04-01' });
    const kept = Object.keys(result.progress).length + result.archive.length;
    expect(kept).toBe(Object.keys(progress).length);
  });

  it('refuses to move progress into a different pack', () => {
    const other = makePack({ a: [['keep', 'must']] }, '1.0.0', 'other-pack');
    expect(() => migrateProgress({ from: v1, to: other, progress, day: '2026-04-01' })).toThrow(RangeError);
  });

  it('archives without titles when the old pack is unknown', () => {
    const result = migrateProgress({ to: v2, progress, day: '2026-04-01' });
    expect(result.archive[0]?.title).toBeUndefined();
    expect(result.archive[0]?.packVersion).toBe('unknown');
  });
});

describe('versions', () => {
  it('compares semantic versions including pre-releases', () => {
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0.0-beta.2', '2.0.0-beta.10')).toBe(-1);
    expect(compareVersions('2.0.0-beta', '2.0.0')).toBe(-1);
    expect(compareVersions('2.0.0-alpha', '2.0.0-1')).toBe(1);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(RangeError);
  });

  it('classifies an incoming pack against the installed one', () => {
    expect(classifyPackUpdate(undefined, v1)).toBe('new-pack');
    expect(classifyPackUpdate(v1, v2)).toBe('upgrade');
    expect(classifyPackUpdate(v2, v1)).toBe('downgrade');
    expect(classifyPackUpdate(v1, v1)).toBe('same-version');
    expect(classifyPackUpdate(v1, makePack({ a: [['x', 'must']] }, '9.0.0', 'another'))).toBe('new-pack');
  });
});
