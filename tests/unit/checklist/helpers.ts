import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packSchema, type ChecklistItem, type ChecklistPack, type Priority } from '../../../lib/checklist/pack-schema';
import type { ItemProgress, ItemStatus } from '../../../lib/checklist/progress-schema';

// Vitest runs from the repository root; happy-dom gives import.meta.url an http scheme.
export const FIXTURES = `${resolve(process.cwd(), 'tests/fixtures/packs')}/`;
export const PUBLIC_PACKS = `${resolve(process.cwd(), 'public/packs')}/`;

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export function loadDefaultPack(): ChecklistPack {
  return packSchema.parse(JSON.parse(readFileSync(`${PUBLIC_PACKS}gouden-standaard.json`, 'utf8')));
}

export function makeItem(id: string, priority: Priority = 'must', extra: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    title: { nl: `Titel ${id}`, en: `Title ${id}` },
    doneWhen: { nl: 'Klaar als het vastligt.', en: 'Done when recorded.' },
    why: { nl: 'Omdat het telt.', en: 'Because it counts.' },
    priority,
    basis: 'guideline',
    sources: [{ label: 'Bron', url: 'https://example.org/bron' }],
    contexts: ['general'],
    evidence: { nl: 'Een document.', en: 'A document.' },
    ...extra,
  };
}

/** A pack from a compact description: { sectionId: [[itemId, priority], ...] }. */
export function makePack(sections: Record<string, [string, Priority][]>, version = '1.0.0', id = 'test-pack'): ChecklistPack {
  return packSchema.parse({
    schemaVersion: 1,
    id,
    name: { nl: 'Testpakket', en: 'Test pack' },
    version,
    languages: ['nl', 'en'],
    publisher: 'Tests',
    licence: 'CC0-1.0',
    sections: Object.entries(sections).map(([sectionId, items]) => ({
      id: sectionId,
      title: { nl: `Sectie ${sectionId}`, en: `Section ${sectionId}` },
      items: items.map(([itemId, priority]) => makeItem(itemId, priority)),
    })),
  });
}

export function entry(itemId: string, status: ItemStatus, extra: Partial<ItemProgress> = {}): ItemProgress {
  return {
    itemId,
    status,
    note: '',
    evidence: [],
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...(status === 'not-applicable' ? { naReason: 'Geen stagiairs op deze locatie' } : {}),
    ...extra,
  };
}

export function byItem(...entries: ItemProgress[]): Record<string, ItemProgress> {
  return Object.fromEntries(entries.map((progress) => [progress.itemId, progress]));
}
