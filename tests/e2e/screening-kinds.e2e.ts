/**
 * Blind screenen on kinds of screens that fooled it before, on our own invented pages
 * (tests/fixtures/pages/screening/kinds/, with a manifest of what must be hidden and what must
 * stay): a candidate record's notes tab with the name beside a record number and in another
 * script, a webmail inbox built as a listbox with a reading pane and a quoted reply, a windowed
 * list rendered late and recycled in place, a modal dialog opened on load, a card board whose
 * names are also ordinary words, and an HR form with a date of birth split over three fields. Each page is
 * judged like a page of the blind set (tests/e2e/blind-set/judge.ts): nothing left, nothing
 * over-redacted, no frame painted with a name.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BlindPage, Visit } from './blind-set/blind-set';
import { judgePage, type PageResult } from './blind-set/judge';
import { visitPage } from './blind-set/visit';
import { enableSite, fixtureUrl, useExtension } from './harness';

const KINDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/screening/kinds');
const PAGES = (JSON.parse(readFileSync(resolve(KINDS_DIR, 'manifest.json'), 'utf8')) as { pages: BlindPage[] }).pages;

describe('Blind screenen on kinds of screens it missed before', () => {
  const ext = useExtension({ language: 'nl' });
  const off = new Map<string, Visit>();
  const results = new Map<string, PageResult>();
  const url = (file: string) => fixtureUrl(`screening/kinds/${file}`);

  it('reads every page without the extension, then with screening switched on', { timeout: 120_000 }, async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: false, checklist: false });
    for (const page of PAGES) off.set(page.file, await visitPage(ext.context, url(page.file), page));
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    for (const page of PAGES)
      results.set(page.file, judgePage(page, off.get(page.file)!, await visitPage(ext.context, url(page.file), page)));
    expect(results.size).toBe(PAGES.length);
    expect(PAGES.map((page) => page.file)).toEqual(
      expect.arrayContaining(['notes-record.html', 'notes-record-en.html', 'inbox.html', 'virtual-list.html', 'modal-quickview.html']),
    );
  });

  it.each(PAGES.map((page) => page.file))('%s: every marker hidden, colleagues readable, no frame painted with a name', (file) => {
    const result = results.get(file);
    expect(result, `no result for ${file}`).toBeDefined();
    expect({
      setProblems: result!.setProblems,
      left: result!.left.map((marker) => `${marker.kind}: ${marker.text}`),
      missing: result!.missing,
      photosVisible: result!.photosVisible,
      fieldsChanged: result!.fieldsChanged,
      fieldsReadable: result!.fieldsReadable,
      paintedFrames: result!.paintedFrames,
      neverShown: result!.neverShown,
      changes: result!.changes,
    }).toEqual({
      setProblems: [],
      left: [],
      missing: [],
      photosVisible: 0,
      fieldsChanged: [],
      fieldsReadable: [],
      paintedFrames: 0,
      neverShown: false,
      changes: [],
    });
    expect(result!.pass).toBe(true);
  });
});
