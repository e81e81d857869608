import type { ChecklistItem, ChecklistPack, ChecklistSection, ItemContext, Priority, Basis } from './pack-schema';
import type { ItemProgress, ItemStatus, ProgressByItem } from './progress-schema';

/**
 * Weighted progress. Choices (documented for the dashboard and the report):
 * - a must-item weighs 3, a should-item 2, a could-item 1;
 * - done earns the full weight, in progress earns half (work has started but nothing is proven),
 *   not started earns nothing;
 * - not-applicable items leave both sides of the sum: they neither help nor hurt;
 * - when every item of a section is not applicable there is nothing to measure: percent is null.
 */
export const PRIORITY_WEIGHTS: Readonly<Record<Priority, number>> = { must: 3, should: 2, could: 1 };
export const STATUS_CREDIT: Readonly<Record<ItemStatus, number | null>> = {
  'not-started': 0,
  'in-progress': 0.5,
  done: 1,
  'not-applicable': null,
};

export type StatusCounts = Record<ItemStatus, number> & { total: number };

export interface ProgressFigures {
  earned: number;
  possible: number;
  /** earned / possible in [0, 1]; null when nothing is applicable. */
  ratio: number | null;
  /** ratio as a percentage with one decimal, for display and snapshots. */
  percent: number | null;
  counts: StatusCounts;
  /** Must-items that are neither done nor not applicable. */
  openMust: number;
}
export interface SectionProgress extends ProgressFigures {
  sectionId: string;
}
export interface PackProgress {
  overall: ProgressFigures;
  sections: SectionProgress[];
}

export function statusOf(progress: ProgressByItem, itemId: string): ItemStatus {
  return progress[itemId]?.status ?? 'not-started';
}

/** Open = still something to do (not done and not skipped as not applicable). */
export function isOpenStatus(status: ItemStatus): boolean {
  return status === 'not-started' || status === 'in-progress';
}

/** An open item whose due date lies before `today` (a "YYYY-MM-DD" day). */
export function isOverdue(entry: ItemProgress | undefined, today: string): boolean {
  return entry?.dueDate !== undefined && isOpenStatus(entry.status) && entry.dueDate < today;
}

function emptyCounts(): StatusCounts {
  return { 'not-started': 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 };
}

function toPercent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

function figuresFor(items: readonly ChecklistItem[], progress: ProgressByItem): ProgressFigures {
  const counts = emptyCounts();
  let earned = 0;
  let possible = 0;
  let openMust = 0;
  for (const item of items) {
    const status = statusOf(progress, item.id);
    counts[status] += 1;
    counts.total += 1;
    const credit = STATUS_CREDIT[status];
    if (credit === null) continue;
    const weight = PRIORITY_WEIGHTS[item.priority];
    possible += weight;
    earned += weight * credit;
    if (item.priority === 'must' && isOpenStatus(status)) openMust += 1;
  }
  const ratio = possible === 0 ? null : earned / possible;
  return { earned, possible, ratio, percent: toPercent(ratio), counts, openMust };
}

export function sectionProgress(section: ChecklistSection, progress: ProgressByItem): SectionProgress {
  return { sectionId: section.id, ...figuresFor(section.items, progress) };
}

/** Progress per section and overall (the overall figure weighs every item once, across sections). */
export function computeProgress(pack: ChecklistPack, progress: ProgressByItem): PackProgress {
  return {
    overall: figuresFor(
      pack.sections.flatMap((section) => section.items),
      progress,
    ),
    sections: pack.sections.map((section) => sectionProgress(section, progress)),
  };
}

export type ActionReason = 'open-must' | 'overdue' | 'open-should' | 'open-could';

export interface NextAction {
  section: ChecklistSection;
  item: ChecklistItem;
  status: ItemStatus;
  reason: ActionReason;
  overdue: boolean;
  dueDate?: string;
  owner?: string;
}

const REASON_RANK: Readonly<Record<ActionReason, number>> = {
  'open-must': 0,
  overdue: 1,
  'open-should': 2,
  'open-could': 3,
};

/**
 * What to pick up next: open must-items first, then overdue items, then open should- and
 * could-items. Within a group: overdue before on time, earliest due date first, started work
 * before new work, then pack order.
 */
