import { describe, expect, it } from 'vitest';
import { computeProgress, filterItems, isOverdue, listOwners, nextBestActions, normaliseForSearch } from '../../../lib/checklist/progress';
import { itemProgressSchema, progressByItem } from '../../../lib/checklist/progress-schema';
import { byItem, entry, loadDefaultPack, makePack } from './helpers';

const pack = makePack({
  a: [
    ['a-must', 'must'],
    ['a-should', 'should'],
    ['a-could', 'could'],
  ],
  b: [
    ['b-must', 'must'],
    ['b-could', 'could'],
  ],
});

describe('computeProgress', () => {
  it('is zero with no progress at all and counts every item as not started', () => {
    const result = computeProgress(pack, {});
    expect(result.overall.percent).toBe(0);
    expect(result.overall.possible).toBe(3 + 2 + 1 + 3 + 1);
    expect(result.overall.counts).toEqual({ 'not-started': 5, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 5 });
    expect(result.overall.openMust).toBe(2);
  });

  it('weighs must 3, should 2, could 1 and counts in-progress as half', () => {
    const progress = byItem(entry('a-must', 'done'), entry('a-should', 'in-progress'));
    const section = computeProgress(pack, progress).sections[0]!;
    expect(section.earned).toBe(3 + 1);
    expect(section.possible).toBe(6);
    expect(section.percent).toBe(66.7);
    expect(section.openMust).toBe(0);
  });

  it('a done must-item moves the figure more than a done could-item', () => {
    const mustDone = computeProgress(pack, byItem(entry('a-must', 'done'))).overall.ratio!;
    const couldDone = computeProgress(pack, byItem(entry('a-could', 'done'))).overall.ratio!;
    expect(mustDone).toBeCloseTo(3 / 10);
    expect(couldDone).toBeCloseTo(1 / 10);
  });

  it('leaves not-applicable items out of both sides, and gives null when nothing applies', () => {
    const progress = byItem(entry('b-must', 'not-applicable'), entry('b-could', 'not-applicable'), entry('a-must', 'done'));
    const result = computeProgress(pack, progress);
    expect(result.sections[1]!.percent).toBeNull();
    expect(result.sections[1]!.ratio).toBeNull();
    expect(result.overall.possible).toBe(6);
    expect(result.overall.percent).toBe(50);
    expect(result.overall.counts['not-applicable']).toBe(2);
  });

  it('reaches 100 when everything applicable is done', () => {
    const progress = byItem(
      entry('a-must', 'done'),
      entry('a-should', 'done'),
      entry('a-could', 'not-applicable'),
      entry('b-must', 'done'),
      entry('b-could', 'done'),
    );
    expect(computeProgress(pack, progress).overall.percent).toBe(100);
  });

  it('ignores progress for ids the pack does not have', () => {
    expect(computeProgress(pack, byItem(entry('gone', 'done'))).overall.earned).toBe(0);
  });

  it('handles the default pack', () => {
    const defaults = loadDefaultPack();
    const result = computeProgress(defaults, {});
    expect(result.sections).toHaveLength(defaults.sections.length);
    expect(result.overall.openMust).toBe(defaults.sections.flatMap((s) => s.items).filter((i) => i.priority === 'must').length);
  });
});

