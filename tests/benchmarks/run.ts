/**
 * `npm run bench`: runs every `tests/benchmarks/*.bench.ts` module in name order, prints its
 * figures and writes them all to `docs/benchmarks.md` with the date and the machine.
 *
 * `npm run bench -- sizes` runs only modules whose file name contains "sizes" and only prints:
 * the Markdown file always holds a complete run.
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatReportMarkdown, formatResultText, type BenchResult, type Benchmark, type MachineInfo } from './format';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const REPORT = join(ROOT, 'docs/benchmarks.md');

function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

function isBenchResult(value: unknown): value is BenchResult {
  if (typeof value !== 'object' || value === null) return false;
  const { title, rows } = value as { title?: unknown; rows?: unknown };
  return (
    typeof title === 'string' &&
    Array.isArray(rows) &&
    rows.every(
      (row: unknown) =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as { name?: unknown }).name === 'string' &&
        typeof (row as { value?: unknown }).value === 'string',
    )
  );
}

async function main(): Promise<void> {
  const filter = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const files = (await readdir(HERE)).filter((name) => name.endsWith('.bench.ts')).sort();
  const selected = filter ? files.filter((name) => name.includes(filter)) : files;
  if (selected.length === 0) throw new Error(`No benchmark matches ${JSON.stringify(filter)} in ${HERE}`);

  const results: BenchResult[] = [];
  for (const file of selected) {
    const module = (await import(pathToFileURL(join(HERE, file)).href)) as { default?: unknown };
    if (typeof module.default !== 'function') throw new Error(`${file} must export a default async function`);
    const started = performance.now();
    const result: unknown = await (module.default as Benchmark)();
    if (!isBenchResult(result)) throw new Error(`${file} returned something that is not { title, rows: [{ name, value }] }`);
    results.push(result);
    console.log(`${formatResultText(result)}\n  (${file}, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }

  if (filter) {
    console.log(`Filtered run: ${REPORT} left unchanged.`);
    return;
  }
  await mkdir(dirname(REPORT), { recursive: true });
  await writeFile(REPORT, formatReportMarkdown(machineInfo(), results));
  console.log(`Wrote ${REPORT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
