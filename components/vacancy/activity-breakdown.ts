import type { Ground, Severity } from '../../lib/schema/grounds';

/**
 * The breakdown a checked vacancy adds to its `vacancies-checked` count
 * (docs/decisions.md#counts-not-text), and a replaced finding to `findings-fixed`: how many
 * findings per ground and per severity, never the
 * text. Ground counts are keyed by the ground ("age"), severity counts by "severity:<name>", so
 * the two never collide. The vacancy content script writes it (so this file imports types only:
 * no zod in that bundle); the dashboard's Vacaturecheck page adds the rows up.
 */
export type Breakdown = Record<string, number>;

export const SEVERITY_KEY_PREFIX = 'severity:';

export function findingsBreakdown(findings: readonly { ground: Ground; severity: Severity }[]): Breakdown {
  const breakdown: Breakdown = {};
  for (const f of findings) {
    breakdown[f.ground] = (breakdown[f.ground] ?? 0) + 1;
    const key = `${SEVERITY_KEY_PREFIX}${f.severity}`;
    breakdown[key] = (breakdown[key] ?? 0) + 1;
  }
  return breakdown;
}
