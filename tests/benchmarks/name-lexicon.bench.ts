/**
 * Blind screenen name lexicon: what it costs a frame to have it. Size of the generated module raw
 * and gzip-compressed, the time V8 takes to compile and run it (what a content script file costs
 * when a frame starts), the time to build the lookup structure (none: lookups work on the string
 * in place), and the time of a lookup and of judging a name. Figures only, never asserted.
 */
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { judgeName } from '../../lib/blinding/name-evidence';
import { createNameLexicon } from '../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../lib/blinding/name-lexicon-data';
import { decodeWordList, wordTag } from '../../lib/blinding/word-list';
import { formatBytes, type BenchResult } from './format';

const MODULE = new URL('../../lib/blinding/name-lexicon-data.ts', import.meta.url);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default async function nameLexiconBenchmark(): Promise<BenchResult> {
  const source = readFileSync(MODULE, 'utf8');
  // The module as plain JavaScript, as a bundler would emit it (types and import dropped).
  const script = source
    .replace(/^import .*$/mu, '')
    .replace(/export const NAME_LEXICON_DATA: NameLexiconData =/u, 'globalThis.__nameLexicon =');
  const bytes = Buffer.byteLength(script);
  const compile: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    // A fresh source each time, so V8 cannot reuse a compiled script.
    const started = performance.now();
    new Script(`${script}\n// run ${run}`).runInThisContext();
    compile.push(performance.now() - started);
  }

  const started = performance.now();
  const lexicon = createNameLexicon(NAME_LEXICON_DATA);
  const createMs = performance.now() - started;

  const words = decodeWordList(NAME_LEXICON_DATA.words).map(([word]) => word);
  const probes = Array.from({ length: 20_000 }, (_, index) => words[(index * 7919) % words.length] ?? '');
  const missing = probes.map((word) => `${word}q`);
  const lookup = (list: string[]): number => {
    const begin = performance.now();
    for (const word of list) wordTag(NAME_LEXICON_DATA.words, word);
    return ((performance.now() - begin) / list.length) * 1000;
  };
  lookup(probes);
  const hitMicros = median([lookup(probes), lookup(probes), lookup(probes)]);
  const missMicros = median([lookup(missing), lookup(missing), lookup(missing)]);

  const names = ['Fleur Koster', 'Mohamed El Amrani', 'Radjesh Ramdin', 'Marketing Manager', 'Senait Tesfamariam', 'Benali, Fatima'];
  const judge = (): number => {
    const begin = performance.now();
    for (let round = 0; round < 2000; round += 1) for (const name of names) judgeName(name, ['list-cell'], lexicon);
    return ((performance.now() - begin) / (2000 * names.length)) * 1000;
  };
  judge();
  const judgeMicros = median([judge(), judge(), judge()]);

  return {
    title: 'Blind screenen: name lexicon',
    rows: [
      { name: `Words (given, family and ordinary words, one list)`, value: words.length.toLocaleString('en') },
      { name: 'Generated module, raw', value: formatBytes(bytes) },
      { name: 'Generated module, gzip -9', value: formatBytes(gzipSync(Buffer.from(script), { level: 9 }).length) },
      { name: 'Compile and run the module (V8, median of 15)', value: `${median(compile).toFixed(2)} ms` },
      { name: 'Compile and run the module (V8, fastest of 15)', value: `${Math.min(...compile).toFixed(2)} ms` },
      { name: 'Build the lookup structure (createNameLexicon)', value: `${createMs.toFixed(3)} ms` },
      { name: 'Lookup of a listed word, uncached', value: `${hitMicros.toFixed(2)} µs` },
      { name: 'Lookup of an unlisted word, uncached', value: `${missMicros.toFixed(2)} µs` },
      { name: 'judgeName on a short cell text (lexicon remembers words)', value: `${judgeMicros.toFixed(2)} µs` },
    ],
    notes: [
      'The list is one Latin-1 string, front-coded in blocks of 12 words; lookups binary-search it in place (lib/blinding/word-list.ts).',
      'Delivery and the reasons for this encoding: lib/blinding/README.md, "Name lexicon".',
    ],
  };
}
