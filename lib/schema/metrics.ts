import { z } from 'zod';

/**
 * What the pillars count as evidence for the checklist (issue #4 item 8, issue #5, issue #6
 * item 8): only counts, never text or names. The activity counters store them and checklist
 * items refer to them.
 */
export const METRICS = [
  'vacancies-checked',
  'findings-fixed',
  'applicants-screened-blind',
  'decided-before-reveal',
  'reveals-with-override',
] as const;
export const metricSchema = /* @__PURE__ */ z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;
