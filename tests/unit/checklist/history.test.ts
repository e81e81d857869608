import { describe, expect, it } from 'vitest';
import {
  progressSeries,
  progressSnapshotSchema,
  recordSnapshot,
  snapshotAction,
  takeSnapshot,
  type ProgressSnapshot,
} from '../../../lib/checklist/history';
import { byItem, entry, makePack } from './helpers';

const pack = makePack({
  a: [
    ['a1', 'must'],
    ['a2', 'could'],
  ],
  b: [['b1', 'should']],
});

function snap(organisationId: string, day: string, overall: number | null, a: number | null = overall): ProgressSnapshot {
  return { organisationId, day, packId: pack.id, packVersion: pack.version, overall, sections: { a, b: 0 } };
}

describe('takeSnapshot', () => {
  it('records overall and per-section percentages for the organisation and day', () => {
    const snapshot = takeSnapshot(pack, byItem(entry('a1', 'done')), 'org-1', '2026-03-10');
    expect(snapshot).toEqual({
      organisationId: 'org-1',
      day: '2026-03-10',
      packId: 'test-pack',
      packVersion: '1.0.0',
      overall: 50,
      sections: { a: 75, b: 0 },
    });
    expect(progressSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});

describe('snapshot policy', () => {
  it('adds the first snapshot', () => {
    expect(snapshotAction([], snap('o', '2026-03-01', 10))).toBe('add');
  });

  it('skips when nothing changed since the latest earlier snapshot', () => {
    expect(snapshotAction([snap('o', '2026-03-01', 10)], snap('o', '2026-03-05', 10))).toBe('skip');
  });

  it('adds on a new day when progress changed', () => {
    expect(snapshotAction([snap('o', '2026-03-01', 10)], snap('o', '2026-03-02', 20))).toBe('add');
  });

  it("replaces the day's snapshot when progress changes again that day, at most one per day", () => {
    let history: ProgressSnapshot[] = [];
    for (const overall of [10, 20, 30]) history = recordSnapshot(history, snap('o', '2026-03-01', overall)).history;
    expect(history).toEqual([snap('o', '2026-03-01', 30)]);
    expect(recordSnapshot(history, snap('o', '2026-03-01', 30)).action).toBe('skip');
  });

  it('notices a change in one section even when the overall figure is equal', () => {
    expect(snapshotAction([snap('o', '2026-03-01', 10, 10)], snap('o', '2026-03-02', 10, 40))).toBe('add');
  });

  it('keeps organisations apart', () => {
    const history = [snap('o1', '2026-03-01', 10)];
    expect(snapshotAction(history, snap('o2', '2026-03-01', 10))).toBe('add');
    const next = recordSnapshot(history, snap('o2', '2026-03-01', 10)).history;
    expect(next).toHaveLength(2);
    expect(recordSnapshot(next, snap('o1', '2026-03-01', 50)).history.filter((s) => s.organisationId === 'o2')).toEqual([
      snap('o2', '2026-03-01', 10),
    ]);
  });

  it('keeps the list in day order when a late snapshot arrives', () => {
    const history = [snap('o', '2026-03-01', 10), snap('o', '2026-03-05', 30)];
    const result = recordSnapshot(history, snap('o', '2026-03-03', 20));
    expect(result.action).toBe('add');
    expect(result.history.map((s) => s.day)).toEqual(['2026-03-01', '2026-03-03', '2026-03-05']);
  });

  it('does not change the history it was given', () => {
    const history = [snap('o', '2026-03-01', 10)];
    recordSnapshot(history, snap('o', '2026-03-01', 90));
    expect(history[0]!.overall).toBe(10);
  });
});

describe('progressSeries', () => {
  const history = [snap('o', '2026-01-01', 10), snap('x', '2026-01-02', 99), snap('o', '2026-02-01', 20), snap('o', '2026-03-01', 30)];

  it('gives one point per snapshot of the organisation, with UTC-midnight seconds on x', () => {
    const series = progressSeries(pack, history, 'o');
    expect(series.days).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(series.x[0]).toBe(Date.UTC(2026, 0, 1) / 1000);
    expect(series.overall).toEqual([10, 20, 30]);
    expect(series.sections.map((s) => s.sectionId)).toEqual(['a', 'b']);
    expect(series.sections[0]!.title.nl).toBe('Sectie a');
  });

  it('carries the state before `from` in as the first point and extends to `until`', () => {
    const series = progressSeries(pack, history, 'o', { from: '2026-01-15', until: '2026-03-10' });
    expect(series.days).toEqual(['2026-01-15', '2026-02-01', '2026-03-01', '2026-03-10']);
    expect(series.overall).toEqual([10, 20, 30, 30]);
  });

  it('stops at `to`', () => {
    expect(progressSeries(pack, history, 'o', { to: '2026-02-15' }).days).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('shows a gap (null) for a section an older snapshot did not know', () => {
    const old: ProgressSnapshot = { ...snap('o', '2026-01-01', 10), sections: { a: 10 } };
    expect(progressSeries(pack, [old], 'o').sections[1]!.values).toEqual([null]);
  });

  it('is empty for an organisation without history', () => {
    const series = progressSeries(pack, history, 'nobody', { until: '2026-03-10' });
    expect(series.days).toEqual([]);
    expect(series.sections[0]!.values).toEqual([]);
  });
});
