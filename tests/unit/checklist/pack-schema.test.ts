import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serialisePackJsonSchema } from '../../../lib/checklist/pack-json-schema';
import { findDuplicateIds, findItem, packItems, packSchema, PACK_SCHEMA_VERSION } from '../../../lib/checklist/pack-schema';
import { loadDefaultPack, makeItem, PUBLIC_PACKS } from './helpers';

describe('default pack "Gouden standaard gelijke stagekansen"', () => {
  const pack = loadDefaultPack();
  const items = packItems(pack);

  it('validates against the zod schema', () => {
    const raw: unknown = JSON.parse(readFileSync(`${PUBLIC_PACKS}gouden-standaard.json`, 'utf8'));
    expect(packSchema.safeParse(raw).success).toBe(true);
    expect(pack.schemaVersion).toBe(PACK_SCHEMA_VERSION);
  });

  it('has 45 to 60 items in 8 or 9 sections that follow recruitment and the placement', () => {
    expect(items.length).toBeGreaterThanOrEqual(45);
    expect(items.length).toBeLessThanOrEqual(60);
    expect(pack.sections.map((section) => section.id)).toEqual([
      'beleid',
      'vacature',
      'werving',
      'selectie',
      'begeleiding',
      'melden',
      'monitoring',
      'training',
      'toegankelijkheid',
    ]);
  });

  it('grounds every item in at least one named source, with web links for most', () => {
    for (const { item } of items) expect(item.sources.length, item.id).toBeGreaterThan(0);
    const linked = items.filter(({ item }) => item.sources.some((source) => source.url)).length;
    // A source without a public web page (e.g. a report only on paper) is allowed, but rare.
    expect(linked / items.length).toBeGreaterThan(0.95);
  });

  it('uses every priority, basis and context at least once', () => {
    const used = (key: 'priority' | 'basis') => new Set(items.map(({ item }) => item[key]));
    expect(used('priority')).toEqual(new Set(['must', 'should', 'could']));
    expect(used('basis')).toEqual(new Set(['law', 'sbb', 'stagepact', 'guideline', 'good-practice']));
    expect(new Set(items.flatMap(({ item }) => item.contexts))).toEqual(
      new Set(['vacancy', 'screening', 'interview', 'placement', 'general']),
    );
  });

  it('links each pillar metric to exactly one item', () => {
    const metrics = items.flatMap(({ item }) => (item.metric ? [item.metric] : []));
    expect(metrics.sort()).toEqual([
      'applicants-screened-blind',
      'decided-before-reveal',
      'findings-fixed',
      'reveals-with-override',
      'vacancies-checked',
      'vacancies-readable',
    ]);
  });

  it('has distinct Dutch and English texts (no untranslated copies)', () => {
    for (const { item } of items) {
      for (const field of ['title', 'doneWhen', 'why', 'evidence'] as const) {
        expect(item[field].nl, `${item.id}.${field}`).not.toBe(item[field].en);
      }
    }
  });
});

describe('JSON Schema file', () => {
  it('equals what scripts/write-pack-schema.ts generates (run `npm run pack-schema` after changing the zod schema)', () => {
    expect(readFileSync(`${PUBLIC_PACKS}pack.schema.json`, 'utf8')).toBe(serialisePackJsonSchema());
  });

  it('describes the required fields of an item', () => {
    const schema = JSON.parse(serialisePackJsonSchema()) as { $defs: Record<string, { required?: string[] }> };
    expect(schema.$defs.Item?.required).toEqual(
      expect.arrayContaining(['id', 'title', 'doneWhen', 'why', 'priority', 'basis', 'sources', 'contexts', 'evidence']),
    );
    expect(schema.$defs.Item?.required).not.toContain('metric');
  });
});

describe('pack schema rules', () => {
  const base = loadDefaultPack();

  it('rejects an item id used twice, even across sections', () => {
    const copy = structuredClone(base);
    copy.sections[1]!.items.push(makeItem(copy.sections[0]!.items[0]!.id));
    const result = packSchema.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'items', copy.sections[1]!.items.length - 1, 'id']);
  });

  it('rejects link schemes other than http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'https://localhost/x']) {
      const copy = structuredClone(base);
      copy.sections[0]!.items[0]!.sources = [{ label: 'x', url }];
      expect(packSchema.safeParse(copy).success, url).toBe(false);
    }
  });

  it('rejects ids that are not lower-case kebab words and versions that are not semver', () => {
    for (const id of ['Vac', 'vac_leeftijd', 'vac--x', '-vac', '']) {
      const copy = structuredClone(base);
      copy.sections[0]!.items[0]!.id = id;
      expect(packSchema.safeParse(copy).success, id).toBe(false);
    }
    for (const version of ['1', '1.0', 'v1.0.0', '01.0.0']) {
      expect(packSchema.safeParse({ ...base, version }).success, version).toBe(false);
    }
    expect(packSchema.safeParse({ ...base, version: '2.0.0-beta.1' }).success).toBe(true);
  });

  it('finds duplicate section ids and item ids with their paths', () => {
    expect(
      findDuplicateIds({
        sections: [
          { id: 'a', items: [{ id: 'x' }] },
          { id: 'a', items: [{ id: 'y' }, { id: 'x' }] },
        ],
      }),
    ).toEqual([
      { kind: 'section', id: 'a', path: ['sections', 1, 'id'] },
      { kind: 'item', id: 'x', path: ['sections', 1, 'items', 1, 'id'] },
    ]);
  });

  it('finds an item with its section, or nothing', () => {
    expect(findItem(base, 'vac-leeftijd')?.section.id).toBe('vacature');
    expect(findItem(base, 'no-such-item')).toBeUndefined();
  });
});

it('every item of the bundled pack names at least one source with a link to read it', () => {
  const pack = loadDefaultPack();
  const withoutLink = pack.sections.flatMap((section) =>
    section.items.filter((item) => !item.sources.some((source) => source.url)).map((item) => item.id),
  );
  expect(withoutLink).toEqual([]);
});
