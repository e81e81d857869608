import Dexie, { type EntityTable } from 'dexie';
import type {
  ActivityRow,
  ChecklistArchiveRow,
  ChecklistPackRow,
  ChecklistProgressRow,
  ChecklistSnapshotRow,
  MetaRow,
  ScreeningCriteriaRow,
  ScreeningLogRow,
  ScreeningStateRow,
  VacancyIgnoredRow,
  OrganisationRow,
} from './rows';

export const DATABASE_NAME = 'eerlijk-werven';

/** The profile every installation starts with, so data from before version 2 keeps working. */
export const DEFAULT_ORGANISATION_ID = 'default';
export const DEFAULT_PACK_ID = 'gouden-standaard';
/** `meta` key of the active organisation's id. */
export const ACTIVE_ORGANISATION_KEY = 'checklist.activeOrganisation';

export function defaultOrganisationRow(now = new Date()): OrganisationRow {
  return { id: DEFAULT_ORGANISATION_ID, name: 'Mijn organisatie', createdAt: now.toISOString(), packId: DEFAULT_PACK_ID };
}

/**
 * The extension's IndexedDB database. Opened only in the extension origin (background, dashboard,
 * options, popup, side panel); content scripts ask through messages (architecture: "Where code
 * runs"). Every version's stores are listed below, oldest first; never edit a released version,
 * add a new one with an upgrade function and a test in tests/unit/db/.
 */
export class EerlijkWervenDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  activity!: EntityTable<ActivityRow, 'id'>;
  organisations!: EntityTable<OrganisationRow, 'id'>;
  checklistProgress!: Dexie.Table<ChecklistProgressRow, [string, string, string]>;
  checklistSnapshots!: Dexie.Table<ChecklistSnapshotRow, [string, string]>;
  checklistPacks!: EntityTable<ChecklistPackRow, 'id'>;
  checklistArchive!: EntityTable<ChecklistArchiveRow, 'id'>;
  vacancyIgnored!: Dexie.Table<VacancyIgnoredRow, [string, string]>;
  screeningCriteria!: Dexie.Table<ScreeningCriteriaRow, [string, string]>;
  screeningStates!: Dexie.Table<ScreeningStateRow, [string, string, string]>;
  screeningLog!: EntityTable<ScreeningLogRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 (foundation): settings-free key/value facts and the daily activity counters that
    // the pillars record as evidence for the checklist.
    this.version(1).stores({
      meta: 'key',
      activity: '++id, day, metric, [metric+day], site',
    });
    // Version 2 (Gouden standaard): organisations, progress per organisation, pack and
    // item, at most one snapshot per organisation and day, imported packs, archived progress.
    // Existing installations get the default organisation, so the checklist works at once.
    this.version(2)
      .stores({
        organisations: 'id',
        checklistProgress: '[organisationId+packId+itemId], [organisationId+packId], organisationId',
        checklistSnapshots: '[organisationId+day], organisationId',
        checklistPacks: 'id',
        checklistArchive: '++id, [organisationId+packId], organisationId',
      })
      .upgrade(async (tx) => {
        await tx.table('organisations').put(defaultOrganisationRow());
      });
    // Version 3 (Blind screenen): criteria per vacancy, each applicant's scores and
    // decision by HMAC key (never a name), and the decision/reveal/pause log. Pseudonym numbers
    // and the per-install secret live in `meta` (lib/screening-store/).
    this.version(3).stores({
      screeningCriteria: '[site+vacancyId], site',
      screeningStates: '[site+vacancyId+applicantKey], [site+applicantKey], site',
      screeningLog: '++id, at, site, kind',
    });
    // Version 4 (Vacaturecheck): occurrences the user ignored per site, by fingerprint.
    this.version(4).stores({ vacancyIgnored: '[site+fingerprint], site' });
    // A brand-new database skips upgrade functions: give it the same start. (Without a stored
    // choice under ACTIVE_ORGANISATION_KEY the default organisation is the active one.)
    this.on('populate', async (tx) => {
      await tx.table('organisations').put(defaultOrganisationRow());
    });
  }
}

let shared: EerlijkWervenDatabase | undefined;

/** The one database connection of this extension context. */
export function getDatabase(): EerlijkWervenDatabase {
  shared ??= new EerlijkWervenDatabase();
  return shared;
}
