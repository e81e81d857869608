import { z } from 'zod';
import type { BilingualText } from '../i18n/locale';
import { dayToUtcMs } from './dates';
import type { ChecklistPack } from './pack-schema';
import { computeProgress } from './progress';
import { isoDateSchema, type ProgressByItem } from './progress-schema';

const percentSchema = z.number().min(0).max(100).nullable();

/**
 * Progress of one organisation on one day: the overall percentage and one per section
 * (null where nothing in the section applies). Stored at most once per day per organisation.
 */
export const progressSnapshotSchema = z.object({
  organisationId: z.string().min(1),
  day: isoDateSchema,
  packId: z.string().min(1),
  packVersion: z.string().min(1),
  overall: percentSchema,
  sections: z.record(z.string(), percentSchema),
});
export type ProgressSnapshot = z.infer<typeof progressSnapshotSchema>;

/** The snapshot of `progress` as it stands on `day`. */
export function takeSnapshot(pack: ChecklistPack, progress: ProgressByItem, organisationId: string, day: string): ProgressSnapshot {
  const figures = computeProgress(pack, progress);
  return {
    organisationId,
    day,
    packId: pack.id,
    packVersion: pack.version,
    overall: figures.overall.percent,
    sections: Object.fromEntries(figures.sections.map((section) => [section.sectionId, section.percent])),
  };
}

/** Same percentages overall and in every section (a pack update alone is no change in progress). */
export function sameFigures(a: ProgressSnapshot, b: ProgressSnapshot): boolean {
  if (a.overall !== b.overall) return false;
  const sectionIds = new Set([...Object.keys(a.sections), ...Object.keys(b.sections)]);
  for (const id of sectionIds) {
    if ((a.sections[id] ?? null) !== (b.sections[id] ?? null)) return false;
  }
  return true;
}

export type SnapshotAction = 'add' | 'replace' | 'skip';

/**
 * The policy: a snapshot is kept whenever progress changes, at most one per day per organisation.
 * - same day already recorded: replace it (the day ends with its last state), unless nothing changed;
 * - otherwise add it, unless the latest earlier snapshot has the same figures.
 */
export function snapshotAction(history: readonly ProgressSnapshot[], next: ProgressSnapshot): SnapshotAction {
  let sameDay: ProgressSnapshot | undefined;
  let latestBefore: ProgressSnapshot | undefined;
  for (const snapshot of history) {
    if (snapshot.organisationId !== next.organisationId) continue;
    if (snapshot.day === next.day) sameDay = snapshot;
    else if (snapshot.day < next.day && (!latestBefore || snapshot.day > latestBefore.day)) latestBefore = snapshot;
  }
  if (sameDay) return sameFigures(sameDay, next) ? 'skip' : 'replace';
  if (latestBefore && sameFigures(latestBefore, next)) return 'skip';
  return 'add';
}

/** Apply the policy to a stored history (any organisations); returns the new list, sorted by day. */
export function recordSnapshot(
  history: readonly ProgressSnapshot[],
  next: ProgressSnapshot,
): { history: ProgressSnapshot[]; action: SnapshotAction } {
  const action = snapshotAction(history, next);
  if (action === 'skip') return { history: [...history], action };
  const kept = history.filter((snapshot) => !(snapshot.organisationId === next.organisationId && snapshot.day === next.day));
  kept.push(next);
  kept.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { history: kept, action };
}

export interface SeriesOptions {
  /** First day shown; the state carried in from an earlier snapshot becomes the first point. */
  from?: string;
  /** Last day shown; later snapshots are left out. */
  to?: string;
  /** Extend the last known state to this day (usually today) so the line reaches it. */
  until?: string;
}

export interface ProgressSeries {
  days: string[];
  /** Unix seconds of each day's UTC midnight: the x axis of uPlot. */
  x: number[];
  overall: (number | null)[];
  sections: { sectionId: string; title: BilingualText; values: (number | null)[] }[];
}

/**
 * Series for a chart of progress over time, one line per section of the current pack plus the
 * overall line. Sections that a snapshot does not know (added in a later pack version) are gaps.
 */
export function progressSeries(
  pack: ChecklistPack,
  history: readonly ProgressSnapshot[],
  organisationId: string,
  options: SeriesOptions = {},
): ProgressSeries {
  const own = history
    .filter((snapshot) => snapshot.organisationId === organisationId)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const points: ProgressSnapshot[] = [];
  let carried: ProgressSnapshot | undefined;
  for (const snapshot of own) {
    if (options.from !== undefined && snapshot.day < options.from) {
      carried = snapshot;
      continue;
    }
    if (options.to !== undefined && snapshot.day > options.to) break;
    points.push(snapshot);
  }
  if (carried && options.from !== undefined && points[0]?.day !== options.from) {
    points.unshift({ ...carried, day: options.from });
  }
  const last = points.at(-1);
  const end = options.until !== undefined && options.to !== undefined && options.to < options.until ? options.to : options.until;
  if (last && end !== undefined && last.day < end) points.push({ ...last, day: end });

  return {
    days: points.map((point) => point.day),
    x: points.map((point) => dayToUtcMs(point.day) / 1000),
    overall: points.map((point) => point.overall),
    sections: pack.sections.map((section) => ({
      sectionId: section.id,
      title: section.title,
      values: points.map((point) => point.sections[section.id] ?? null),
    })),
  };
}