export function nextBestActions(pack: ChecklistPack, progress: ProgressByItem, today: string, limit = 5): NextAction[] {
  const candidates: { action: NextAction; order: number }[] = [];
  let order = 0;
  for (const section of pack.sections) {
    for (const item of section.items) {
      order += 1;
      const entry = progress[item.id];
      const status = entry?.status ?? 'not-started';
      if (!isOpenStatus(status)) continue;
      const overdue = isOverdue(entry, today);
      const reason: ActionReason =
        item.priority === 'must' ? 'open-must' : overdue ? 'overdue' : item.priority === 'should' ? 'open-should' : 'open-could';
      const action: NextAction = { section, item, status, reason, overdue };
      if (entry?.dueDate) action.dueDate = entry.dueDate;
      if (entry?.owner) action.owner = entry.owner;
      candidates.push({ action, order });
    }
  }
  candidates.sort(
    (a, b) =>
      REASON_RANK[a.action.reason] - REASON_RANK[b.action.reason] ||
      Number(b.action.overdue) - Number(a.action.overdue) ||
      compareOptionalDays(a.action.dueDate, b.action.dueDate) ||
      Number(b.action.status === 'in-progress') - Number(a.action.status === 'in-progress') ||
      a.order - b.order,
  );
  return candidates.slice(0, Math.max(0, limit)).map((candidate) => candidate.action);
}

function compareOptionalDays(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export interface ChecklistFilter {
  priorities?: readonly Priority[];
  statuses?: readonly ItemStatus[];
  bases?: readonly Basis[];
  contexts?: readonly ItemContext[];
  sectionIds?: readonly string[];
  /** Owner name (case and surrounding spaces ignored); `null` selects items without an owner. */
  owner?: string | null;
  overdueOnly?: boolean;
  /** Words that must all occur in the Dutch or English title (or the id); accents and case ignored. */
  query?: string;
}

export interface ChecklistEntry {
  section: ChecklistSection;
  item: ChecklistItem;
  status: ItemStatus;
  progress?: ItemProgress;
  overdue: boolean;
}

/** Lower case without diacritics, so "geëvalueerd" matches "geevalueerd". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function normaliseOwner(owner: string): string {
  return owner.trim().toLocaleLowerCase('nl');
}

/** Items of the pack that pass every given criterion, in pack order. */
export function filterItems(pack: ChecklistPack, progress: ProgressByItem, filter: ChecklistFilter, today: string): ChecklistEntry[] {
  const words = normaliseForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const wantedOwner = typeof filter.owner === 'string' ? normaliseOwner(filter.owner) : filter.owner;
  const entries: ChecklistEntry[] = [];
  for (const section of pack.sections) {
    if (filter.sectionIds && !filter.sectionIds.includes(section.id)) continue;
    for (const item of section.items) {
      const entry = progress[item.id];
      const status = entry?.status ?? 'not-started';
      const overdue = isOverdue(entry, today);
      if (filter.priorities && !filter.priorities.includes(item.priority)) continue;
      if (filter.statuses && !filter.statuses.includes(status)) continue;
      if (filter.bases && !filter.bases.includes(item.basis)) continue;
      if (filter.contexts && !item.contexts.some((context) => filter.contexts?.includes(context))) continue;
      if (filter.overdueOnly && !overdue) continue;
      if (wantedOwner === null && entry?.owner) continue;
      if (typeof wantedOwner === 'string' && normaliseOwner(entry?.owner ?? '') !== wantedOwner) continue;
      if (words.length > 0) {
        const haystack = normaliseForSearch(`${item.title.nl} ${item.title.en} ${item.id}`);
        if (!words.every((word) => haystack.includes(word))) continue;
      }
      const result: ChecklistEntry = { section, item, status, overdue };
      if (entry) result.progress = entry;
      entries.push(result);
    }
  }
  return entries;
}

/** Distinct owners in use, sorted the Dutch way, for the owner filter. */
export function listOwners(progress: ProgressByItem): string[] {
  const owners = new Map<string, string>();
  for (const entry of Object.values(progress)) {
    const owner = entry?.owner?.trim();
    if (owner && !owners.has(normaliseOwner(owner))) owners.set(normaliseOwner(owner), owner);
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}
