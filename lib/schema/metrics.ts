import { z } from 'zod';

/**
 * What the pillars count as evidence for the checklist (docs/decisions.md#counts-not-text): only
 * counts, never text or names. The activity counters store them and checklist items refer to them.
 */
export const METRICS = [
  'vacancies-checked',
  'findings-fixed',
  /** Checked vacancies whose language level reached the target (docs/readability.md). */
  'vacancies-readable',
  'applicants-screened-blind',
  'decided-before-reveal',
  'reveals-with-override',
] as const;
export const metricSchema = /* @__PURE__ */ z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;
