/**
 * What Blind screenen's start-up scripts cost a page before it is parsed (issue 10: "report
 * start-up size and parse time, lexicon included"). The scripts run at document_start, so the
 * page's parser waits for them: the dock, the name lexicon and the screening script, in that order.
 *
 * A copy of the automation build gets a timestamp at the first and last line of each script; the
 * time from one script's last line to the next one's first line is the browser loading and
 * compiling the next file. Where the screening script's own time goes was read from a CPU profile
 * (docs/decisions.md, "Show the top of a long page first"). Measured, not asserted.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/static-server';
import { launchExtension } from '../e2e/harness/launch';
import { getStoredSettings, setStoredSettings, waitForRegistration, withSiteEnabled } from '../e2e/harness/settings';
import { buildForAutomation, EXTENSION, median, ROOT } from './e2e-build';
import { formatBytes, type BenchResult } from './format';

/** As entrypoints/background/content-script-registry.ts registers them for screening, in order. */
const SCRIPTS = ['dock', 'name-lexicon', 'screening'] as const;
const RUNS = 5;
const MARK = 'ew-startup';

type Stamps = Map<string, number>;

/** Copies the build and stamps each start-up script's first and last line on the console. */
async function stampedCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'eerlijk-werven-startup-'));
  await cp(EXTENSION, copy, { recursive: true });
  for (const script of SCRIPTS) {
    const file = join(copy, 'content-scripts', `${script}.js`);
    const source = await readFile(file, 'utf8');
    const stamp = (at: string) => `console.log('${MARK} ${script}-${at} ' + performance.now());`;
    await writeFile(file, `${stamp('begin')}\n${source}\n${stamp('end')}\n`);
  }
  return copy;
}

export default async function screeningStartup(): Promise<BenchResult> {
  await buildForAutomation();
  const sizes = await Promise.all(
    SCRIPTS.map(async (script) => {
      const bytes = await readFile(join(EXTENSION, 'content-scripts', `${script}.js`));
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  const copy = await stampedCopy();
  const server = await startStaticServer({ mounts: { '/fixtures/': join(ROOT, 'tests/fixtures/pages') } });
  const session = await launchExtension({ extensionPath: copy, allowedOrigins: [server.url] });
  const loads: Stamps[] = [];
  try {
    const pillars = { vacancy: false, screening: true, checklist: false };
    await setStoredSettings(session.context, withSiteEnabled(await getStoredSettings(session.context), 'http://127.0.0.1/*', pillars));
    await waitForRegistration(session.context, 'http://127.0.0.1/*', pillars);
    // One load first, not counted: the browser's first load of a script reads it from disk.
    for (let run = -1; run < RUNS; run += 1) {
      const page = await session.context.newPage();
      const stamps: Stamps = new Map();
      page.on('console', (message) => {
        const [mark, label, at] = message.text().split(' ');
        if (mark === MARK && label !== undefined && at !== undefined && !stamps.has(label)) stamps.set(label, Number(at));
      });
      await page.goto(`${server.url}/fixtures/screening/applicants-500.html`, { waitUntil: 'load' });
      await page.close();
      const missing = SCRIPTS.flatMap((script) => [`${script}-begin`, `${script}-end`]).filter((label) => !stamps.has(label));
      if (missing.length > 0) throw new Error(`the start-up scripts did not all run on the 500-applicant page: no ${missing.join(', ')}`);
      if (run >= 0) loads.push(stamps);
    }
  } finally {
    await session.close();
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
  const span = (from: string, to: string) => `${median(loads.map((stamps) => stamps.get(to)! - stamps.get(from)!)).toFixed(1)} ms`;
  const total = sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  return {
    title: 'Blind screenen: start-up scripts in the page (Chromium)',
    rows: [
      ...SCRIPTS.map((script, index) => ({
        name: `content-scripts/${script}.js: size`,
        value: `${formatBytes(sizes[index]!.raw)} raw · ${formatBytes(sizes[index]!.gzip)} gzip`,
      })),
      { name: 'all three: size', value: `${formatBytes(total.raw)} raw · ${formatBytes(total.gzip)} gzip` },
      ...SCRIPTS.map((script) => ({
        name: `${script}.js: first line to last (median of ${RUNS})`,
        value: span(`${script}-begin`, `${script}-end`),
      })),
      { name: 'load and compile name-lexicon.js (dock.js done to name-lexicon.js begun)', value: span('dock-end', 'name-lexicon-begin') },
      {
        name: 'load and compile screening.js (name-lexicon.js done to screening.js begun)',
        value: span('name-lexicon-end', 'screening-begin'),
      },
      { name: 'the page waits for all three (dock.js begun to screening.js done)', value: span('dock-begin', 'screening-end') },
    ],
    notes: [
      "screening.js's last line comes after its `main` has started screening (a paint hold, an observer, a message to the background); the rest of its work is asynchronous.",
      'Most of screening.js before `main` is V8 building its several hundred regular expressions; the build writes their \\p{L}, \\p{M} and \\p{N} as classes of block ranges, which V8 builds in a twentieth of the time (scripts/unicode-class-plugin.ts).',
    ],
  };
}
