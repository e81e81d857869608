import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { recordActivity } from '../../../lib/db/activity';
import { BACKUP_FORMAT, BACKUP_VERSION, createBackup, parseBackup, restoreBackup, type Backup } from '../../../lib/db/backup';
import { EerlijkWervenDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/defaults';

let db: EerlijkWervenDatabase;
beforeEach(async () => {
  db = new EerlijkWervenDatabase(`backup-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function validBackup(): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kind: 'plain',
    exportedAt: '2026-11-28T10:00:00.000Z',
    settings: defaultSettings(),
    tables: {
      meta: [{ key: 'installedAt', value: '2026-01-01' }],
      activity: [{ id: 1, day: '2026-11-02', site: 'acme.nl', metric: 'vacancies-checked', count: 4 }],
    },
  };
}

/** Each broken file, with the error a person will be shown. */
const BROKEN_FILES: [string, string, string, string?][] = [
  ['an empty file', '', 'empty'],
  ['only white space', '  \n\t ', 'empty'],
  ['a file cut off halfway', JSON.stringify(validBackup()).slice(0, 120), 'not-json'],
  ['a spreadsheet saved as text', 'naam;status\nFatima;uitgenodigd', 'not-json'],
  ['a JSON list', '[1, 2, 3]', 'not-a-backup'],
  ['a checklist pack', JSON.stringify({ id: 'gouden-standaard', sections: [] }), 'not-a-backup'],
  ["another extension's backup", JSON.stringify({ ...validBackup(), format: 'other-extension-backup' }), 'not-a-backup'],
  ['a backup from a newer version', JSON.stringify({ ...validBackup(), version: BACKUP_VERSION + 1 }), 'newer-version'],
  ['a backup without tables', JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 'x', settings: {} }), 'not-a-backup'],
  ['settings that are not valid', JSON.stringify({ ...validBackup(), settings: { version: 1, language: 'fr' } }), 'bad-settings'],
  ['an unknown table', JSON.stringify({ ...validBackup(), tables: { applicants: [{ name: 'Fatima' }] } }), 'unknown-table', 'applicants'],
  [
    'a damaged row',
    JSON.stringify({
      ...validBackup(),
      tables: { activity: [{ id: 1, day: 'yesterday', site: 'x', metric: 'vacancies-checked', count: 1 }] },
    }),
    'bad-row',
    'activity #1',
  ],
  [
    'a negative count',
    JSON.stringify({ ...validBackup(), tables: { activity: [{ day: '2026-01-01', site: 'x', metric: 'vacancies-checked', count: -3 }] } }),
    'bad-row',
    'activity #1',
  ],
  [
    'the same record twice',
    JSON.stringify({
      ...validBackup(),
      tables: {
        meta: [
          { key: 'a', value: 1 },
          { key: 'a', value: 2 },
        ],
      },
    }),
    'duplicate-key',
    'meta #2',
  ],
];

describe('parseBackup', () => {
  test('a backup made by createBackup parses back to the same data', async () => {
    await recordActivity(db, { site: 'acme.nl', metric: 'vacancies-checked', count: 2 }, new Date(2026, 10, 3));
    const backup = await createBackup(db, defaultSettings(), { kind: 'plain', now: new Date('2026-11-28T10:00:00Z') });
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed).toEqual({ ok: true, backup });
  });

  test.each(BROKEN_FILES)('%s is refused', (_label, text, code, where) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      if (where) expect(parsed.error.where).toBe(where);
    }
  });
});

describe('restoreBackup', () => {
  test('replaces every table the backup holds', async () => {
    await db.meta.put({ key: 'old', value: true });
    await restoreBackup(db, validBackup());
    expect(await db.meta.toArray()).toEqual([{ key: 'installedAt', value: '2026-01-01' }]);
    expect(await db.activity.count()).toBe(1);
  });

  test('a backup that lacks a table leaves that table alone', async () => {
    await db.vacancyIgnored.put({ site: 'acme.nl', fingerprint: 'f1', ruleId: 'nl.age.young', day: '2026-11-01' });
    const old = validBackup();
    expect(old.tables.vacancyIgnored).toBeUndefined();
    await restoreBackup(db, old);
    expect(await db.vacancyIgnored.count()).toBe(1);
  });

  test('a failure halfway leaves the existing data untouched', async () => {
    await db.meta.put({ key: 'keep-me', value: 1 });
    const broken = validBackup();
    // Two rows with one primary key: bulkAdd fails after the tables were cleared.
    broken.tables.activity = [
      { id: 7, day: '2026-11-01', site: 'a', metric: 'vacancies-checked', count: 1 },
      { id: 7, day: '2026-11-02', site: 'b', metric: 'vacancies-checked', count: 1 },
    ];
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await db.meta.toArray()).toEqual([{ key: 'keep-me', value: 1 }]);
  });
});