describe('item progress schema', () => {
  it('requires a reason for not applicable', () => {
    const base = { itemId: 'x', status: 'not-applicable', updatedAt: '2026-03-01T10:00:00Z' };
    expect(itemProgressSchema.safeParse(base).success).toBe(false);
    expect(itemProgressSchema.safeParse({ ...base, naReason: '   ' }).success).toBe(false);
    expect(itemProgressSchema.safeParse({ ...base, naReason: 'Geen stagiairs' }).success).toBe(true);
  });

  it('accepts links and short texts as evidence, but no script links or bad dates', () => {
    const base = { itemId: 'x', status: 'done', updatedAt: '2026-03-01T10:00:00Z' };
    const ok = itemProgressSchema.parse({
      ...base,
      evidence: [
        { kind: 'link', url: 'https://intranet.example.nl/beleid.pdf' },
        { kind: 'text', text: 'Verslag MT 3 maart' },
      ],
      dueDate: '2026-04-01',
    });
    expect(ok.note).toBe('');
    expect(itemProgressSchema.safeParse({ ...base, evidence: [{ kind: 'link', url: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(itemProgressSchema.safeParse({ ...base, dueDate: '2026-02-30' }).success).toBe(false);
    expect(itemProgressSchema.safeParse({ ...base, dueDate: '01-04-2026' }).success).toBe(false);
    expect(itemProgressSchema.safeParse({ ...base, status: 'finished' }).success).toBe(false);
  });

  it('indexes rows by item id, keeping the newest', () => {
    const older = entry('x', 'in-progress', { updatedAt: '2026-03-01T10:00:00Z' });
    const newer = entry('x', 'done', { updatedAt: '2026-03-01T12:00:00+01:00' });
    expect(progressByItem([newer, older]).x?.status).toBe('done');
  });
});

describe('nextBestActions', () => {
  const today = '2026-03-10';

  it('puts open must-items first, then overdue items, then should, then could', () => {
    const progress = byItem(
      entry('a-could', 'in-progress', { dueDate: '2026-03-01' }),
      entry('b-must', 'in-progress'),
      entry('a-must', 'not-started'),
    );
    const actions = nextBestActions(pack, progress, today, 10);
    expect(actions.map((action) => [action.item.id, action.reason])).toEqual([
      ['b-must', 'open-must'],
      ['a-must', 'open-must'],
      ['a-could', 'overdue'],
      ['a-should', 'open-should'],
      ['b-could', 'open-could'],
    ]);
  });

  it('orders within a group: overdue, then earliest due date, then started work, then pack order', () => {
    const progress = byItem(
      entry('a-must', 'not-started', { dueDate: '2026-04-01' }),
      entry('b-must', 'not-started', { dueDate: '2026-03-01' }),
    );
    const actions = nextBestActions(pack, progress, today, 2);
    expect(actions.map((action) => action.item.id)).toEqual(['b-must', 'a-must']);
    expect(actions[0]!.overdue).toBe(true);
    expect(actions[1]!.overdue).toBe(false);
  });

  it('skips done and not-applicable items and respects the limit', () => {
    const progress = byItem(entry('a-must', 'done'), entry('b-must', 'not-applicable'));
    expect(nextBestActions(pack, progress, today, 10).map((action) => action.item.id)).toEqual(['a-should', 'a-could', 'b-could']);
    expect(nextBestActions(pack, progress, today, 1)).toHaveLength(1);
    expect(nextBestActions(pack, progress, today, -3)).toHaveLength(0);
  });

  it('is empty when everything is done', () => {
    const all = ['a-must', 'a-should', 'a-could', 'b-must', 'b-could'].map((id) => entry(id, 'done'));
    expect(nextBestActions(pack, byItem(...all), today)).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is true only for open items with a due date before today', () => {
    expect(isOverdue(entry('x', 'in-progress', { dueDate: '2026-03-09' }), '2026-03-10')).toBe(true);
    expect(isOverdue(entry('x', 'in-progress', { dueDate: '2026-03-10' }), '2026-03-10')).toBe(false);
    expect(isOverdue(entry('x', 'done', { dueDate: '2026-01-01' }), '2026-03-10')).toBe(false);
    expect(isOverdue(entry('x', 'not-applicable', { dueDate: '2026-01-01' }), '2026-03-10')).toBe(false);
    expect(isOverdue(undefined, '2026-03-10')).toBe(false);
  });
});

describe('filterItems', () => {
  const defaults = loadDefaultPack();
  const today = '2026-03-10';
  const progress = byItem(
    entry('vac-leeftijd', 'done', { owner: 'Fatima' }),
    entry('vac-taaleis', 'in-progress', { owner: ' fatima ', dueDate: '2026-03-01' }),
    entry('sel-criteria', 'in-progress', { owner: 'Joost', dueDate: '2026-05-01' }),
  );

  it('filters by priority and status', () => {
    const musts = filterItems(defaults, progress, { priorities: ['must'], statuses: ['in-progress'] }, today);
    expect(musts.map((found) => found.item.id)).toEqual(['vac-taaleis', 'sel-criteria']);
  });

  it('filters by owner ignoring case and spaces, and by "no owner"', () => {
    expect(filterItems(defaults, progress, { owner: 'FATIMA' }, today).map((found) => found.item.id)).toEqual([
      'vac-leeftijd',
      'vac-taaleis',
    ]);
    const unowned = filterItems(defaults, progress, { owner: null }, today);
    expect(unowned.some((found) => found.item.id === 'vac-leeftijd')).toBe(false);
    expect(unowned.length).toBe(defaults.sections.flatMap((s) => s.items).length - 3);
  });

  it('filters overdue items', () => {
    expect(filterItems(defaults, progress, { overdueOnly: true }, today).map((found) => found.item.id)).toEqual(['vac-taaleis']);
  });

  it('searches titles in both languages, ignoring accents and case, all words must match', () => {
    const dutch = filterItems(defaults, {}, { query: 'taaleis' }, today).map((found) => found.item.id);
    expect(dutch).toEqual(['vac-taaleis']);
    const english = filterItems(defaults, {}, { query: 'LANGUAGE requirement' }, today).map((found) => found.item.id);
    expect(english).toEqual(['vac-taaleis']);
    const accented = filterItems(defaults, {}, { query: 'Geen vragen naar GEZONDHEID' }, today);
    expect(accented.map((found) => found.item.id)).toEqual(['toeg-geen-gezondheid']);
    expect(filterItems(defaults, {}, { query: 'zzz-no-such-word' }, today)).toEqual([]);
    expect(filterItems(defaults, {}, { query: '   ' }, today)).toHaveLength(defaults.sections.flatMap((s) => s.items).length);
  });

  it('filters by context for the in-page panel, and by section', () => {
    const vacancy = filterItems(defaults, {}, { contexts: ['vacancy'] }, today);
    expect(vacancy.length).toBeGreaterThan(5);
    expect(vacancy.every((found) => found.item.contexts.includes('vacancy'))).toBe(true);
    const section = filterItems(defaults, {}, { sectionIds: ['melden'] }, today);
    expect(new Set(section.map((found) => found.section.id))).toEqual(new Set(['melden']));
  });

  it('normalises diacritics for search', () => {
    expect(normaliseForSearch('Geëvalueerd ÉN café')).toBe('geevalueerd en cafe');
  });

  it('lists owners once each, sorted', () => {
    expect(listOwners(progress)).toEqual(['Fatima', 'Joost']);
  });
});
