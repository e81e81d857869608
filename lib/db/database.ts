import Dexie, { type EntityTable } from 'dexie';
import type { ActivityRow, MetaRow } from './rows';

export const DATABASE_NAME = 'eerlijk-werven';

/**
 * The extension's IndexedDB database. Opened only in the extension origin (background, dashboard,
 * options, popup, side panel); content scripts ask through messages (architecture: "Where code
 * runs"). Every version's stores are listed below, oldest first; never edit a released version,
 * add a new one with an upgrade function and a test in tests/unit/db/.
 */
export class EerlijkWervenDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  activity!: EntityTable<ActivityRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 (foundation): settings-free key/value facts and the daily activity counters that
    // the pillars record as evidence for the checklist.
    this.version(1).stores({
      meta: 'key',
      activity: '++id, day, metric, [metric+day], site',
    });
  }
}

let shared: EerlijkWervenDatabase | undefined;

/** The one database connection of this extension context. */
export function getDatabase(): EerlijkWervenDatabase {
  shared ??= new EerlijkWervenDatabase();
  return shared;
}
