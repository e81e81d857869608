import { z } from 'zod';

/**
 * The grounds on which a vacancy finding can rest (architecture page, "Contracts").
 * The list mirrors Dutch equal-treatment law: AWGB art. 1 (religion, belief, political opinion,
 * race/origin, sex, nationality, sexual orientation, civil status), WGBL (age), WGB h/cz
 * (disability or chronic illness), WOA/BW 7:648 (working hours), WOBOT/BW 7:649 (contract type),
 * plus appearance and other proxies that the College treats as indirect distinction.
 */
export const GROUNDS = [
  'age',
  'gender',
  'origin',
  'nationality',
  'religion',
  'disability',
  'sexual-orientation',
  'marital-status',
  'political',
  'working-hours',
  'contract-type',
  'appearance',
  'proxy-other',
] as const;
// Pure: content scripts import the lists without pulling zod into their bundle.
export const groundSchema = /* @__PURE__ */ z.enum(GROUNDS);
export type Ground = z.infer<typeof groundSchema>;

/**
 * `prohibited`: direct distinction on a protected ground.
 * `risk`: indirect distinction or a likely deterrent that needs an objective, job-related reason.
 * `style`: exclusionary tone (e.g. gender-coded words); shown softly, never as an error.
 */
export const SEVERITIES = ['prohibited', 'risk', 'style'] as const;
export const severitySchema = /* @__PURE__ */ z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;
