/**
 * Accessibility checks with axe-core in the real page. The MV3 page CSP blocks Playwright's
 * `addScriptTag` on extension pages, so the library's source is evaluated directly.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

export interface AxeOptions {
  /** Limit the check to part of the page, e.g. `#app`. Default: the whole document. */
  include?: string;
  /** Rule ids to skip, each with a reason in the calling test. */
  disableRules?: readonly string[];
  /** axe tags to run. Default: WCAG 2.0, 2.1 and 2.2 A and AA. */
  tags?: readonly string[];
}

const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Runs axe-core in `page` and returns its violations. */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis);
  if (!hasAxe) await page.evaluate(await loadAxeSource());
  return page.evaluate(
    async ({ include, disableRules, tags }) => {
      interface AxeResult {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }
      const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }> } })
        .axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary ?? '' })),
      }));
    },
    { include: options.include, disableRules: [...(options.disableRules ?? [])], tags: [...(options.tags ?? DEFAULT_TAGS)] },
  );
}

/** Readable report: one block per rule with the offending elements. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`,
      );
      return `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Fails with the list of violations when axe finds any. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const violations = await runAxe(page, options);
  if (violations.length > 0) {
    throw new Error(`axe-core found ${violations.length} accessibility violation(s) on ${page.url()}:\n${formatAxeViolations(violations)}`);
  }
}
