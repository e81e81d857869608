import type { Finding } from './types';

export interface Suppressions {
  /** Fingerprints of single occurrences the user chose to ignore. */
  ignoredFingerprints?: Iterable<string>;
  /** Rule ids ignored everywhere (or on this site: the caller decides which list it passes). */
  ignoredRules?: Iterable<string>;
}

/**
 * Drop findings the user ignored, by occurrence (fingerprint) or by rule. Returns a new array;
 * the order stays document order.
 */
export function applySuppressions(findings: readonly Finding[], suppressions: Suppressions = {}): Finding[] {
  const fingerprints = new Set(suppressions.ignoredFingerprints ?? []);
  const rules = new Set(suppressions.ignoredRules ?? []);
  if (fingerprints.size === 0 && rules.size === 0) return [...findings];
  return findings.filter((f) => !fingerprints.has(f.fingerprint) && !rules.has(f.ruleId));
}
