/**
 * `npm run bench`: runs every `tests/benchmarks/*.bench.ts` module in name order, each in a fresh
 * Node process, prints its figures and writes them all to `docs/benchmarks.md` with the date and
 * the machine. A fresh process per module: the heap and compiled code that one module leaves
 * behind (a browser session, a large DOM, megabytes of text) must not slow the next one's figures.
 *
 * `npm run bench -- sizes` runs only modules whose file name contains "sizes" and only prints:
 * the Markdown file always holds a complete run. A module that throws is reported as "did not
 * finish" with its reason, the others' figures are still written, and the exit code is 1.
 */
import { fork } from 'node:child_process';
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

/** What a module's process sends back: its figures, or why it could not finish. */
type ModuleOutcome = { result: unknown } | { reason: string };

/** In the module's own process: run it and send the outcome to the parent. */
async function runModule(file: string): Promise<void> {
  const module = (await import(pathToFileURL(join(HERE, file)).href)) as { default?: unknown };
  let outcome: ModuleOutcome;
  try {
    if (typeof module.default !== 'function') throw new Error(`${file} must export a default async function`);
    outcome = { result: await (module.default as Benchmark)() };
  } catch (error) {
    outcome = { reason: error instanceof Error ? error.message : String(error) };
  }
  await new Promise<void>((done) => process.send?.(outcome, () => done()));
}

function runInFreshProcess(file: string): Promise<ModuleOutcome> {
  return new Promise((resolveOutcome) => {
    let outcome: ModuleOutcome | undefined;
    const child = fork(fileURLToPath(import.meta.url), ['--module', file], { stdio: 'inherit' });
    child.on('message', (message) => (outcome = message as ModuleOutcome));
    child.on('error', (error) => (outcome ??= { reason: error.message }));
    child.on('exit', (code) => resolveOutcome(outcome ?? { reason: `its process ended with code ${code} before it reported` }));
  });
}

async function main(): Promise<void> {
  const moduleFlag = process.argv.indexOf('--module');
  if (moduleFlag !== -1) return runModule(process.argv[moduleFlag + 1] ?? '');
  const filter = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const files = (await readdir(HERE)).filter((name) => name.endsWith('.bench.ts')).sort();
  const selected = filter ? files.filter((name) => name.includes(filter)) : files;
  if (selected.length === 0) throw new Error(`No benchmark matches ${JSON.stringify(filter)} in ${HERE}`);

  const results: BenchResult[] = [];
  const failed: string[] = [];
  for (const file of selected) {
    const started = performance.now();
    const outcome = await runInFreshProcess(file);
    // One module that cannot finish (a browser that does not start on a loaded machine) must
    // not cost the figures of the others: the report says which one failed and why.
    let result = 'result' in outcome ? outcome.result : undefined;
    if ('reason' in outcome) {
      failed.push(file);
      result = { title: file, rows: [{ name: 'did not finish', value: outcome.reason.split('\n')[0] ?? outcome.reason }] };
    }
    if (!isBenchResult(result)) throw new Error(`${file} returned something that is not { title, rows: [{ name, value }] }`);
    results.push(result);
    console.log(`${formatResultText(result)}\n  (${file}, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  if (failed.length > 0) process.exitCode = 1;

  if (filter) {
    console.log(`Filtered run: ${REPORT} left unchanged.`);
    return;
  }
  await mkdir(dirname(REPORT), { recursive: true });
  await writeFile(REPORT, formatReportMarkdown(machineInfo(), results));
  console.log(`Wrote ${REPORT}${failed.length > 0 ? `; did not finish: ${failed.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
