import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Comments cite docs/decisions.md by anchor, never by issue number (docs/decisions.md). These tests
 * keep every cited anchor pointing at an entry, and keep issue numbers out of the code and docs.
 */
const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['lib', 'entrypoints', 'components', 'scripts', 'tests', 'docs', 'README.md', 'wxt.config.ts', 'eslint.config.js'];
const SKIPPED = new Set(['artifacts', 'fixtures', 'screenshots', 'node_modules']);
const TEXT_FILE = /\.(ts|tsx|js|md|css|html)$/;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => filesUnder(join(path, name)));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

const files = SCANNED.flatMap((entry) => filesUnder(join(ROOT, entry)));
const decisions = readFileSync(join(ROOT, 'docs/decisions.md'), 'utf8');
const anchors = new Set([...decisions.matchAll(/^#{2,4} (.+)$/gm)].map((match) => anchorOf(match[1] as string)));

describe('docs/decisions.md', () => {
  it('makes anchors the way GitHub does', () => {
    expect(anchorOf('Site adapters, then generic')).toBe('site-adapters-then-generic');
    expect(anchors.has('no-import-cycles')).toBe(true);
  });

  it('has an entry for every anchor the code and docs cite', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/decisions\.md#([a-z0-9-]+)/g)) {
        if (!anchors.has(match[1] as string)) broken.push(`${file.slice(ROOT.length + 1)}: #${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is cited instead of issue numbers, which no reader of the repository can follow', () => {
    const citing = files.filter((file) => /\bissues? #\d/i.test(readFileSync(file, 'utf8'))).map((file) => file.slice(ROOT.length + 1));
    expect(citing).toEqual([]);
  });
});
