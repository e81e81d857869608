/**
 * Readability (lib/readability) on top of the Vacaturecheck: the budget is that it adds less
 * than 0.3 ms per 600 words to a check. Texts: written vacancy ads from the readability fixtures
 * (plain and dense, Dutch and English), joined to about 600 words. Also the one-off cost of
 * loading the word lists, and the size of the data the background carries. Measured, not asserted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { readability } from '../../lib/readability/readability';
import { analyze } from '../../lib/wording/analyze';
import { formatBytes, type BenchResult } from './format';

const ROOT = resolve(import.meta.dirname, '../..');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function adOf(lang: 'nl' | 'en', target = 600): string {
  const pairs = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/readability/pairs.json'), 'utf8')) as {
    lang: string;
    plain: string;
    dense: string;
    source: string;
  }[];
  const parts: string[] = [];
  for (const pair of pairs.filter((p) => p.lang === lang && p.source.startsWith('written'))) {
    if (words(parts.join(' ')) >= target) break;
    parts.push(pair.plain, pair.dense);
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** Median cost of a check with and without readability, in alternating rounds on the same load. */
function addedCost(text: string, rounds = 300): { check: number; both: number } {
  for (let i = 0; i < 50; i++) {
    analyze(text);
    readability(text);
  }
  const check: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    analyze(text);
    check.push(performance.now() - start);
    start = performance.now();
    analyze(text);
    readability(text);
    both.push(performance.now() - start);
  }
  return { check: median(check), both: median(both) };
}

export default async function readabilityBenchmark(): Promise<BenchResult> {
  const nl = adOf('nl');
  const en = adOf('en');
  const coldStart = performance.now();
  const first = readability(nl);
  const coldMs = performance.now() - coldStart;
  const rows = [];
  for (const [name, text] of [
    ['Dutch', nl],
    ['English', en],
  ] as const) {
    const { check, both } = addedCost(text);
    const per600 = ((both - check) * 600) / words(text);
    rows.push({
      name: `${name} ads, ${words(text)} words: check alone / check + readability (median of 300)`,
      value: `${check.toFixed(3)} ms / ${both.toFixed(3)} ms: readability adds ${per600.toFixed(3)} ms per 600 words (target < 0.3 ms)`,
    });
  }
  const data = ['words-nl.json', 'words-en.json', 'level-model.json'].map((name) =>
    readFileSync(resolve(ROOT, 'lib/readability/data', name)),
  );
  const raw = data.reduce((sum, b) => sum + b.length, 0);
  const zipped = data.reduce((sum, b) => sum + gzipSync(b).length, 0);
  rows.push(
    { name: 'First call in a fresh process (loads and indexes both word lists)', value: `${coldMs.toFixed(1)} ms (level ${first.level})` },
    {
      name: 'Word lists and model the background carries',
      value: `${formatBytes(raw)} raw, ${formatBytes(zipped)} gzip (no content script loads them)`,
    },
  );
  return {
    title: 'Readability (lib/readability)',
    rows,
    notes: [
      'Alternating rounds: both figures see the same load on the shared two-core machine; the difference is what readability adds to a check.',
      'Readability runs in the background service worker and on extension pages, never in a content script; the content-script sizes above are unchanged by it.',
    ],
  };
}
