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
import { createIncrementalAnalyzer } from '../../lib/wording/incremental';
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

/**
 * One check as the background runs it (entrypoints/background/vacancy-analysis.ts): the wording
 * check of a text it has not seen (a fresh incremental analyser, so nothing is cached), and with
 * `readability` also the readability of the same text on the wording check's paragraphs and tokens,
 * with hints for the hardest sentences only (entrypoints/background/page-readability.ts).
 */
function checkOnce(text: string, withReadability: boolean): void {
  const analyzer = createIncrementalAnalyzer();
  analyzer.analyze(text);
  if (withReadability) readability(text, { paragraphs: analyzer.paragraphs, hints: 'hardest' });
}

interface Cost {
  check: number;
  both: number;
}

/** Wall time and this process's CPU time of `run`, in ms. */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Median cost of a check with and without readability, in alternating rounds on the same load:
 * wall time, and CPU time (less disturbed when other work shares the cores).
 */
function addedCost(text: string, rounds = 300): { wall: Cost; cpu: Cost } {
  for (let i = 0; i < 50; i++) {
    checkOnce(text, false);
    checkOnce(text, true);
  }
  const wall = { check: [] as number[], both: [] as number[] };
  const cpu = { check: [] as number[], both: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const alone = timed(() => checkOnce(text, false));
    const both = timed(() => checkOnce(text, true));
    wall.check.push(alone.wall);
    wall.both.push(both.wall);
    cpu.check.push(alone.cpu);
    cpu.both.push(both.cpu);
  }
  return {
    wall: { check: median(wall.check), both: median(wall.both) },
    cpu: { check: median(cpu.check), both: median(cpu.both) },
  };
}

/** While the user types: one paragraph changed, the wording check redoes only that one; so does readability. */
function typingCost(text: string, rounds = 300): { check: number; both: number } {
  const analyzer = createIncrementalAnalyzer();
  const check: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < rounds + 50; i++) {
    const edited = `${text} ${i}`;
    let start = performance.now();
    analyzer.analyze(edited);
    const checked = performance.now() - start;
    start = performance.now();
    analyzer.analyze(`${edited}.`);
    readability(`${edited}.`, { paragraphs: analyzer.paragraphs, hints: 'hardest' });
    if (i < 50) continue;
    check.push(checked);
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
    const cost = addedCost(text);
    for (const [clock, { check, both }] of [
      ['wall time', cost.wall],
      ['CPU time', cost.cpu],
    ] as const) {
      const per600 = ((both - check) * 600) / words(text);
      rows.push({
        name: `${name} ads, ${words(text)} words: check alone / check + readability (median of 300, ${clock})`,
        value: `${check.toFixed(3)} ms / ${both.toFixed(3)} ms: readability adds ${per600.toFixed(3)} ms per 600 words (target < 0.3 ms)`,
      });
    }
    const typing = typingCost(text);
    rows.push({
      name: `${name} ads, typing at the end (one paragraph changes): check alone / check + readability`,
      value: `${typing.check.toFixed(3)} ms / ${typing.both.toFixed(3)} ms: readability adds ${(typing.both - typing.check).toFixed(3)} ms`,
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
      "A check is what the background does for a block it has not seen: the wording check, then readability on the same paragraphs and tokens (the paragraphs option), so the text is tokenised once, with hints for the hardest sentences only (hints: 'hardest'), as the summary panel shows them.",
      'The readability engine and its word lists run in the background service worker and on extension pages, never in a content script; the vacancy content script carries only the summary panel part that shows the answer (entrypoints/vacancy.content/readability-section.ts, about 1.8 kB raw, 0.8 kB gzip on its own).',
    ],
  };
}
