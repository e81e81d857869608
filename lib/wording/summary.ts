import { GROUNDS, SEVERITIES, type Ground, type Severity } from '../schema/grounds';
import type { Finding, Summary } from './types';

/** Counts per severity and ground, for the panel and the CLI. */
export function summarize(findings: readonly Pick<Finding, 'ground' | 'severity'>[]): Summary {
  const bySeverity = {} as Record<Severity, number>;
  for (const s of SEVERITIES) bySeverity[s] = 0;
  const byGround = {} as Record<Ground, number>;
  for (const g of GROUNDS) byGround[g] = 0;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byGround[f.ground]++;
  }
  const highest = SEVERITIES.find((s) => bySeverity[s] > 0) ?? null;
  return { total: findings.length, bySeverity, byGround, highest };
}

/** True when a finding needs action before publishing: prohibited or risk (the CLI's exit code 1). */
export function needsAction(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'prohibited' || f.severity === 'risk');
}

/** Grounds that have findings, most findings first, for a compact report. */
export function groundsByCount(summary: Summary): { ground: Ground; count: number }[] {
  return GROUNDS.map((ground) => ({ ground, count: summary.byGround[ground] }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}
