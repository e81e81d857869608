import { describe, expect, it } from 'vitest';
import { formatImportErrors, importPack, MAX_PACK_BYTES, type PackImportErrorCode } from '../../../lib/checklist/pack-parse';
import { loadDefaultPack, readFixture } from './helpers';

function failure(input: unknown) {
  const result = importPack(input);
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

/**
 * Every broken fixture, the error it must produce, where, and words a person needs to see in
 * both languages (the place in the pack and what to do).
 */
const BROKEN: { file: string; code: PackImportErrorCode; path: string; nl: string[]; en: string[] }[] = [
  { file: 'broken-empty.json', code: 'empty', path: '', nl: ['leeg'], en: ['empty'] },
  { file: 'broken-not-json.json', code: 'not-json', path: '', nl: ['geen leesbare JSON'], en: ['not readable JSON'] },
  {
    file: 'broken-list.json',
    code: 'not-an-object',
    path: '',
    nl: ['geen checklistpakket', 'lijst'],
    en: ['not a checklist pack', 'list'],
  },
  { file: 'broken-not-a-pack.json', code: 'not-a-pack', path: '', nl: ['geen checklistpakket'], en: ['not a checklist pack'] },
  {
    file: 'broken-newer-schema.json',
    code: 'schema-version-newer',
    path: '',
    nl: ['formaatversie 2', 'Werk de extensie bij'],
    en: ['format version 2', 'Update the extension'],
  },
  {
    file: 'broken-missing-schema-version.json',
    code: 'schema-version-missing',
    path: '',
    nl: ['schemaVersion', 'ontbreekt'],
    en: ['schemaVersion', 'missing'],
  },
  {
    file: 'broken-missing-done-when.json',
    code: 'missing-field',
    path: 'sections[1].items[0].doneWhen',
    nl: ['onderdeel 2 ‘Begeleiding’', 'punt 1 ‘beg-praktijkopleider’', 'klaar als', 'ontbreekt'],
    en: ['section 2 ‘Begeleiding’', 'item 1 ‘beg-praktijkopleider’', 'done when', 'missing'],
  },
  {
    file: 'broken-missing-translation.json',
    code: 'missing-translation',
    path: 'sections[0].items[1].title.en',
    nl: ['punt 2 ‘werv-geen-foto’', 'Engelse tekst', 'titel'],
    en: ['item 2 ‘werv-geen-foto’', 'English text', 'title'],
  },
  {
    file: 'broken-duplicate-item-id.json',
    code: 'duplicate-id',
    path: 'sections[1].items[1].id',
    nl: ['‘werv-breed’', 'al eerder', 'Elk punt'],
    en: ['‘werv-breed’', 'already used', 'Every item'],
  },
  {
    file: 'broken-duplicate-section-id.json',
    code: 'duplicate-id',
    path: 'sections[1].id',
    nl: ['onderdeel 2', '‘werving’', 'Elk onderdeel'],
    en: ['section 2', '‘werving’', 'Every section'],
  },
  {
    file: 'broken-bad-url.json',
    code: 'bad-url',
    path: 'sections[0].items[0].sources[1].url',
    nl: ['bron 2', '‘javascript:alert(1)’', 'https://'],
    en: ['source 2', '‘javascript:alert(1)’', 'https://'],
  },
  {
    file: 'broken-empty-section.json',
    code: 'empty-section',
    path: 'sections[1].items',
    nl: ['onderdeel 2 ‘Begeleiding’', 'geen punten'],
    en: ['section 2 ‘Begeleiding’', 'no items'],
  },
  { file: 'broken-no-sections.json', code: 'no-sections', path: 'sections', nl: ['geen onderdelen'], en: ['no sections'] },
  {
    file: 'broken-bad-priority.json',
    code: 'bad-value',
    path: 'sections[0].items[0].priority',
    nl: ['‘high’', 'prioriteit', 'must, should, could'],
    en: ['‘high’', 'priority', 'must, should, could'],
  },
  { file: 'broken-bad-version.json', code: 'bad-version', path: 'version', nl: ['‘1.0’', '1.2.0'], en: ['‘1.0’', '1.2.0'] },
  {
    file: 'broken-bad-id.json',
    code: 'bad-id',
    path: 'sections[0].items[0].id',
    nl: ['‘Werv Breed’', 'kleine letters'],
    en: ['‘Werv Breed’', 'lower-case'],
  },
  {
    file: 'broken-no-sources.json',
    code: 'empty-list',
    path: 'sections[1].items[1].sources',
    nl: ['punt 2 ‘beg-taken’', 'bronnen', 'leeg'],
    en: ['item 2 ‘beg-taken’', 'sources', 'empty'],
  },
  {
    file: 'broken-wrong-type.json',
    code: 'wrong-type',
    path: 'sections[0].items[1].contexts',
    nl: ['contexten', 'lijst'],
    en: ['contexts', 'list'],
  },
  {
    file: 'broken-empty-text.json',
    code: 'empty-text',
    path: 'sections[0].items[0].why.nl',
    nl: ['Nederlandse tekst', 'waarom', 'leeg'],
    en: ['Dutch text', 'why', 'empty'],
  },
];

describe('importPack: broken packs get a clear message', () => {
  it.each(BROKEN)('$file → $code', ({ file, code, path, nl, en }) => {
    const result = failure(readFixture(file));
    const error = result.errors.find((candidate) => candidate.code === code);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.path).toBe(path);
    for (const words of nl) expect(error!.message.nl).toContain(words);
    for (const words of en) expect(error!.message.en).toContain(words);
    // No schema jargon reaches a person.
    for (const message of [error!.message.nl, error!.message.en]) {
      expect(message).not.toMatch(/invalid_type|too_small|Invalid input|expected string|ZodError/);
    }
  });

  it('covers at least ten broken fixtures', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(10);
  });
});

