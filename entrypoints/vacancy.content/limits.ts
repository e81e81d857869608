import type { Ground, Severity } from '../../lib/schema/grounds';

/**
 * Constants the content script needs from zod-backed modules, repeated here so zod stays out of
 * its bundle (15 kB gzip budget). tests/unit/vacancy/limits.test.ts checks they stay equal.
 */
export const MAX_TEXT = 250_000;
export const SEVERITY_ORDER: readonly Severity[] = ['prohibited', 'risk', 'style'];
export const GROUND_ORDER: readonly Ground[] = [
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
];
