/**
 * The blind-set figures as a Markdown table. The e2e test writes it to the artifacts folder on
 * every run, and into a named section of docs/blind-screening-eval.md when asked
 * (`EW_BLIND_EVAL_DOC=BEFORE` or `AFTER`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { PageResult } from './judge';

export interface Totals {
  pages: number;
  passed: number;
  left: number;
  hide: number;
  missing: number;
  stay: number;
  photosVisible: number;
  photos: number;
  fieldsChanged: number;
  fieldsReadable: number;
  fields: number;
  paintedFrames: number;
  pagesPainted: number;
  changedOtherPages: number;
}

export function totalsOf(results: readonly PageResult[]): Totals {
  const sum = (pick: (result: PageResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  return {
    pages: results.length,
    passed: results.filter((result) => result.pass).length,
    left: sum((result) => result.left.length),
    hide: sum((result) => result.hideTotal),
    missing: sum((result) => result.missing.length),
    stay: sum((result) => result.stayTotal),
    photosVisible: sum((result) => result.photosVisible),
    photos: sum((result) => result.photosTotal),
    fieldsChanged: sum((result) => result.fieldsChanged.length),
    fieldsReadable: sum((result) => result.fieldsReadable.length),
    fields: sum((result) => result.fieldsTotal),
    paintedFrames: sum((result) => result.paintedFrames),
    pagesPainted: results.filter((result) => result.paintedFrames > 0).length,
    changedOtherPages: results.filter((result) => result.role !== 'applicants' && result.changes.length > 0).length,
  };
}

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

export function reportMarkdown(results: readonly PageResult[], label: string, known: Readonly<Record<string, string>> = {}): string {
  const totals = totalsOf(results);
  const lines = [
    `${label}: **${totals.passed} of ${totals.pages} pages pass**. Markers left readable: ${totals.left} of ${totals.hide}; ` +
      `texts that must stay but were hidden: ${totals.missing} of ${totals.stay}; photos visible: ${totals.photosVisible} of ${totals.photos}; ` +
      `form fields changed: ${totals.fieldsChanged}, still readable: ${totals.fieldsReadable} of ${totals.fields}; ` +
      `animation frames painted with an applicant name: ${totals.paintedFrames} (on ${totals.pagesPainted} pages); ` +
      `vacancy and other pages changed: ${totals.changedOtherPages} of ${results.filter((result) => result.role !== 'applicants').length}.`,
    '',
    '| page | role | pass | markers left | over-redacted | photos visible | fields changed / readable | frames with a name | changes on a non-applicant page |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    lines.push(
      `| ${result.file} | ${result.role} | ${result.pass ? 'yes' : result.neverShown ? 'no (never shown)' : 'no'} | ` +
        `${result.left.length} / ${result.hideTotal} | ${result.missing.length} / ${result.stayTotal} | ` +
        `${result.photosVisible} / ${result.photosTotal} | ${result.fieldsChanged.length} / ${result.fieldsReadable.length} of ${result.fieldsTotal} | ` +
        `${result.paintedFrames} of ${result.frames} | ${cell(result.changes.slice(0, 3).join('; ')) || '—'} |`,
    );
  }
  const details = results.filter((result) => !result.pass || result.setProblems.length > 0);
  if (details.length > 0) {
    lines.push('', 'What failed, by page (markers by kind and where they were still readable):', '');
    for (const result of details) {
      const parts: string[] = [];
      if (known[result.file] !== undefined) parts.push(`known: ${known[result.file]}`);
      if (result.left.length > 0) {
        const byKind = new Map<string, number>();
        for (const marker of result.left)
          byKind.set(`${marker.kind} (${marker.where})`, (byKind.get(`${marker.kind} (${marker.where})`) ?? 0) + 1);
        parts.push(`left: ${[...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
      }
      if (result.missing.length > 0) parts.push(`over-redacted: ${result.missing.length}`);
      if (result.photosVisible > 0) parts.push(`photos visible: ${result.photosVisible}`);
      if (result.fieldsChanged.length > 0) parts.push(`fields changed: ${result.fieldsChanged.length}`);
      if (result.fieldsReadable.length > 0) parts.push(`fields readable: ${result.fieldsReadable.length}`);
      if (result.changes.length > 0) parts.push(`changes: ${result.changes.length}`);
      if (result.setProblems.length > 0)
        parts.push(`set entries not found without the extension (not counted): ${result.setProblems.length}`);
      lines.push(`- ${result.file}: ${parts.join('; ') || 'painted a name'}`);
    }
  }
  return lines.join('\n');
}

/** Replace the section between `<!-- NAME:start -->` and `<!-- NAME:end -->` in a Markdown file. */
export async function writeSection(path: string, name: string, body: string): Promise<void> {
  const current = await readFile(path, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${path} has no section ${name}`);
  await writeFile(path, `${current.slice(0, from + start.length)}\n${body}\n${current.slice(to)}`);
}
