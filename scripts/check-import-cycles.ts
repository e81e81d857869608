/**
 * Fails (exit 1) when source files import each other in a circle, or when the folders of `lib/`
 * do: a folder that both uses and is used by another cannot be understood, tested or moved on its
 * own. Type-only imports count too, because they tie the folders together just the same.
 * See docs/decisions.md#no-import-cycles. Run by `npm test` (`npm run cycles`).
 */
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';

const SOURCES = ['lib/**/*.ts', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'];

/** `lib/wording/rules/index.ts` → `lib/wording`; files outside `lib/` have no folder layer. */
export function libFolderOf(file: string): string | null {
  const match = /^lib\/([^/]+)\//.exec(file);
  return match ? `lib/${match[1]}` : null;
}

/** Folder → folder edges, each with one import that makes it (to say where to look). */
export function folderEdges(tree: DependencyTree): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const [file, dependencies] of Object.entries(tree)) {
    const from = libFolderOf(file);
    if (!from || !dependencies) continue;
    for (const dependency of dependencies) {
      const to = dependency.id ? libFolderOf(dependency.id) : null;
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string>();
      if (!targets.has(to)) targets.set(to, `${file} → ${dependency.id}`);
      edges.set(from, targets);
    }
  }
  return edges;
}

/** Every elementary circle found by a depth-first walk, each reported once (rotations merged). */
export function folderCycles(edges: Map<string, Map<string, string>>): string[][] {
  const found = new Map<string, string[]>();
  const walk = (path: string[]): void => {
    const last = path[path.length - 1] as string;
    for (const next of edges.get(last)?.keys() ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = path.slice(at);
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(rotated.join(' → '), rotated);
      } else if (path.length < 12) {
        walk([...path, next]);
      }
    }
  };
  for (const folder of edges.keys()) walk([folder]);
  return [...found.values()];
}

async function main(): Promise<void> {
  const tree = await parseDependencyTree(SOURCES, { tsconfig: 'tsconfig.json', transform: false, skipDynamicImports: false });
  const fileCycles = parseCircular(tree);
  const edges = folderEdges(tree);
  const cycles = folderCycles(edges);
  for (const cycle of fileCycles) console.error(`Files import each other in a circle: ${[...cycle, cycle[0]].join(' → ')}`);
  for (const cycle of cycles) {
    const links = cycle.map((folder, i) => `  ${edges.get(folder)?.get(cycle[(i + 1) % cycle.length] as string)}`);
    console.error(`lib folders import each other in a circle: ${[...cycle, cycle[0]].join(' → ')}\n${links.join('\n')}`);
  }
  if (fileCycles.length > 0 || cycles.length > 0) process.exit(1);
  console.log(`No import cycles among ${Object.keys(tree).length} files and ${edges.size} lib folders.`);
}

await main();
