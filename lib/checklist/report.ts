import type { Locale } from '../i18n/locale';
import type { EvidenceFigure } from './evidence';
import { ACTION_REASON_LABELS, BASIS_LABELS, PRIORITY_LABELS, STATUS_LABELS } from './labels';
import type { ArchivedProgress } from './migrate-pack';
import type { ChecklistPack, Priority, Source } from './pack-schema';
import { computeProgress, isOverdue, nextBestActions, type ProgressFigures } from './progress';
import type { ItemStatus, Organisation, ProgressByItem } from './progress-schema';

/**
 * The printable report as plain data in one language: the page only lays it out (and the browser
 * saves it as PDF). Everything a reader needs is resolved here, so nl and en reports differ only
 * in the locale passed in.
 */

export interface ReportFigures {
  percent: number | null;
  done: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  total: number;
  openMust: number;
}

export interface ReportEvidence {
  text: string;
  url?: string;
}

export interface ReportItem {
  id: string;
  title: string;
  doneWhen: string;
  priority: Priority;
  priorityLabel: string;
  basisLabel: string;
  status: ItemStatus;
  statusLabel: string;
  owner?: string;
  dueDate?: string;
  overdue: boolean;
  lastReviewed?: string;
  note: string;
  evidence: ReportEvidence[];
  naReason?: string;
  /** Recorded pillar figure for the chosen period, e.g. "12 vacatures nagekeken". */
  recordedFigure?: string;
  sources: Source[];
}

export interface ReportSection {
  id: string;
  title: string;
  description?: string;
  figures: ReportFigures;
  items: ReportItem[];
}

export interface ReportAction {
  itemId: string;
  title: string;
  sectionTitle: string;
  reason: string;
  overdue: boolean;
  dueDate?: string;
  owner?: string;
}

export interface ChecklistReport {
  locale: Locale;
  organisationName: string;
  generatedOn: string;
  pack: { id: string; name: string; version: string; publisher: string; licence: string };
  overall: ReportFigures;
  sections: ReportSection[];
  openActions: ReportAction[];
  notApplicable: { itemId: string; title: string; sectionTitle: string; reason: string }[];
  archived: { itemId: string; title: string; statusLabel: string; note: string; packVersion: string }[];
  /** The period the recorded figures cover, e.g. "afgelopen 90 dagen". */
  evidencePeriod?: string;
}

export interface ReportInput {
  pack: ChecklistPack;
  progress: ProgressByItem;
  organisation: Organisation;
  locale: Locale;
  /** "YYYY-MM-DD": the report's date and the reference for overdue items. */
  today: string;
  archive?: readonly ArchivedProgress[];
  evidence?: Readonly<Record<string, EvidenceFigure>>;
  evidencePeriod?: { nl: string; en: string };
  openActionsLimit?: number;
}

function reportFigures(figures: ProgressFigures): ReportFigures {
  return {
    percent: figures.percent,
    done: figures.counts.done,
    inProgress: figures.counts['in-progress'],
    notStarted: figures.counts['not-started'],
    notApplicable: figures.counts['not-applicable'],
    total: figures.counts.total,
    openMust: figures.openMust,
  };
}

export function buildReport(input: ReportInput): ChecklistReport {
  const { pack, progress, locale, today } = input;
  const figures = computeProgress(pack, progress);
  const notApplicable: ChecklistReport['notApplicable'] = [];

  const sections = pack.sections.map((section, index): ReportSection => {
    const items = section.items.map((item): ReportItem => {
      const entry = progress[item.id];
      const status = entry?.status ?? 'not-started';
      const result: ReportItem = {
        id: item.id,
        title: item.title[locale],
        doneWhen: item.doneWhen[locale],
        priority: item.priority,
        priorityLabel: PRIORITY_LABELS[item.priority][locale],
        basisLabel: BASIS_LABELS[item.basis][locale],
        status,
        statusLabel: STATUS_LABELS[status][locale],
        overdue: isOverdue(entry, today),
        note: entry?.note ?? '',
        evidence: (entry?.evidence ?? []).map((evidence) =>
          evidence.kind === 'link' ? { text: evidence.label || evidence.url, url: evidence.url } : { text: evidence.text },
        ),
        sources: item.sources,
      };
      if (entry?.owner) result.owner = entry.owner;
      if (entry?.dueDate) result.dueDate = entry.dueDate;
      if (entry?.lastReviewed) result.lastReviewed = entry.lastReviewed;
      if (status === 'not-applicable' && entry?.naReason) {
        result.naReason = entry.naReason;
        notApplicable.push({ itemId: item.id, title: result.title, sectionTitle: section.title[locale], reason: entry.naReason });
      }
      const figure = input.evidence?.[item.id];
      if (figure) result.recordedFigure = figure.detail ? `${figure.label[locale]} (${figure.detail[locale]})` : figure.label[locale];
      return result;
    });
    const sectionFigures = figures.sections[index];
    const result: ReportSection = {
      id: section.id,
      title: section.title[locale],
      figures: reportFigures(sectionFigures ?? figures.overall),
      items,
    };
    if (section.description) result.description = section.description[locale];
    return result;
  });

  const openActions = nextBestActions(pack, progress, today, input.openActionsLimit ?? 10).map((action): ReportAction => {
    const result: ReportAction = {
      itemId: action.item.id,
      title: action.item.title[locale],
      sectionTitle: action.section.title[locale],
      reason: ACTION_REASON_LABELS[action.reason][locale],
      overdue: action.overdue,
    };
    if (action.dueDate) result.dueDate = action.dueDate;
    if (action.owner) result.owner = action.owner;
    return result;
  });

  const archived = (input.archive ?? [])
    .filter((record) => record.packId === pack.id)
    .map((record) => ({
      itemId: record.progress.itemId,
      title: record.title?.[locale] ?? record.progress.itemId,
      statusLabel: STATUS_LABELS[record.progress.status][locale],
      note: record.progress.note,
      packVersion: record.packVersion,
    }));

  const report: ChecklistReport = {
    locale,
    organisationName: input.organisation.name,
    generatedOn: today,
    pack: { id: pack.id, name: pack.name[locale], version: pack.version, publisher: pack.publisher, licence: pack.licence },
    overall: reportFigures(figures.overall),
    sections,
    openActions,
    notApplicable,
    archived,
  };
  if (input.evidencePeriod) report.evidencePeriod = input.evidencePeriod[locale];
  return report;
}
