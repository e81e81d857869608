/**
 * The checklist core under the dashboard's budget (docs/decisions.md#measured-not-hoped: 3
 * organisations × 60 items × one year of daily history interactive within 200 ms). Measures the
 * pure work the dashboard does on open: validate the pack and the stored history, progress for
 * every organisation, next actions, a filtered search and the chart series for a year. Rendering is
 * not included (no DOM here).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../lib/checklist/dates';
import { progressToCsv } from '../../lib/checklist/export-format';
import { progressSeries, progressSnapshotSchema, recordSnapshot, takeSnapshot, type ProgressSnapshot } from '../../lib/checklist/history';
import { packSchema, type ChecklistPack } from '../../lib/checklist/pack-schema';
import { computeProgress, filterItems, nextBestActions } from '../../lib/checklist/progress';
import { ITEM_STATUSES, itemProgressSchema, type ItemProgress } from '../../lib/checklist/progress-schema';
import { buildReport } from '../../lib/checklist/report';
import type { BenchResult } from './format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ORGANISATIONS = 3;
const ITEMS = 60;
const DAYS = 365;
const FIRST_DAY = '2025-03-11';
const RUNS = 15;

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same work. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The default pack, topped up to 60 items with copies in the last section. */
async function sixtyItemPack(): Promise<{ pack: ChecklistPack; raw: string }> {
  const base = packSchema.parse(JSON.parse(await readFile(join(ROOT, 'public/packs/gouden-standaard.json'), 'utf8')));
  const last = base.sections.at(-1)!;
  let count = base.sections.reduce((sum, section) => sum + section.items.length, 0);
  let copy = 0;
  while (count < ITEMS) {
    const template = base.sections[copy % base.sections.length]!.items[0]!;
    last.items.push({ ...template, id: `extra-${copy}` });
    copy += 1;
    count += 1;
  }
  return { pack: base, raw: JSON.stringify(base) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): { median: number; max: number } {
  run(); // warm-up: the first call pays for JIT compilation
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), max: Math.max(...samples) };
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

export default async function checklistCoreBenchmark(): Promise<BenchResult> {
  const { pack, raw } = await sixtyItemPack();
  const itemIds = pack.sections.flatMap((section) => section.items.map((item) => item.id));
  const organisations = Array.from({ length: ORGANISATIONS }, (_, index) => `org-${index + 1}`);
  const owners = ['Fatima', 'Joost', 'Sanne', 'Mohamed'];

  // A year of daily work per organisation: every day a few items change, and the snapshot policy runs.
  const progressByOrg = new Map<string, Record<string, ItemProgress>>();
  let history: ProgressSnapshot[] = [];
  let snapshotCalls = 0;
  const historyStarted = performance.now();
  organisations.forEach((organisationId, orgIndex) => {
    const next = random(orgIndex + 1);
    const progress: Record<string, ItemProgress> = {};
    for (let day = 0; day < DAYS; day += 1) {
      const date = addDays(FIRST_DAY, day);
      for (let change = 0; change < 2; change += 1) {
        const itemId = itemIds[Math.floor(next() * itemIds.length)]!;
        const status = ITEM_STATUSES[Math.floor(next() * ITEM_STATUSES.length)]!;
        progress[itemId] = {
          itemId,
          status,
          note: 'Besproken in het teamoverleg; volgende stap staat in de planning.',
          evidence: [{ kind: 'link', url: 'https://intranet.example.nl/stukken/beleid.pdf' }],
          owner: owners[Math.floor(next() * owners.length)]!,
          dueDate: addDays(date, Math.floor(next() * 60) - 20),
          updatedAt: `${date}T10:00:00.000Z`,
          ...(status === 'not-applicable' ? { naReason: 'Geen stagiairs op deze locatie' } : {}),
        };
      }
      history = recordSnapshot(history, takeSnapshot(pack, progress, organisationId, date)).history;
      snapshotCalls += 1;
    }
    progressByOrg.set(organisationId, progress);
  });
  const historyMs = performance.now() - historyStarted;
  const today = addDays(FIRST_DAY, DAYS - 1);
  const storedHistory = JSON.parse(JSON.stringify(history)) as unknown[];
  const storedProgress = JSON.parse(JSON.stringify([...progressByOrg.values()].flatMap((p) => Object.values(p)))) as unknown[];
  const active = organisations[0]!;
  const activeProgress = progressByOrg.get(active)!;

  const parsePack = time(() => packSchema.parse(JSON.parse(raw)));
  const parseStored = time(() => {
    for (const snapshot of storedHistory) progressSnapshotSchema.parse(snapshot);
    for (const entry of storedProgress) itemProgressSchema.parse(entry);
  });
  const progressAll = time(() => {
    for (const organisationId of organisations) computeProgress(pack, progressByOrg.get(organisationId)!);
  });
  const actions = time(() => nextBestActions(pack, activeProgress, today, 10));
  const search = time(() => filterItems(pack, activeProgress, { priorities: ['must', 'should'], owner: 'sanne', query: 'stage' }, today));
  const seriesYear = time(() => progressSeries(pack, history, active, { until: today }));
  const seriesAll = time(() => {
    for (const organisationId of organisations) progressSeries(pack, history, organisationId, { until: today });
  });
  const dashboardOpen = time(() => {
    packSchema.parse(JSON.parse(raw));
    for (const snapshot of storedHistory) progressSnapshotSchema.parse(snapshot);
    for (const entry of storedProgress) itemProgressSchema.parse(entry);
    for (const organisationId of organisations) computeProgress(pack, progressByOrg.get(organisationId)!);
    nextBestActions(pack, activeProgress, today, 10);
    filterItems(pack, activeProgress, {}, today);
    progressSeries(pack, history, active, { until: today });
  });
  const report = time(() =>
    buildReport({
      pack,
      progress: activeProgress,
      organisation: { id: active, name: 'Vestiging 1', createdAt: `${FIRST_DAY}T09:00:00Z` },
      locale: 'nl',
      today,
    }),
  );
  const csv = time(() => progressToCsv(pack, activeProgress, { locale: 'nl' }));

  return {
    title: `Checklist core: ${ORGANISATIONS} organisations × ${ITEMS} items × ${DAYS} days of history`,
    rows: [
      { name: 'snapshots kept (policy: at most one a day, only on change)', value: `${history.length} of ${snapshotCalls} days` },
      {
        name: 'build the year: progress + snapshot policy per day, all organisations',
        value: `${ms(historyMs)} (${ms(historyMs / snapshotCalls)} per day)`,
      },
      { name: 'dashboard open, total (median / max)', value: `${ms(dashboardOpen.median)} / ${ms(dashboardOpen.max)}` },
      { name: '  parse the pack (zod)', value: ms(parsePack.median) },
      {
        name: `  parse stored snapshots and progress (${storedHistory.length} + ${storedProgress.length} rows)`,
        value: ms(parseStored.median),
      },
      { name: '  progress for every organisation', value: ms(progressAll.median) },
      { name: '  next best actions (10)', value: ms(actions.median) },
      { name: '  filtered search (priority + owner + text)', value: ms(search.median) },
      { name: '  chart series, active organisation, one year', value: ms(seriesYear.median) },
      { name: 'chart series, all organisations', value: ms(seriesAll.median) },
      { name: 'report data model (nl)', value: ms(report.median) },
      { name: 'CSV export', value: ms(csv.median) },
    ],
    notes: [
      `Medians of ${RUNS} runs in Node ${process.version}; the budget is 200 ms for the dashboard to be interactive, rendering excluded.`,
      'The 60-item pack is the default pack topped up with copies; two random item changes a day per organisation.',
    ],
  };
}