describe('importPack: other input', () => {
  it('accepts the valid fixtures and the default pack, from text or parsed', () => {
    expect(importPack(readFixture('valid-school-pack.json')).ok).toBe(true);
    expect(importPack(JSON.parse(readFixture('valid-school-pack-v1.1.json'))).ok).toBe(true);
    const result = importPack(JSON.stringify(loadDefaultPack()));
    expect(result.ok && result.pack.sections.length).toBe(9);
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(importPack(`\uFEFF${readFixture('valid-school-pack.json')}`).ok).toBe(true);
  });

  it('rejects a file that is too large before parsing it', () => {
    const huge = `{"schemaVersion":1,"padding":"${'x'.repeat(MAX_PACK_BYTES)}"}`;
    const result = failure(huge);
    expect(result.errors[0]!.code).toBe('too-large');
    expect(result.errors[0]!.message.nl).toContain('te groot');
    expect(failure('{"a":1}'.padEnd(200, ' ')).errors[0]!.code).toBe('not-a-pack');
    expect(importPack(readFixture('valid-school-pack.json'), { maxBytes: 100 }).ok).toBe(false);
  });

  it('rejects values that are not objects', () => {
    for (const value of [null, 42, 'true', [], undefined]) {
      expect(failure(value).errors[0]!.code, String(value)).toMatch(/not-an-object|not-json|empty/);
    }
  });

  it('rejects a schemaVersion that is not a whole number', () => {
    const pack = JSON.parse(readFixture('valid-school-pack.json')) as Record<string, unknown>;
    expect(failure({ ...pack, schemaVersion: '1' }).errors[0]!.code).toBe('schema-version-invalid');
    expect(failure({ ...pack, schemaVersion: 0 }).errors[0]!.code).toBe('schema-version-invalid');
  });

  it('reports duplicates alongside other problems in the same file', () => {
    const pack = JSON.parse(readFixture('broken-duplicate-item-id.json')) as { version: string };
    pack.version = 'one';
    const codes = failure(pack).errors.map((error) => error.code);
    expect(codes).toEqual(expect.arrayContaining(['bad-version', 'duplicate-id']));
  });

  it('lists at most the first problems and says how many more there are', () => {
    const pack = JSON.parse(readFixture('valid-school-pack.json')) as { sections: { items: { why?: unknown }[] }[] };
    for (const section of pack.sections) for (const item of section.items) delete item.why;
    const result = importPack(pack, { maxErrors: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.omitted).toBe(2);
    expect(formatImportErrors(result, 'nl')).toContain('En nog 2 andere problemen.');
    expect(formatImportErrors(result, 'en').split('\n')).toHaveLength(3);
  });
});
