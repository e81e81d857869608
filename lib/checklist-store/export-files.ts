import { isoDay } from '../checklist/dates';
import { progressToCsv, progressToJson } from '../checklist/export-format';
import type { Locale } from '../i18n/locale';
import type { EerlijkWervenDatabase } from '../db/database';
import { readHistory } from './snapshots';
import type { ChecklistState } from './state';

/** "gouden-standaard-mijn-organisatie-2026-03-01.csv": readable, safe on every file system. */
export function exportFileName(state: ChecklistState, extension: 'csv' | 'json', now = new Date()): string {
  const slug = state.organisation.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${state.pack.id}-${slug || 'organisatie'}-${isoDay(now)}.${extension}`;
}

/** CSV for spreadsheets; Dutch spreadsheets expect ';' and a byte order mark for accents. */
export function exportCsv(state: ChecklistState, locale: Locale): string {
  return progressToCsv(state.pack, state.progress, { locale, delimiter: locale === 'nl' ? ';' : ',', byteOrderMark: true });
}

/** The organisation's progress, archive and history as JSON (core format, readable again). */
export async function exportJson(db: EerlijkWervenDatabase, state: ChecklistState, now = new Date()): Promise<string> {
  const archive = await db.checklistArchive.where('[organisationId+packId]').equals([state.organisation.id, state.pack.id]).toArray();
  return progressToJson({
    pack: state.pack,
    organisation: { id: state.organisation.id, name: state.organisation.name, createdAt: state.organisation.createdAt },
    progress: state.progress,
    archive: archive.map(({ id: _id, organisationId: _organisation, ...record }) => record),
    snapshots: await readHistory(db, state.organisation.id),
    exportedAt: now.toISOString(),
  });
}
