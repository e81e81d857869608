/**
 * Formatting for `npm run bench`: the shape every `*.bench.ts` module returns, byte sizes, and the
 * Markdown that goes into `docs/benchmarks.md`.
 */

export interface BenchRow {
  name: string;
  value: string;
}

export interface BenchResult {
  title: string;
  rows: BenchRow[];
  notes?: string[];
}

/** What a `tests/benchmarks/*.bench.ts` module exports as default. */
export type Benchmark = () => Promise<BenchResult>;

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

/** `1234` → `1.21 kB` (1 kB = 1024 bytes, as WXT and browsers' devtools print sizes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a size: ${bytes}`);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(2)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Escapes a value for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One Markdown section: heading, a two-column table, notes as a list. */
export function formatResultMarkdown(result: BenchResult): string {
  const lines = [`## ${result.title}`, '', '| measure | value |', '|---|---|'];
  for (const row of result.rows) lines.push(`| ${cell(row.name)} | ${cell(row.value)} |`);
  if (result.notes && result.notes.length > 0) {
    lines.push('');
    for (const note of result.notes) lines.push(`- ${note}`);
  }
  return lines.join('\n');
}

/** The whole `docs/benchmarks.md`. */
export function formatReportMarkdown(machine: MachineInfo, results: readonly BenchResult[]): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`tests/benchmarks/run.ts`). Figures are measured on the machine below, not asserted;',
    'compare runs on the same machine only.',
    '',
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}`,
    `- Node: ${machine.node}`,
    '',
    ...results.flatMap((result) => [formatResultMarkdown(result), '']),
  ].join('\n');
}

/** Plain-text version for the terminal. */
export function formatResultText(result: BenchResult): string {
  const width = Math.max(0, ...result.rows.map((row) => row.name.length));
  const lines = [result.title, '-'.repeat(result.title.length)];
  for (const row of result.rows) lines.push(`${row.name.padEnd(width)}  ${row.value}`);
  for (const note of result.notes ?? []) lines.push(`  * ${note}`);
  return lines.join('\n');
}
