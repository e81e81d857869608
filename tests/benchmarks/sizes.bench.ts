/**
 * Size of every built entry point of the store build (docs/decisions.md#measured-not-hoped): the
 * background worker, each content script, each extension page's own JS and CSS, and the shared
 * chunks, raw and gzip-compressed (level 9, roughly what a store download and a disk cache cost).
 *
 * Builds `.output/chrome-mv3` with `npm run build` in a child process first.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatBytes, type BenchResult, type BenchRow } from './format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT = join(ROOT, '.output/chrome-mv3');

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

function buildStore(): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const output: Buffer[] = [];
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', rejectBuild);
    child.on('close', (code) =>
      code === 0 ? resolveBuild() : rejectBuild(new Error(`npm run build failed (${code}):\n${Buffer.concat(output).toString('utf8')}`)),
    );
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(OUTPUT, join(entry.parentPath, entry.name)));
}

/** Drops Vite's content hash so names stay comparable between runs: `chunks/popup-Ab12Cd34.js` → `chunks/popup.js`. */
export function withoutHash(file: string): string {
  return file.replace(/-[\w-]{8}(\.(?:js|css))$/, '$1');
}

/** Scripts and style sheets an extension page loads, in document order, relative to the output. */
export function pageAssets(html: string): string[] {
  const assets: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const path = match[1];
    if (path && !/^[a-z]+:/i.test(path)) assets.push(path.replace(/^\/+/, ''));
  }
  return assets;
}

export default async function sizes(): Promise<BenchResult> {
  await buildStore();
  const files = await listFiles(OUTPUT);
  const sizeCache = new Map<string, { raw: number; gzip: number }>();
  const measure = async (file: string): Promise<{ raw: number; gzip: number }> => {
    const known = sizeCache.get(file);
    if (known) return known;
    const bytes = await readFile(join(OUTPUT, file));
    const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizeCache.set(file, size);
    return size;
  };
  const row = async (name: string, file: string): Promise<BenchRow> => {
    const { raw, gzip } = await measure(file);
    return { name: `${name} (${withoutHash(file)})`, value: `${formatBytes(raw)} raw · ${formatBytes(gzip)} gzip` };
  };

  const rows: BenchRow[] = [];
  const entryFiles = new Set<string>();
  const manifest = JSON.parse(await readFile(join(OUTPUT, 'manifest.json'), 'utf8')) as Manifest;

  const background = manifest.background?.service_worker;
  if (background) {
    rows.push(await row('background', background));
    entryFiles.add(background);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
      if (entryFiles.has(file)) continue;
      rows.push(await row('content script', file));
      entryFiles.add(file);
    }
  }
  // Content scripts registered at run time (browser.scripting) are not in the manifest.
  for (const file of files.filter((name) => name.startsWith('content-scripts/') && !entryFiles.has(name)).sort()) {
    rows.push(await row('content script', file));
    entryFiles.add(file);
  }

  const pages = files.filter((name) => name.endsWith('.html') && !name.includes('/')).sort();
  const sharedByPage = new Map<string, string[]>();
  for (const page of pages) {
    const pageName = page.replace(/\.html$/, '');
    const assets = pageAssets(await readFile(join(OUTPUT, page), 'utf8'));
    const own = assets.filter((asset) => withoutHash(asset).endsWith(`/${pageName}.js`) || withoutHash(asset).endsWith(`/${pageName}.css`));
    for (const asset of own) {
      rows.push(await row(`${pageName} page`, asset));
      entryFiles.add(asset);
    }
    sharedByPage.set(pageName, assets);
  }

  // WXT copies public/ as is: the demo pages ride along and are reported as one figure.
  const isDemo = (name: string): boolean => name.startsWith('demo/');
  const shared = files.filter((name) => /\.(?:js|css)$/.test(name) && !entryFiles.has(name) && !isDemo(name)).sort();
  for (const file of shared) rows.push(await row('shared chunk', file));
  const demoFiles = files.filter(isDemo);
  if (demoFiles.length > 0) {
    let raw = 0;
    let gzip = 0;
    for (const file of demoFiles) {
      const size = await measure(file);
      raw += size.raw;
      gzip += size.gzip;
    }
    rows.push({
      name: `demo pages copied from public/demo (${demoFiles.length} files)`,
      value: `${formatBytes(raw)} raw · ${formatBytes(gzip)} gzip`,
    });
  }

  // What each page downloads in total (its own files plus the shared chunks it links).
  for (const [pageName, assets] of sharedByPage) {
    let raw = 0;
    let gzip = 0;
    for (const asset of assets) {
      if (!files.includes(asset)) continue;
      const size = await measure(asset);
      raw += size.raw;
      gzip += size.gzip;
    }
    rows.push({ name: `${pageName} page, everything it loads`, value: `${formatBytes(raw)} raw · ${formatBytes(gzip)} gzip` });
  }

  let totalRaw = 0;
  let totalGzip = 0;
  for (const file of files.filter((name) => /\.(?:js|css)$/.test(name) && !isDemo(name))) {
    const size = await measure(file);
    totalRaw += size.raw;
    totalGzip += size.gzip;
  }
  rows.push({ name: 'all JS and CSS of the extension', value: `${formatBytes(totalRaw)} raw · ${formatBytes(totalGzip)} gzip` });

  return {
    title: 'Built entry points (store build, chrome-mv3)',
    rows,
    notes: [
      'Minified by `npm run build`; gzip at level 9. 1 kB = 1024 bytes.',
      'Shared chunks are loaded by several pages; "everything it loads" counts them once per page.',
    ],
  };
}
