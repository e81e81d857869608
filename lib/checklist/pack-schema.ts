import { z } from 'zod';
import { bilingualTextSchema, localeSchema } from '../i18n/locale';
import { metricSchema } from '../schema/metrics';

/**
 * The checklist pack format: a plain JSON file that a school, a region or an employers'
 * association can write and share. `schemaVersion` changes only when the file format changes;
 * `version` is the pack's own (semver) release.
 */
export const PACK_SCHEMA_VERSION = 1;

/** must = legal duty or recognition condition; should = strongly advised; could = extra good practice. */
export const PRIORITIES = ['must', 'should', 'could'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

/** Where an item's norm comes from: the law, SBB recognition, the Stagepact mbo, a guideline, or good practice. */
export const BASES = ['law', 'sbb', 'stagepact', 'guideline', 'good-practice'] as const;
export const basisSchema = z.enum(BASES);
export type Basis = z.infer<typeof basisSchema>;

/** Which pillar or site context an item belongs to; the in-page panel shows the matching items. */
export const ITEM_CONTEXTS = ['vacancy', 'screening', 'interview', 'placement', 'general'] as const;
export const itemContextSchema = z.enum(ITEM_CONTEXTS);
export type ItemContext = z.infer<typeof itemContextSchema>;

export { METRICS, metricSchema, type Metric } from '../schema/metrics';

/** Limits keep a shared pack reviewable and the dashboard fast. */
export const PACK_LIMITS = {
  sections: 30,
  itemsPerSection: 100,
  items: 300,
  sourcesPerItem: 12,
  titleChars: 200,
  textChars: 2000,
  idChars: 64,
} as const;

/** Stable, readable ids: lower-case words joined by hyphens ("vac-leeftijd"). */
export const packIdSchema = z
  .string()
  .max(PACK_LIMITS.idChars)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Semantic version "MAJOR.MINOR.PATCH" with optional pre-release, as on semver.org. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const semverSchema = z.string().regex(SEMVER_PATTERN);

/** Only web links: a pack is shared data, so `javascript:` or `data:` links must never reach a page. */
export const webUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

const shortTextSchema = bilingualTextSchema
  .extend({
    nl: z.string().trim().min(1).max(PACK_LIMITS.titleChars),
    en: z.string().trim().min(1).max(PACK_LIMITS.titleChars),
  })
  .meta({ id: 'ShortText', description: 'A short text in Dutch (nl) and English (en).' });
const longTextSchema = bilingualTextSchema
  .extend({
    nl: z.string().trim().min(1).max(PACK_LIMITS.textChars),
    en: z.string().trim().min(1).max(PACK_LIMITS.textChars),
  })
  .meta({ id: 'LongText', description: 'A longer text in Dutch (nl) and English (en).' });

export const sourceSchema = z
  .object({
    label: z.string().trim().min(1).max(PACK_LIMITS.titleChars),
    url: webUrlSchema.optional(),
  })
  .meta({ id: 'Source', description: 'A named source (law, ruling, guideline, study), with a web link where one exists.' });
export type Source = z.infer<typeof sourceSchema>;

export const itemSchema = z
  .object({
    /** Stable across pack versions: progress follows the item by this id. */
    id: packIdSchema.describe('Stable id; keep it when the item text changes so progress follows it.'),
    title: shortTextSchema,
    doneWhen: longTextSchema.describe('When the item counts as done: something a person can verify.'),
    why: longTextSchema.describe('Why the item matters, naming its source.'),
    priority: prioritySchema.describe('must: legal duty or recognition condition; should: strongly advised; could: extra good practice.'),
    basis: basisSchema.describe('Where the norm comes from.'),
    sources: z.array(sourceSchema).min(1).max(PACK_LIMITS.sourcesPerItem),
    contexts: z.array(itemContextSchema).min(1).describe('Where the item is shown in context.'),
    evidence: longTextSchema.describe('What counts as evidence that the item is done.'),
    metric: metricSchema.optional().describe('A figure recorded by Eerlijk Werven that backs this item.'),
  })
  .meta({ id: 'Item' });
export type ChecklistItem = z.infer<typeof itemSchema>;

export const sectionSchema = z
  .object({
    id: packIdSchema,
    title: shortTextSchema,
    description: longTextSchema.optional(),
    items: z.array(itemSchema).min(1).max(PACK_LIMITS.itemsPerSection),
  })
  .meta({ id: 'Section' });
export type ChecklistSection = z.infer<typeof sectionSchema>;

const packShape = z.object({
  /** Lets editors find the JSON Schema; ignored by the product. */
  $schema: z.string().optional(),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION).describe('Version of this file format.'),
  id: packIdSchema,
  name: shortTextSchema,
  version: semverSchema.describe("The pack's own release, as MAJOR.MINOR.PATCH."),
  /** Languages the texts were written in, the original first. */
  languages: z.array(localeSchema).min(1),
  publisher: z.string().trim().min(1).max(PACK_LIMITS.titleChars),
  licence: z.string().trim().min(1).max(PACK_LIMITS.titleChars),
  description: longTextSchema.optional(),
  sections: z.array(sectionSchema).min(1).max(PACK_LIMITS.sections),
});

/** A duplicate id found by {@link findDuplicateIds}; `path` points at the second occurrence. */
export interface DuplicateId {
  kind: 'section' | 'item';
  id: string;
  path: (string | number)[];
}

/** Section ids must be unique, and item ids unique across the whole pack (progress is keyed by item id). */
export function findDuplicateIds(pack: { sections: readonly { id: string; items: readonly { id: string }[] }[] }): DuplicateId[] {
  const duplicates: DuplicateId[] = [];
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  pack.sections.forEach((section, sectionIndex) => {
    if (sectionIds.has(section.id)) {
      duplicates.push({ kind: 'section', id: section.id, path: ['sections', sectionIndex, 'id'] });
    }
    sectionIds.add(section.id);
    section.items.forEach((item, itemIndex) => {
      if (itemIds.has(item.id)) {
        duplicates.push({ kind: 'item', id: item.id, path: ['sections', sectionIndex, 'items', itemIndex, 'id'] });
      }
      itemIds.add(item.id);
    });
  });
  return duplicates;
}

export const packSchema = packShape
  .superRefine((pack, ctx) => {
    for (const duplicate of findDuplicateIds(pack)) {
      ctx.addIssue({
        code: 'custom',
        path: duplicate.path,
        message: `Duplicate ${duplicate.kind} id "${duplicate.id}"`,
        params: { reason: 'duplicate-id', kind: duplicate.kind, id: duplicate.id },
      });
    }
    const itemCount = pack.sections.reduce((sum, section) => sum + section.items.length, 0);
    if (itemCount > PACK_LIMITS.items) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `A pack holds at most ${PACK_LIMITS.items} items`,
        params: { reason: 'too-many-items', count: itemCount },
      });
    }
  })
  .meta({
    title: 'Eerlijk Werven checklist pack',
    description: 'A self-assessment checklist against discrimination in recruitment and internships (Eerlijk Werven).',
  });
export type ChecklistPack = z.infer<typeof packSchema>;

/** Every item of a pack with its section, in pack order. */
export function packItems(pack: ChecklistPack): { section: ChecklistSection; item: ChecklistItem }[] {
  return pack.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Look an item up by id. */
export function findItem(pack: ChecklistPack, itemId: string): { section: ChecklistSection; item: ChecklistItem } | undefined {
  for (const section of pack.sections) {
    const item = section.items.find((candidate) => candidate.id === itemId);
    if (item) return { section, item };
  }
  return undefined;
}
